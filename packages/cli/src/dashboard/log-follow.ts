/**
 * The dashboard's log following: compose's followProjectLogs (which picks up new and
 * replaced containers), plus what a long-lived viewer needs on top of it.
 *
 * followProjectLogs follows each container id once, and a container's log reader ends when
 * the container stops for good. A dashboard outlives that: `s` stops a service and starts it
 * again, `r` restarts it. So each container gets a generation: once its reader has ended and
 * the container is up again, it is handed to followProjectLogs under a new key, and the new
 * reader resumes right after the last line the previous one delivered (no gap, no repeat).
 */
import type * as Compose from '@tsc-compose/compose'
import type { IncomingLine } from './log-buffer.js'
import { rfc3339ToNs } from './log-buffer.js'

export interface LogRuntime {
  readonly containers: {
    logs(ref: string, opts: { follow?: boolean; tail?: number; since?: string | bigint; signal?: AbortSignal }): AsyncIterable<{
      stream: 'stdout' | 'stderr'
      time: string
      text: string
    }>
  }
}

export interface DashboardLogOptions {
  readonly project: string
  readonly runtime: LogRuntime
  readonly compose: Pick<typeof Compose, 'followProjectLogs' | 'RuntimeComposeHost'>
  readonly services?: ReadonlySet<string>
  readonly tail: number
  readonly signal: AbortSignal
  readonly onLine: (line: IncomingLine) => void
  readonly onError: (err: unknown) => void
  /** How often to look for new, replaced or restarted containers. */
  readonly discoverMs?: number
}

interface Generation {
  gen: number
  ended: boolean
  /** Time of the last line delivered, in ns: where the next generation resumes. */
  lastNs?: bigint
}

const LIVE = new Set(['running', 'restarting', 'paused'])
const SEP = '#'

export async function followDashboardLogs(o: DashboardLogOptions): Promise<void> {
  const base = new o.compose.RuntimeComposeHost(o.runtime as never)
  const gens = new Map<string, Generation>()
  let last: Compose.ObservedContainer[] = []

  const host = {
    async listProjectContainers(project: string): Promise<Compose.ObservedContainer[]> {
      try {
        last = await base.listProjectContainers(project)
      } catch (err) {
        // A failed discovery must not end following: keep the last known containers.
        o.onError(err)
      }
      return last.map((c) => {
        let g = gens.get(c.id)
        if (!g) gens.set(c.id, (g = { gen: 0, ended: false }))
        if (g.ended && LIVE.has(c.state)) {
          g.gen += 1
          g.ended = false
        }
        return { ...c, id: `${c.id}${SEP}${g.gen}` }
      })
    },
  }

  async function* read(key: string, signal: AbortSignal): AsyncIterable<{ stream: 'stdout' | 'stderr'; time: string; text: string }> {
    const id = key.slice(0, key.lastIndexOf(SEP))
    const gen = Number(key.slice(key.lastIndexOf(SEP) + 1))
    const g = gens.get(id)!
    const resume = gen > 0
    try {
      const since = resume && g.lastNs !== undefined ? g.lastNs + 1n : undefined
      for await (const e of o.runtime.containers.logs(id, { follow: true, ...(resume ? {} : { tail: o.tail }), ...(since !== undefined ? { since } : {}), signal })) {
        g.lastNs = rfc3339ToNs(e.time)
        yield e
      }
    } catch (err) {
      if (!signal.aborted && (err as { code?: string }).code !== 'CONTAINER_NOT_FOUND') o.onError(err)
    } finally {
      if (g.gen === gen) g.ended = true
    }
  }

  await o.compose.followProjectLogs({
    project: o.project,
    host: host as never,
    services: o.services,
    follow: true,
    signal: o.signal,
    discoverMs: o.discoverMs ?? 1000,
    readLogs: (key, opts) => read(key, opts.signal),
    onLine: o.onLine,
  })
}
