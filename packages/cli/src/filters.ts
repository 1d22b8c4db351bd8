import { listOption } from './args.js'
import { timeArg } from './time-arg.js'

/** `--filter key=value` (repeatable) as docker's list commands take it. */
export function parseFilters(values: unknown): Array<{ key: string; value: string }> {
  return listOption(values).map((f) => {
    const eq = f.indexOf('=')
    return eq === -1 ? { key: f, value: '' } : { key: f.slice(0, eq), value: f.slice(eq + 1) }
  })
}

export interface PruneFilters {
  /** `k`, `k=v`, `!k`, `!k=v` */
  readonly labelFilters: string[]
  /** Unix seconds: only what was created before. */
  readonly until?: number
}

/** The `--filter` values of the prune commands: label=, label!= and until=. */
export function pruneFilters(values: unknown): PruneFilters {
  const out: { labelFilters: string[]; until?: number } = { labelFilters: [] }
  for (const { key, value } of parseFilters(values)) {
    if (key === 'label') out.labelFilters.push(value)
    else if (key === 'label!') out.labelFilters.push(`!${value}`)
    else if (key === 'until') out.until = timeArg(value)
  }
  return out
}

/** A label filter (`k`, `k=v`, or negated `!k`, `!k=v`) against an object's labels. */
export function matchesLabel(labels: Readonly<Record<string, string>>, filter: string): boolean {
  const negate = filter.startsWith('!')
  const f = negate ? filter.slice(1) : filter
  const eq = f.indexOf('=')
  const hit = eq === -1 ? f in labels : labels[f.slice(0, eq)] === f.slice(eq + 1)
  return hit !== negate
}

/** Whether a network (or anything with labels and an RFC 3339 `created`) passes the filters. */
export function passesPruneFilters(f: PruneFilters, o: { readonly labels: Readonly<Record<string, string>>; readonly created: string }): boolean {
  return f.labelFilters.every((lf) => matchesLabel(o.labels, lf)) && (f.until === undefined || Date.parse(o.created) / 1000 < f.until)
}
