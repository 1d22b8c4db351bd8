import { describe, expect, it } from 'vitest'
import { compatComment, compatScript, parseChains, parseCompatComment, parseRules, type NftChain, type NftRule } from '../../src/network/nft-compat.js'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { firewallMode, forgetFailedProbe, parseUserlandSwitch, probeNft, probeScript } from '../../src/network/firewall-mode.js'
import { RuntimeError } from '../../src/errors.js'

const TAG = '0123abcd'
const owner = { tag: TAG, root: '/var/lib/tsc-compose', bridges: ['tsc-aaa', 'tsc-bbb'] }
const forward = (policy: string, table = 'filter', family = 'ip'): NftChain => ({ family, table, name: 'FORWARD', type: 'filter', hook: 'forward', policy })
const rule = (chain: string, handle: number, extra: Partial<NftRule> = {}): NftRule => ({ family: 'ip', table: 'filter', chain, handle, dropsAll: false, ...extra })

describe('coexistence with other firewalls (nft-compat)', () => {
  it('accepts our bridges at the top of a foreign FORWARD chain whose policy is drop', () => {
    const script = compatScript(owner, [forward('drop')], [])
    expect(script.split('\n').filter(Boolean)).toEqual([
      `insert rule ip filter FORWARD oifname "tsc-aaa" accept comment "tsc-compose ${TAG} tsc-aaa %2Fvar%2Flib%2Ftsc-compose"`,
      `insert rule ip filter FORWARD iifname "tsc-aaa" accept comment "tsc-compose ${TAG} tsc-aaa %2Fvar%2Flib%2Ftsc-compose"`,
      `insert rule ip filter FORWARD oifname "tsc-bbb" accept comment "tsc-compose ${TAG} tsc-bbb %2Fvar%2Flib%2Ftsc-compose"`,
      `insert rule ip filter FORWARD iifname "tsc-bbb" accept comment "tsc-compose ${TAG} tsc-bbb %2Fvar%2Flib%2Ftsc-compose"`,
    ])
  })

  it('leaves accepting chains, our own tables and other families alone', () => {
    const ours: NftChain = { family: 'inet', table: 'tsc_compose_1234', name: 'forward', type: 'filter', hook: 'forward', policy: 'drop' }
    expect(compatScript(owner, [forward('accept'), ours, forward('drop', 'filter', 'ip6'), { ...forward('drop'), type: 'nat' }], [])).toBe('')
  })

  it('goes into DOCKER-USER when the chain jumps there, and treats a final reject like a drop policy', () => {
    const user: NftChain = { family: 'ip', table: 'filter', name: 'DOCKER-USER' }
    const script = compatScript({ ...owner, bridges: ['tsc-aaa'] }, [forward('drop'), user], [rule('FORWARD', 5, { jumps: 'DOCKER-USER' })])
    expect(script).toContain('insert rule ip filter DOCKER-USER iifname "tsc-aaa" accept')
    expect(script).not.toContain('FORWARD')
    const fw: NftChain = { family: 'inet', table: 'firewalld', name: 'filter_FORWARD', type: 'filter', hook: 'forward', policy: 'accept' }
    const rejecting: NftRule = { family: 'inet', table: 'firewalld', chain: 'filter_FORWARD', handle: 9, dropsAll: true }
    expect(compatScript({ ...owner, bridges: ['tsc-aaa'] }, [fw], [rejecting])).toContain('insert rule inet firewalld filter_FORWARD oifname "tsc-aaa" accept')
  })

  it('keeps present rules, removes those of gone bridges, gone roots and non-target chains', () => {
    const c = (br: string, tag = TAG, root = '/var/lib/tsc-compose'): string => compatComment(tag, br, root)
    const rules = [
      rule('FORWARD', 1, { comment: c('tsc-aaa') }),
      rule('FORWARD', 2, { comment: c('tsc-aaa') }),
      rule('FORWARD', 3, { comment: c('tsc-old') }),
      rule('FORWARD', 4, { comment: c('tsc-zzz', 'ffffffff', '/tmp/gone') }),
      rule('FORWARD', 5, { comment: c('tsc-yyy', 'eeeeeeee', '/tmp/alive') }),
      rule('FORWARD', 6, { comment: 'someone else' }),
    ]
    const script = compatScript({ ...owner, bridges: ['tsc-aaa'], rootGone: (r) => r === '/tmp/gone' }, [forward('drop')], rules)
    expect(script.split('\n').filter(Boolean).sort()).toEqual(['delete rule ip filter FORWARD handle 3', 'delete rule ip filter FORWARD handle 4'])
    // the policy went back to accept: ours go
    expect(compatScript({ ...owner, bridges: ['tsc-aaa'] }, [forward('accept')], rules.slice(0, 2))).toBe('delete rule ip filter FORWARD handle 1\ndelete rule ip filter FORWARD handle 2\n')
  })

  it('parses nft -j output and comments', () => {
    const chains = parseChains('{"nftables":[{"metainfo":{}},{"chain":{"family":"ip","table":"filter","name":"FORWARD","handle":1,"type":"filter","hook":"forward","prio":0,"policy":"drop"}}]}')
    expect(chains).toEqual([forward('drop')])
    const rules = parseRules('{"nftables":[{"rule":{"family":"ip","table":"filter","chain":"FORWARD","handle":3,"expr":[{"jump":{"target":"DOCKER-USER"}}]}},' +
      '{"rule":{"family":"ip","table":"filter","chain":"FORWARD","handle":4,"comment":"x","expr":[{"counter":{"packets":0,"bytes":0}},{"drop":null}]}}]}')
    expect(rules).toEqual([rule('FORWARD', 3, { jumps: 'DOCKER-USER' }), rule('FORWARD', 4, { comment: 'x', dropsAll: true })])
    expect(parseCompatComment(compatComment(TAG, 'tsc-aaa', '/tmp/x y'))).toEqual({ tag: TAG, bridge: 'tsc-aaa', root: '/tmp/x y' })
    expect(compatComment(TAG, 'tsc-aaa', `/${'x'.repeat(200)}`)).toBe(`tsc-compose ${TAG} tsc-aaa`)
  })
})

