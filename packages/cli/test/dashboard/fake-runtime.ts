import type { CpuSample } from '@tsc-compose/runtime'
import type { ObservedState } from '../../src/dashboard/model.js'
import { state } from './fixtures.js'

interface Entry {
  stream: 'stdout' | 'stderr'
  time: string
  text: string
}

interface FakeContainer {
  id: string
  Names: string
  Ports: string
  labels: Record<string, string>
  state: ObservedState
  cpu: CpuSample
  logs: Entry[]
}

const nsTime = (ns: bigint): string => {
  const ms = ns / 1_000_000n
  return `${new Date(Number(ms)).toISOString().slice(0, 19)}.${String(ns % 1_000_000_000n).padStart(9, '0')}Z`
}

/** The runtime calls the dashboard makes, over an in-memory table (no kernel). */
export class FakeRuntime {
  readonly byId = new Map<string, FakeContainer>()
  readonly calls: string[] = []
  /** Ids whose stats read fails (removed mid-poll). */
  readonly statsFails = new Set<string>()
  private clock = BigInt(Date.parse('2024-05-01T12:00:00Z')) * 1_000_000n

  add(project: string, service: string, number: number, over: Partial<FakeContainer> & { oneoff?: boolean } = {}): FakeContainer {
    const id = `${project}${service}${number}${over.oneoff ? 'run' : ''}`.padEnd(64, 'f')
    const c: FakeContainer = {
      id,
      Names: `${project}-${service}-${number}`,
      Ports: '',
      labels: {
        'com.docker.compose.project': project,
        'com.docker.compose.service': service,
        'com.docker.compose.container-number': String(number),
        'com.docker.compose.oneoff': over.oneoff ? 'True' : 'False',
      },
      state: state(),
      cpu: { containerNs: 0, systemNs: 0 },
      logs: [],
      ...over,
    }
    this.byId.set(id, c)
    return c
  }

  log(c: FakeContainer, text: string): string {
    this.clock += 1_000_000n
    const time = nsTime(this.clock)
    c.logs.push({ stream: 'stdout', time, text: `${text}\n` })
    return time
  }

  private get(ref: string): FakeContainer {
    const c = this.byId.get(ref)
    if (!c) throw Object.assign(new Error(`no such container: ${ref}`), { code: 'CONTAINER_NOT_FOUND' })
    return c
  }

  readonly containers = {
    list: (f: { filters?: ReadonlyArray<{ key: string; value: string }> }) =>
      [...this.byId.values()]
        .filter((c) => (f.filters ?? []).every(({ value }) => c.labels[value.split('=')[0]!] === value.split('=')[1]))
        .map((c) => ({ id: c.id, Names: c.Names, Ports: c.Ports, labels: c.labels, State: c.state.status, exitCode: c.state.exitCode })),
    state: (ref: string) => this.get(ref).state,
    stats: (refs: readonly string[]) => {
      for (const r of refs) if (this.statsFails.has(r)) throw new Error(`no such container: ${r}`)
      return {
        stats: refs.map((r) => ({ memoryUsed: 1024 * 1024, memoryLimit: 64 * 1024 * 1024, pids: 2 + this.get(r).Names.length * 0 })),
        samples: new Map(refs.map((r) => [r, this.get(r).cpu])),
      }
    },
    logs: (ref: string, opts: { follow?: boolean; tail?: number; since?: string | bigint; signal?: AbortSignal }) => this.follow(this.get(ref), opts),
    stop: async (ref: string) => {
      this.calls.push(`stop ${this.get(ref).Names}`)
      this.get(ref).state = state({ status: 'exited', exitCode: 0 })
    },
    start: async (ref: string) => {
      this.calls.push(`start ${this.get(ref).Names}`)
      this.get(ref).state = state({ status: 'running', startedAt: new Date().toISOString() })
    },
  }

  private async *follow(c: FakeContainer, o: { follow?: boolean; tail?: number; since?: string | bigint; signal?: AbortSignal }): AsyncIterable<Entry> {
    const { rfc3339ToNs } = await import('../../src/dashboard/log-buffer.js')
    let entries = c.logs.slice()
    if (o.since !== undefined) {
      const since = typeof o.since === 'bigint' ? o.since : rfc3339ToNs(o.since)
      entries = entries.filter((e) => rfc3339ToNs(e.time) >= since)
    }
    if (o.tail !== undefined) entries = entries.slice(-o.tail || entries.length)
    if (o.tail === 0) entries = []
    let next = c.logs.length
    yield* entries
    while (o.follow && !o.signal?.aborted) {
      await new Promise((r) => setTimeout(r, 5))
      while (next < c.logs.length) yield c.logs[next++]!
      if (c.state.status !== 'running' && c.state.status !== 'restarting' && c.state.status !== 'paused') return
    }
  }
}
