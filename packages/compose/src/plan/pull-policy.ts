import type { Service } from '../model/types.js'
import { parseDuration } from '../normalize/units.js'
import type { PullPolicy } from '../execute/host.js'

/** `up --pull` / `pull --policy`: `policy` means each service's own `pull_policy`. */
export type PullOption = 'always' | 'missing' | 'never' | 'build' | 'policy'

export const PULL_OPTIONS: readonly PullOption[] = ['always', 'missing', 'never', 'build', 'policy']

const DAY_MS = 24 * 3600_000

/**
 * The policy that applies to a service, as docker compose decides (`mustPull` in
 * pkg/compose/pull.go): the `--pull` flag wins over `pull_policy`; no policy means
 * `missing`, except for a build-only service (no `image:`), which is never pulled.
 */
export function servicePullPolicy(service: Service, option: PullOption = 'policy'): string {
  if (option !== 'policy') return option
  const p = service.pull_policy
  if (!p) return service.build && !service.image ? 'build' : 'missing'
  if (p === 'if_not_present') return 'missing'
  // compose-spec's `refresh` checks the registry every time: a pull that may find nothing new.
  if (p === 'refresh') return 'always'
  return p
}

function rank(p: string): number {
  if (p === 'always') return 4
  if (p === 'daily' || p === 'weekly' || p.startsWith('every_')) return 3
  if (p === 'missing') return 2
  if (p === 'build') return 1
  return 0
}

/** Two services sharing an image: the more eager policy wins. */
export function strongerPullPolicy(a: string | undefined, b: string): string {
  return a === undefined || rank(b) > rank(a) ? b : a
}

/** Pulls even when the image is present (so it is planned, and pulled before the rest). */
export function pullsWhenPresent(p: string): boolean {
  return rank(p) >= 3
}

/** The planner's policy name → what the host acts on. Throws on a bad `every_<duration>`. */
export function hostPullPolicy(p: string): PullPolicy {
  if (p === 'always' || p === 'missing' || p === 'never' || p === 'build') return p
  if (p === 'daily') return { maxAgeMs: DAY_MS }
  if (p === 'weekly') return { maxAgeMs: 7 * DAY_MS }
  if (p.startsWith('every_')) {
    // parseDuration answers nanoseconds
    const ms = parseDuration(p.slice('every_'.length)) / 1e6
    if (ms <= 0) throw new Error(`invalid pull_policy "${p}": the duration must be positive`)
    return { maxAgeMs: ms }
  }
  throw new Error(`unknown pull_policy "${p}"`)
}
