import { INVALID_ULIMIT, invalidValue } from './invalid.js'

/** RLIMIT_* numbers (asm-generic/resource.h), keyed by docker's ulimit names (go-units). */
export const RLIMITS: Readonly<Record<string, number>> = {
  cpu: 0,
  fsize: 1,
  data: 2,
  stack: 3,
  core: 4,
  rss: 5,
  nproc: 6,
  nofile: 7,
  memlock: 8,
  locks: 10,
  sigpending: 11,
  msgqueue: 12,
  nice: 13,
  rtprio: 14,
  rttime: 15,
}

export interface Ulimit {
  readonly name: string
  /** RLIMIT_* number. */
  readonly resource: number
  /** -1 = unlimited (RLIM_INFINITY). */
  readonly soft: number
  readonly hard: number
}

const INT = /^-?\d+$/

/** `nofile=1024:2048` or `nproc=512` (hard = soft), as `docker run --ulimit` accepts them. */
export function parseUlimit(value: string): Ulimit {
  const bad = (why: string) =>
    invalidValue(INVALID_ULIMIT, `invalid ulimit ${JSON.stringify(value)}: ${why}`, 'for example nofile=1024:2048')
  const eq = value.indexOf('=')
  if (eq < 0) throw bad('expected <type>=<soft limit>[:<hard limit>]')
  const name = value.slice(0, eq).trim().toLowerCase()
  const resource = RLIMITS[name]
  if (resource === undefined) throw bad(`unknown type "${name}" (expected one of ${Object.keys(RLIMITS).join(', ')})`)
  const parts = value.slice(eq + 1).split(':')
  if (parts.length > 2 || parts.some((p) => !INT.test(p.trim()))) throw bad('limits must be integers (-1 = unlimited)')
  const soft = Number(parts[0])
  const hard = parts.length === 2 ? Number(parts[1]) : soft
  for (const n of [soft, hard]) if (n < -1 || !Number.isSafeInteger(n)) throw bad(`limit ${n} is out of range`)
  const rank = (n: number) => (n === -1 ? Infinity : n)
  if (rank(soft) > rank(hard)) throw bad(`soft limit ${soft} is greater than hard limit ${hard}`)
  return { name, resource, soft, hard }
}

/** Formats an Ulimit back to docker's flag syntax (`nofile=1024:2048`). */
export function formatUlimit(u: Ulimit): string {
  return `${u.name}=${u.soft}:${u.hard}`
}
