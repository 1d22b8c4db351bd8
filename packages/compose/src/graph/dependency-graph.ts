/**
 * The one dependency graph of a project: services are vertices, an edge a -> b means "a
 * depends on b" (depends_on, links, network_mode: service:b, volumes_from: b). `up` visits
 * dependencies first, `down` dependents first; both with as much parallelism as the edges
 * allow, bounded by `concurrency`.
 */
export type Direction = 'up' | 'down'

export interface DependencyEdge {
  readonly from: string
  readonly to: string
  /** Why the edge exists, for cycle messages: "depends_on", "links", ... */
  readonly kind: string
}

export class DependencyGraph {
  private readonly deps = new Map<string, Set<string>>()
  private readonly dependents = new Map<string, Set<string>>()
  private readonly edges: DependencyEdge[] = []

  constructor(vertices: Iterable<string>, edges: Iterable<DependencyEdge> = []) {
    for (const v of vertices) this.addVertex(v)
    for (const e of edges) this.addEdge(e)
  }

  addVertex(name: string): void {
    if (!this.deps.has(name)) {
      this.deps.set(name, new Set())
      this.dependents.set(name, new Set())
    }
  }

  addEdge(edge: DependencyEdge): void {
    this.addVertex(edge.from)
    this.addVertex(edge.to)
    this.deps.get(edge.from)!.add(edge.to)
    this.dependents.get(edge.to)!.add(edge.from)
    this.edges.push(edge)
  }

  get vertices(): string[] {
    return [...this.deps.keys()]
  }

  dependenciesOf(name: string): string[] {
    return [...(this.deps.get(name) ?? [])]
  }

  dependentsOf(name: string): string[] {
    return [...(this.dependents.get(name) ?? [])]
  }

  /** Every vertex reachable from `roots` following dependencies (roots included). */
  closure(roots: Iterable<string>): Set<string> {
    const out = new Set<string>()
    const stack = [...roots]
    while (stack.length) {
      const v = stack.pop()!
      if (out.has(v) || !this.deps.has(v)) continue
      out.add(v)
      stack.push(...this.deps.get(v)!)
    }
    return out
  }

  /** Every vertex that depends, directly or not, on one of `roots` (roots excluded). */
  dependentClosure(roots: Iterable<string>): Set<string> {
    const out = new Set<string>()
    const stack = [...roots].flatMap((r) => this.dependentsOf(r))
    while (stack.length) {
      const v = stack.pop()!
      if (out.has(v)) continue
      out.add(v)
      stack.push(...this.dependentsOf(v))
    }
    return out
  }

  /** The first cycle found, as a closed path [a, b, ..., a], or undefined. */
  findCycle(): string[] | undefined {
    const WHITE = 0
    const GREY = 1
    const BLACK = 2
    const color = new Map<string, number>()
    const stack: string[] = []
    const visit = (v: string): string[] | undefined => {
      color.set(v, GREY)
      stack.push(v)
      for (const d of [...this.deps.get(v)!].sort()) {
        const c = color.get(d) ?? WHITE
        if (c === GREY) return [...stack.slice(stack.indexOf(d)), d]
        if (c === WHITE) {
          const found = visit(d)
          if (found) return found
        }
      }
      stack.pop()
      color.set(v, BLACK)
      return undefined
    }
    for (const v of [...this.deps.keys()].sort()) {
      if ((color.get(v) ?? WHITE) === WHITE) {
        const found = visit(v)
        if (found) return found
      }
    }
    return undefined
  }

  /** Vertices in an order where each comes after everything it waits for. */
  order(direction: Direction): string[] {
    const out: string[] = []
    const waitsFor = direction === 'up' ? this.deps : this.dependents
    const remaining = new Map([...waitsFor].map(([k, s]) => [k, new Set(s)]))
    while (remaining.size) {
      const ready = [...remaining].filter(([, s]) => s.size === 0).map(([k]) => k).sort()
      if (ready.length === 0) throw new Error(`dependency cycle: ${this.findCycle()?.join(' -> ')}`)
      for (const r of ready) {
        remaining.delete(r)
        for (const s of remaining.values()) s.delete(r)
        out.push(r)
      }
    }
    return out
  }

  /**
   * Runs `fn` for every vertex in `only` (default: all), each once everything it waits for
   * in that set has finished, at most `concurrency` at a time. A failure stops scheduling
   * new work; running work finishes; the first error is thrown.
   */
  async visit(direction: Direction, fn: (name: string) => Promise<void>, opts: { concurrency?: number; only?: Set<string> } = {}): Promise<void> {
    const only = opts.only ?? new Set(this.vertices)
    const limit = Math.max(1, opts.concurrency ?? Infinity)
    const waitsFor = direction === 'up' ? this.deps : this.dependents
    const pending = new Map<string, Set<string>>()
    for (const v of only) pending.set(v, new Set([...(waitsFor.get(v) ?? [])].filter((d) => only.has(d))))
    const cycle = this.findCycle()
    if (cycle && cycle.every((c) => only.has(c))) throw new Error(`dependency cycle: ${cycle.join(' -> ')}`)

    let running = 0
    let failure: unknown
    let failed = false
    await new Promise<void>((resolve) => {
      const pump = (): void => {
        if (failed && running === 0) return resolve()
        if (!failed) {
          const ready = [...pending].filter(([, s]) => s.size === 0).map(([k]) => k).sort()
          for (const v of ready) {
            if (running >= limit) break
            pending.delete(v)
            running += 1
            fn(v).then(
              () => {
                running -= 1
                for (const s of pending.values()) s.delete(v)
                pump()
              },
              (err) => {
                running -= 1
                if (!failed) {
                  failed = true
                  failure = err
                }
                pump()
              },
            )
          }
        }
        if (pending.size === 0 && running === 0) resolve()
      }
      pump()
    })
    if (failed) throw failure
  }

  edgesFrom(name: string): DependencyEdge[] {
    return this.edges.filter((e) => e.from === name)
  }
}
