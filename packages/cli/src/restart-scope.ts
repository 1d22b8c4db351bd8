import type { ServiceDependency } from '@tsc-compose/compose'

/** The parts of a compose model restart reads (structural: keeps the CLI's imports type-only). */
export interface RestartModel {
  readonly services: Readonly<Record<string, { readonly depends_on?: Readonly<Record<string, ServiceDependency>> }>>
}

export interface RestartScope {
  /** Services whose containers are restarted. */
  readonly services: string[]
  /** a -> b: b is restarted (and its condition met) before a. Only `restart: true` dependencies. */
  readonly edges: Array<{ from: string; to: string; kind: string }>
  /** Per service, the dependencies whose condition it waits for once they were restarted. */
  readonly waits: Map<string, Record<string, ServiceDependency>>
}

/**
 * What `restart [--no-deps] [SERVICE...]` restarts, as docker compose v2 decides it: only
 * depends_on entries with `restart: true` matter (the others are not affected by a
 * dependency's restart); naming services restarts them and, through those entries, the
 * services that depend on them; `--no-deps` first narrows the project to the named services,
 * so their dependents stay as they are. Nothing else a service depends on is restarted.
 */
export function restartScope(model: RestartModel, named: readonly string[], noDeps: boolean): RestartScope {
  const all = Object.keys(model.services)
  const candidates = new Set(noDeps && named.length ? named.filter((s) => s in model.services) : all)
  const edges: RestartScope['edges'] = []
  const dependents = new Map<string, string[]>()
  for (const from of candidates) {
    for (const [to, dep] of Object.entries(model.services[from]?.depends_on ?? {})) {
      if (!dep.restart || !candidates.has(to)) continue
      edges.push({ from, to, kind: 'depends_on' })
      dependents.set(to, [...(dependents.get(to) ?? []), from])
    }
  }
  let selected = candidates
  if (named.length) {
    selected = new Set()
    const stack = named.filter((s) => candidates.has(s))
    while (stack.length) {
      const s = stack.pop()!
      if (selected.has(s)) continue
      selected.add(s)
      stack.push(...(dependents.get(s) ?? []))
    }
  }
  const kept = edges.filter((e) => selected.has(e.from) && selected.has(e.to))
  const waits = new Map<string, Record<string, ServiceDependency>>()
  for (const e of kept) waits.set(e.from, { ...(waits.get(e.from) ?? {}), [e.to]: model.services[e.from]!.depends_on![e.to]! })
  return { services: all.filter((s) => selected.has(s)), edges: kept, waits }
}
