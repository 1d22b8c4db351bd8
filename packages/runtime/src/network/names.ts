/**
 * Names of kernel objects, derived deterministically from state so that a crash can be
 * cleaned up by recomputing them (interface names fit IFNAMSIZ-1 = 15 characters).
 */
import { createHash } from 'node:crypto'
import { resolve } from 'node:path'

export const DEFAULT_ROOT = '/var/lib/tsc-compose'

/** Bridge of a network: `tsc-` + 11 hex of the network id (15 characters). */
export function bridgeName(networkId: string): string {
  return `tsc-${networkId.slice(0, 11)}`
}

/** Host end of a container's n-th veth: `tv` + 11 hex of the container id + 2 hex index. */
export function hostVethName(containerId: string, index: number): string {
  return `tv${containerId.replace(/[^0-9a-zA-Z]/g, '').slice(0, 11)}${index.toString(16).padStart(2, '0')}`
}

/** Short hash identifying a state root in kernel objects shared by every root (nft, aliases). */
export function rootTag(root: string): string {
  return createHash('sha256').update(resolve(root)).digest('hex').slice(0, 8)
}

/**
 * nftables table of a state root: `tsc_compose` for the default root, `tsc_compose_<tag>` for
 * others (tests), so two roots never rewrite each other's rules.
 */
export function nftTableName(root: string): string {
  return resolve(root) === DEFAULT_ROOT ? 'tsc_compose' : `tsc_compose_${rootTag(root)}`
}

/**
 * IFLA_IFALIAS put on every link we create: names the owning root (hash for matching, path
 * for finding out whether the root still exists) for crash cleanup.
 */
export function linkAlias(root: string, kind: 'network' | 'endpoint', id: string): string {
  return `tsc-compose ${rootTag(root)} ${kind} ${id} ${encodeURIComponent(resolve(root))}`
}

export function parseLinkAlias(alias: string | undefined): { tag: string; kind: string; id: string; root?: string } | undefined {
  const m = /^tsc-compose ([0-9a-f]{8}) (network|endpoint) (\S+)(?: (\S+))?$/.exec(alias ?? '')
  if (!m) return undefined
  let root: string | undefined
  try {
    root = m[4] ? decodeURIComponent(m[4]) : undefined
  } catch {
    root = undefined
  }
  return { tag: m[1]!, kind: m[2]!, id: m[3]!, root }
}

/** Comment on a root's nft table, naming the root (for orphan cleanup). */
export function tableComment(root: string): string {
  return `tsc-compose root=${encodeURIComponent(resolve(root))}`
}

export function parseTableComment(comment: string | undefined): string | undefined {
  const m = /^tsc-compose root=(\S+)$/.exec(comment ?? '')
  try {
    return m ? decodeURIComponent(m[1]!) : undefined
  } catch {
    return undefined
  }
}

/** docker's predefined networks: `bridge` (ours is created on first use), `host` and `none`. */
export const BUILTIN_NETWORKS = ['bridge', 'host', 'none'] as const

/**
 * Id of a predefined network of a root: stable, so `network ls` shows the same id for
 * `bridge` before and after it is created on first use, and the same `host`/`none` ids.
 */
export function builtinNetworkId(root: string, name: string): string {
  return createHash('sha256').update(`tsc-compose builtin network ${resolve(root)} ${name}`).digest('hex')
}
