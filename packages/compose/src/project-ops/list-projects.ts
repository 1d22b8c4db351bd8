import { LABEL_CONFIG_FILES, LABEL_PROJECT } from '../plan/labels.js'
import { compareText } from '@tsc-compose/runtime'

/** A container as `ls` needs it (a runtime list row, structurally). */
export interface ListedContainer {
  readonly State: string
  readonly labels: Readonly<Record<string, string>>
}

/** One `docker compose ls` row. */
export interface ProjectStack {
  readonly Name: string
  readonly Status: string
  readonly ConfigFiles: string
}

/** `exited(1), running(2)`: counts per state, states sorted, as docker compose prints them. */
export function combinedStatus(states: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const s of states) counts.set(s, (counts.get(s) ?? 0) + 1)
  return [...counts.keys()].sort().map((s) => `${s}(${counts.get(s)})`).join(', ')
}

/**
 * Every project on this host, from container labels alone (no compose file is read): a
 * project shows when one of its containers runs (and counts only those), or always with `all`. Config files come
 * from the containers' label, deduplicated in first-seen order.
 */
export function listProjects(containers: readonly ListedContainer[], opts: { all?: boolean } = {}): ProjectStack[] {
  const byProject = new Map<string, { states: string[]; files: string[] }>()
  const up = (s: string): boolean => s === 'running' || s === 'restarting' || s === 'paused'
  for (const c of containers) {
    const name = c.labels[LABEL_PROJECT]
    // Like `docker ps` without -a: stopped containers count only with `all`.
    if (!name || (!opts.all && !up(c.State))) continue
    const entry = byProject.get(name) ?? { states: [], files: [] }
    entry.states.push(c.State)
    for (const f of (c.labels[LABEL_CONFIG_FILES] ?? '').split(',').filter(Boolean)) if (!entry.files.includes(f)) entry.files.push(f)
    byProject.set(name, entry)
  }
  return [...byProject.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([name, e]) => ({ Name: name, Status: combinedStatus(e.states), ConfigFiles: e.files.join(',') }))
}