describe('firewall mode', () => {
  it('probes nat and filter chains in one transaction that leaves nothing', () => {
    const script = probeScript('tsc_probe_1')
    expect(script).toContain('dnat ip to')
    expect(script).toContain('masquerade')
    expect(script.trim().split('\n').at(-1)).toBe('delete table inet tsc_probe_1')
  })

  it('falls back to the proxy when nft is missing or refused, and rethrows anything else', async () => {
    expect(await probeNft(async () => undefined)).toEqual({ nft: true })
    const missing = new RuntimeError('NETWORK_NFT_UNAVAILABLE', 'cannot run nft: ENOENT')
    expect(await probeNft(async () => { throw missing })).toEqual({ nft: false, reason: 'cannot run nft: ENOENT' })
    const refused = new RuntimeError('NETWORK_NFT_FAILED', 'nft -f - failed (exit 1): Error: Could not process rule: Operation not supported')
    expect((await probeNft(async () => { throw refused })).nft).toBe(false)
    await expect(probeNft(async () => { throw new Error('boom') })).rejects.toThrow('boom')
  })

  it('probes once per root, forces the proxy with the switch, and re-probes only a failure', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fw-mode-'))
    try {
      let probes = 0
      const broken = async (): Promise<void> => {
        probes++
        throw new RuntimeError('NETWORK_NFT_UNAVAILABLE', 'cannot run nft: ENOENT')
      }
      expect(await firewallMode(root, false, broken)).toEqual({ nft: false, proxy: true, reason: 'cannot run nft: ENOENT' })
      expect(await firewallMode(root, false, broken)).toMatchObject({ nft: false })
      expect(probes).toBe(1)
      expect(forgetFailedProbe(root)).toBe(true)
      expect(await firewallMode(root, false, async () => undefined)).toEqual({ nft: true, proxy: false })
      expect(forgetFailedProbe(root)).toBe(false)
      expect(await firewallMode(root, true, broken)).toEqual({ nft: true, proxy: true })
      expect(probes).toBe(1)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('reads the switch', () => {
    expect(['1', 'true', 'on', 'YES'].map(parseUserlandSwitch)).toEqual([true, true, true, true])
    expect([undefined, '', '0', 'false'].map(parseUserlandSwitch)).toEqual([false, false, false, false])
  })
})
