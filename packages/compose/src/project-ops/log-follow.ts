import type { ComposeHost } from '../execute/host.js'
import type { ObservedContainer } from '../plan/observed.js'
import { compareText } from '@tsc-compose/runtime'

export interface LogLine {
  readonly service: string
  /** `web-1`: docker compose's prefix (service-number), or the container name for one-offs. */
  readonly source: string
  readonly stream: 'stdout' | 'stderr'
  readonly time: string
  readonly text: string
}

export type LogReader = (containerId: string, opts: { follow: boolean; tail?: number; since?: string; until?: string; timestamps?: boolean; signal: AbortSignal }) => AsyncIterable<{ stream: 'stdout' | 'stderr'; time: string; text: string }>

export interface FollowOptions {
  readonly project: string
  readonly host: ComposeHost
  readonly readLogs: LogReader
  readonly services?: ReadonlySet<string>
  readonly follow: boolean
  readonly tail?: number
  readonly since?: string
  readonly until?: string
  readonly timestamps?: boolean
  readonly signal: AbortSignal
  /** How often to look for new or replaced containers (scale, recreate, restart). */
  readonly discoverMs?: number
  readonly onLine: (line: LogLine) => void
  /** A container stopped for good (not restarting). */
  readonly onExit?: (c: ObservedContainer) => void
}

export function sourceName(c: ObservedContainer): string {
  return c.oneoff ? c.name : `${c.service}-${c.number}`
}

/**
 * Multiplexes the logs of a project's containers and keeps doing so as containers come and
 * go: a replacement (recreate, scale-up) is picked up under the same prefix (USER-ASKS #4),
 * and a restart of the same container keeps its follower because the log reader follows
 * through `restarting`.
 */
export async function followProjectLogs(opts: FollowOptions): Promise<void> {
  const followers = new Map<string, Promise<void>>()
  const exited = new Set<string>()
  const watch = (c: ObservedContainer): void => {
    // A container that is created but not started yet (a recreate caught between create and
    // start) would end its follower at once, never to be followed again: wait for it to run.
    if (followers.has(c.id) || (opts.follow && c.state === 'created')) return
    const p = (async () => {
      try {
        for await (const e of opts.readLogs(c.id, { follow: opts.follow, tail: opts.tail, since: opts.since, until: opts.until, timestamps: opts.timestamps, signal: opts.signal })) {
          opts.onLine({ service: c.service, source: sourceName(c), stream: e.stream, time: e.time, text: e.text })
        }
      } catch (err) {
        if (!opts.signal.aborted && (err as { code?: string }).code !== 'CONTAINER_NOT_FOUND') throw err
      }
    })()
    followers.set(c.id, p)
  }
  const discover = async (): Promise<ObservedContainer[]> => {
    const list = await opts.host.listProjectContainers(opts.project)
    const mine = list.filter((c) => !c.oneoff && (!opts.services || opts.services.has(c.service)))
    for (const c of mine.sort((a, b) => compareText(a.service, b.service) || a.number - b.number)) watch(c)
    return mine
  }
  await discover()
  if (!opts.follow) {
    await Promise.all(followers.values())
    return
  }
  const period = opts.discoverMs ?? 500
  while (!opts.signal.aborted) {
    await new Promise((r) => setTimeout(r, period))
    if (opts.signal.aborted) break
    const current = await discover()
    for (const c of current) {
      if ((c.state === 'exited' || c.state === 'dead') && !exited.has(c.id)) {
        exited.add(c.id)
        opts.onExit?.(c)
      }
    }
  }
  await Promise.allSettled(followers.values())
}
