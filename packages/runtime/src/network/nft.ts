/**
 * Firewall rules in a table of our own (`table inet tsc_compose`, netavark's model), rebuilt
 * from the network state on every change and applied with ONE `nft -f -` run per operation:
 * the file replaces the whole table in a single kernel transaction, so rules are never
 * half-applied and a crash cannot leave a stale subset. (nft over netlink directly would save
 * the ~5 ms process start; network create/rm and port publishing are the only callers, plain
 * endpoint attach never touches nftables.)
 */
import { existsSync } from 'node:fs'
import { RuntimeError } from '../errors.js'
import { runCaptured } from '../native/spawn.js'
import type { NetworkRecord } from './types.js'

/** Set when tsc-compose turned net.ipv4.ip_forward on (tmpfs: gone at reboot with the sysctl). */
export const FORWARDING_MARKER = '/run/tsc-compose/forwarding-enabled'

const q = (s: string): string => `"${s}"`

/** The whole table as nft text; undefined when there is nothing to filter (no networks). */
export function renderRuleset(table: string, networks: readonly NetworkRecord[], opts: { guardForwarding: boolean; comment?: string; dnat?: boolean }): string | undefined {
  if (networks.length === 0) return undefined
  const hostports: string[] = []
  const post: string[] = []
  const fwd: string[] = []
  const leaving: string[] = []
  const raw: string[] = []
  for (const n of networks) {
    const br = q(n.bridge)
    if (!n.internal) {
      post.push(`ip saddr ${n.subnet} oifname != ${br} masquerade`)
      // Published ports reached from 127.0.0.1 (route_localnet on the bridge) or from a
      // container of the same network through the host (hairpin): the reply must come back
      // through the host, so the source becomes the gateway.
      post.push(`oifname ${br} ct status dnat ip saddr 127.0.0.0/8 masquerade`)
      post.push(`oifname ${br} ct status dnat ip saddr ${n.subnet} masquerade`)
    }
    // route_localnet=1 on the bridge (for DNAT from 127.0.0.1) must not let containers
    // reach the host's loopback services directly (docker/CNI drop these in raw PREROUTING).
    raw.push(`iifname ${br} ip daddr 127.0.0.0/8 drop`)
    fwd.push(`oifname ${br} ct state established,related accept`)
    fwd.push(`oifname ${br} iifname ${br} accept`)
    if (!n.internal) fwd.push(`oifname ${br} ct status dnat accept`)
    // Isolation: nothing else enters a network's bridge from another interface. These
    // drops must all come before any "leaving a bridge" accept below.
    fwd.push(`oifname ${br} drop`)
    leaving.push(n.internal ? `iifname ${br} drop` : `iifname ${br} accept`)
    // With the userland proxy publishing the ports, no DNAT.
    if (n.internal || opts.dnat === false) continue
    for (const ep of Object.values(n.endpoints)) {
      if (!ep.active?.gateway) continue
      for (const p of ep.active.ports) {
        const daddr = p.hostIp && p.hostIp !== '0.0.0.0' ? `ip daddr ${p.hostIp} ` : ''
        hostports.push(`${daddr}${p.protocol} dport ${p.hostPort} dnat ip to ${ep.active.ip}:${p.containerPort}`)
      }
    }
  }
  fwd.push(...leaving)
  // Docker sets the FORWARD policy to DROP when it had to turn forwarding on, so the host
  // does not start routing for everyone; here only traffic that touches no tsc bridge drops.
  if (opts.guardForwarding) fwd.push(`iifname != "tsc-*" oifname != "tsc-*" drop`)
  const chain = (name: string, hook: string, rules: string[]): string =>
    `  chain ${name} {\n    ${hook}\n${rules.map((r) => `    ${r}\n`).join('')}  }\n`
  return (
    `table inet ${table} {\n` +
    (opts.comment ? `  comment "${opts.comment.replace(/"/g, '')}"\n` : '') +
    chain('raw', 'type filter hook prerouting priority -300; policy accept;', raw) +
    chain('prerouting', 'type nat hook prerouting priority -100; policy accept;', ['fib daddr type local jump hostports']) +
    chain('output', 'type nat hook output priority -100; policy accept;', ['fib daddr type local jump hostports']) +
    chain('hostports', '', hostports) +
    chain('postrouting', 'type nat hook postrouting priority 100; policy accept;', post) +
    chain('forward', 'type filter hook forward priority 0; policy accept;', fwd) +
    `}\n`
  )
}

/** Script that replaces (or removes) the table atomically: declaring it first makes the delete safe. */
export function replaceScript(table: string, ruleset: string | undefined): string {
  return `table inet ${table} {}\ndelete table inet ${table}\n${ruleset ?? ''}`
}

export async function runNft(script: string): Promise<void> {
  let r
  try {
    r = await runCaptured('nft', ['-f', '-'], script)
  } catch (err) {
    const code = (err as { errno?: string }).errno ?? (err as Error).message
    throw new RuntimeError('NETWORK_NFT_UNAVAILABLE', `cannot run nft: ${code}`, {
      hint: 'install nftables (the nft command) to publish ports and masquerade container traffic',
      cause: err,
    })
  }
  if (r.code !== 0) throw new RuntimeError('NETWORK_NFT_FAILED', `nft -f - failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(0, 3).join(' | ')}`)
}

export async function applyRuleset(table: string, networks: readonly NetworkRecord[], comment?: string, opts: { dnat?: boolean } = {}): Promise<void> {
  await runNft(replaceScript(table, renderRuleset(table, networks, { guardForwarding: existsSync(FORWARDING_MARKER), comment, dnat: opts.dnat })))
}

/**
 * Every `inet` table whose name starts with the prefix, with its comment (for orphan
 * reclaim). nft 1.0.6 leaves comments out of `list tables` (text and JSON), so this reads
 * the ruleset listing, where a table's comment is its first line.
 */
export async function listTables(prefix: string): Promise<Array<{ name: string; comment?: string }>> {
  const out = await runCaptured('nft', ['list', 'ruleset']).then((r) => r.stdout, () => '')
  const tables: Array<{ name: string; comment?: string }> = []
  for (const m of out.matchAll(/^table inet (\S+) \{\n(?:\s*comment "([^"]*)")?/gm)) {
    if (m[1]!.startsWith(prefix)) tables.push({ name: m[1]!, comment: m[2] })
  }
  return tables
}
