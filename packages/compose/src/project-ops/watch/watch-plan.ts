import { compareText } from '@tsc-compose/runtime'
import { matchRule, type PathMapping, type WatchRule } from './watch-rules.js'

/**
 * What one debounced batch of changed host paths asks for, per service, in the order docker
 * compose runs it (handleWatchBatch): rebuilds first, then syncs, then restarts, then the
 * `sync+exec` hooks (each rule's hook once per batch, however many files matched it).
 */
export interface WatchBatchPlan {
  readonly rebuild: readonly string[]
  readonly sync: ReadonlyMap<string, readonly PathMapping[]>
  readonly restart: readonly string[]
  /** Service -> rules whose exec hook runs (de-duplicated, in declaration order). */
  readonly exec: ReadonlyMap<string, readonly WatchRule[]>
}

/** Pure: which rules each changed path matches, folded into actions per service. */
export function planBatch(rules: readonly WatchRule[], changed: readonly string[]): WatchBatchPlan {
  const rebuild = new Set<string>()
  const restart = new Set<string>()
  const sync = new Map<string, Map<string, PathMapping>>()
  const exec = new Map<string, Set<WatchRule>>()
  const addSync = (service: string, m: PathMapping): void => {
    const byTarget = sync.get(service) ?? new Map<string, PathMapping>()
    // Two rules mapping one file to one place are one copy; the last rule wins, like the tar
    // archive docker compose builds (dedupeEntries).
    byTarget.set(`${m.hostPath}\0${m.containerPath}`, m)
    sync.set(service, byTarget)
  }
  for (const path of [...new Set(changed)].sort(compareText)) {
    for (const rule of rules) {
      const m = matchRule(rule, path)
      if (!m) continue
      switch (rule.action) {
        case 'rebuild':
          rebuild.add(rule.service)
          break
        case 'restart':
          restart.add(rule.service)
          break
        case 'sync':
          addSync(rule.service, m)
          break
        case 'sync+restart':
          addSync(rule.service, m)
          restart.add(rule.service)
          break
        case 'sync+exec': {
          addSync(rule.service, m)
          const set = exec.get(rule.service) ?? new Set<WatchRule>()
          set.add(rule)
          exec.set(rule.service, set)
          break
        }
      }
    }
  }
  const sorted = (s: Set<string>): string[] => [...s].sort(compareText)
  return {
    rebuild: sorted(rebuild),
    sync: new Map([...sync].sort(([a], [b]) => compareText(a, b)).map(([k, v]) => [k, [...v.values()]])),
    restart: sorted(restart),
    exec: new Map([...exec].sort(([a], [b]) => compareText(a, b)).map(([k, v]) => [k, [...v].sort((x, y) => x.index - y.index)])),
  }
}

export function isEmptyPlan(p: WatchBatchPlan): boolean {
  return p.rebuild.length === 0 && p.sync.size === 0 && p.restart.length === 0 && p.exec.size === 0
}

/** Go's %q of a string slice, as docker compose prints service lists: ["api" "web"]. */
export function quoteList(names: readonly string[]): string {
  return `[${names.map((n) => JSON.stringify(n)).join(' ')}]`
}

/** The lines docker compose's watch logger prints for a batch, before it acts. */
export function syncMessage(service: string, mappings: readonly PathMapping[], verbose = false): string {
  return verbose
    ? `Syncing service ${JSON.stringify(service)} after changes were detected: ${mappings.map((m) => m.hostPath).join(', ')}`
    : `Syncing service ${JSON.stringify(service)} after ${mappings.length} changes were detected`
}

/** One line per planned step (the `--dry-run` text and the debug log). */
export function batchPlanToString(p: WatchBatchPlan): string {
  const lines: string[] = []
  for (const s of p.rebuild) lines.push(`rebuild ${s}`)
  for (const [s, ms] of p.sync) for (const m of ms) lines.push(`sync ${s} ${m.hostPath} -> ${m.containerPath ?? ''}`)
  for (const s of p.restart) lines.push(`restart ${s}`)
  for (const [s, rs] of p.exec) for (const r of rs) lines.push(`exec ${s} ${JSON.stringify(r.exec?.command ?? [])}`)
  return lines.map((l) => `${l}\n`).join('')
}
