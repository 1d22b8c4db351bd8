import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rootTag } from '../../packages/runtime/src/network/names.js'
import { parseCompatComment, parseRules } from '../../packages/runtime/src/network/nft-compat.js'
import { NetHarness, hostAddress, hostWget } from './network-harness.js'
import { eventually } from '../helpers/eventually.js'

// Another firewall on the host, as docker (iptables-nft) leaves it: `ip filter` with a
// FORWARD chain whose policy is DROP. With br_netfilter loaded, traffic between two
// containers of one bridge goes through that chain too. The drop is narrowed to this
// suite's subnets (everything else is accepted first) so that other suites running on this
// machine meanwhile are not affected; our accept rules go above that guard.
const SUBNET_A = '10.251.77.0/24'
const SUBNET_B = '10.251.78.0/24'
const TABLE_COMMENT = 'tsc-compose test network-coexist'
let h: NetHarness
let tableMade = false

const nft = (...args: string[]): string => execFileSync('nft', args, { encoding: 'utf8' })
const bridgeNetfilter = (): boolean => existsSync('/proc/sys/net/bridge/bridge-nf-call-iptables') && readFileSync('/proc/sys/net/bridge/bridge-nf-call-iptables', 'utf8').trim() === '1'

/** Our rules in the foreign table: chain and bridge of each. */
function ourRules(): Array<{ chain: string; bridge: string; handle: number }> {
  const rules = parseRules(nft('-j', '-a', 'list', 'table', 'ip', 'filter'))
  return rules.flatMap((r) => {
    const c = parseCompatComment(r.comment)
    return c && c.tag === rootTag(h.root) ? [{ chain: r.chain, bridge: c.bridge, handle: r.handle }] : []
  })
}

beforeAll(() => {
  // never touch a real firewall: this suite owns the table for its duration
  const existing = spawnSync('nft', ['list', 'table', 'ip', 'filter'], { encoding: 'utf8' })
  if (existing.status === 0) {
    // this suite's own table, left by a killed run, goes; anyone else's stops the suite
    if (!existing.stdout.includes(`comment "${TABLE_COMMENT}"`)) throw new Error('an "ip filter" table exists on this host (docker or iptables-nft?): this suite needs to create its own')
    nft('delete', 'table', 'ip', 'filter')
  }
  execFileSync('nft', ['-f', '-'], {
    input: `table ip filter {\n  comment "${TABLE_COMMENT}"\n  chain FORWARD {\n    type filter hook forward priority 0; policy drop;\n` +
      `    ip saddr != { ${SUBNET_A}, ${SUBNET_B} } ip daddr != { ${SUBNET_A}, ${SUBNET_B} } accept\n  }\n}\n`,
  })
  tableMade = true
  h = new NetHarness('coexist')
})
afterAll(async () => {
  try {
    await h?.cleanup()
  } finally {
    if (tableMade) nft('delete', 'table', 'ip', 'filter')
  }
})

describe('coexistence with a FORWARD policy DROP (iptables-nft, br_netfilter)', () => {
  it('keeps container-to-container, hairpin and published traffic flowing, and cleans up its rules', async () => {
    await h.nets.create({ name: 'co-a', subnet: SUBNET_A })
    const bridgeA = h.nets.inspect('co-a').bridge
    expect(ourRules().map((r) => `${r.chain} ${r.bridge}`)).toEqual([`FORWARD ${bridgeA}`, `FORWARD ${bridgeA}`])

    const web = await h.container('web', [{ network: 'co-a' }], { ports: [{ protocol: 'tcp', containerPort: 80, hostPort: 18801, hostIp: '' }] })
    const peer = await h.container('peer', [{ network: 'co-a' }])
    h.httpd(web, 'through-drop')
    const direct = `http://${web.ip('co-a')}/`
    const hairpin = `http://${hostAddress()}:18801/`
    await eventually(async () => expect((await h.wget(peer, direct)).stdout).toBe('through-drop'), 5000, 100)
    expect((await h.wget(peer, hairpin)).stdout).toBe('through-drop')
    expect((await hostWget('http://127.0.0.1:18801/')).stdout).toBe('through-drop')

    // Control: without our rules the foreign chain does drop this traffic (so the test
    // above proves something): the forwarded hairpin always, the bridged one only with
    // br_netfilter.
    execFileSync('nft', ['-f', '-'], { input: ourRules().map((r) => `delete rule ip filter FORWARD handle ${r.handle}\n`).join('') })
    expect((await h.wget(peer, hairpin, 1500)).stdout).toBe('')
    if (bridgeNetfilter()) expect((await h.wget(peer, direct, 1500)).stdout).toBe('')
    // `network prune` (its reclaim) puts them back
    await h.nets.reclaimLeftovers()
    expect(ourRules()).toHaveLength(2)
    expect((await h.wget(peer, direct)).stdout).toBe('through-drop')
    expect((await h.wget(peer, hairpin)).stdout).toBe('through-drop')

    // docker's DOCKER-USER chain, jumped to first: our rules move there
    nft('add', 'chain', 'ip', 'filter', 'DOCKER-USER')
    nft('insert', 'rule', 'ip', 'filter', 'FORWARD', 'jump', 'DOCKER-USER')
    await h.nets.create({ name: 'co-b', subnet: SUBNET_B })
    const bridgeB = h.nets.inspect('co-b').bridge
    expect(ourRules().map((r) => `${r.chain} ${r.bridge}`).sort()).toEqual([`DOCKER-USER ${bridgeA}`, `DOCKER-USER ${bridgeA}`, `DOCKER-USER ${bridgeB}`, `DOCKER-USER ${bridgeB}`].sort())
    expect((await h.wget(peer, hairpin)).stdout).toBe('through-drop')
    const other = await h.container('other', [{ network: 'co-b' }])
    // our own isolation still holds: a foreign accept only lets packets reach our table
    expect((await h.wget(other, direct, 1500)).stdout).toBe('')
    expect((await h.wget(other, hairpin)).stdout).toBe('through-drop')

    // removing a network removes its rules; the last one removes all of ours
    await h.stop(other)
    await h.nets.remove('co-b')
    expect(ourRules().map((r) => r.bridge)).toEqual([bridgeA, bridgeA])
    await h.stop(web)
    await h.stop(peer)
    await h.nets.remove('co-a')
    expect(ourRules()).toEqual([])
  })
})
