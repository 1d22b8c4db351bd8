/**
 * Where the dashboard's data comes from: one cheap poll of the runtime per tick (the project's
 * containers by label, their state files and cgroup counters; the compose file is not read
 * again), the project's logs, and the service actions behind the r and s keys.
 */
import { cpus } from 'node:os'
import type * as Compose from '@tsc-compose/compose'
import type { CpuSample } from '@tsc-compose/runtime'
import type { IncomingLine } from './log-buffer.js'
import { followDashboardLogs, type LogRuntime } from './log-follow.js'
import type { ContainerObservation, ObservedState, ObservedUsage, ProjectSnapshot } from './model.js'

export interface FollowRequest {
  /** Lines of history per container when the dashboard opens. */
  readonly tail: number
  readonly signal: AbortSignal
  readonly onLine: (line: IncomingLine) => void
  /** A reader or the discovery failed; following goes on for the rest. */
  readonly onError: (err: unknown) => void
}

export interface DashboardSource {
  readonly project: string
  poll(): Promise<ProjectSnapshot>
  /** Follows every (selected) service's logs until the signal aborts. */
  followLogs(req: FollowRequest): Promise<void>
  restartService(service: string): Promise<void>
  stopService(service: string): Promise<void>
  startService(service: string): Promise<void>
}

/** The runtime calls the dashboard makes, typed structurally (the real Runtime and test fakes fit). */
export interface DashboardRuntime extends LogRuntime {
  readonly containers: LogRuntime['containers'] & {
    list(f: { all?: boolean; filters?: ReadonlyArray<{ key: string; value: string }> }): ReadonlyArray<{
      id: string
      Names: string
      Ports: string
      labels: Readonly<Record<string, string>>
    }>
    state(ref: string): ObservedState
    stats(refs: readonly string[]): {
      stats: ReadonlyArray<{ memoryUsed: number; memoryLimit: number; pids: number }>
      samples: ReadonlyMap<string, CpuSample>
    }
    stop(ref: string): Promise<unknown>
    start(ref: string): Promise<unknown>
  }
}

export type DashboardCompose = Pick<typeof Compose, 'followProjectLogs' | 'RuntimeComposeHost' | 'composeLabels'>

export interface RuntimeSourceOptions {
  readonly project: string
  readonly runtime: DashboardRuntime
  readonly compose: DashboardCompose
  /** Only these services (the command's SERVICE arguments); all when absent. */
  readonly services?: ReadonlySet<string>
  readonly onlineCpus?: number
  readonly now?: () => number
}

const UP = new Set(['running', 'paused', 'restarting'])
/** How long an action waits for a stopped container's exit to be recorded. */
const SETTLE_MS = 5000

export function createRuntimeSource(o: RuntimeSourceOptions): DashboardSource {
  const { runtime: rt, compose, project } = o
  const L = compose.composeLabels
  const onlineCpus = o.onlineCpus ?? cpus().length
  const now = o.now ?? Date.now

  const projectContainers = () =>
    rt.containers
      .list({ all: true, filters: [{ key: 'label', value: `${L.LABEL_PROJECT}=${project}` }] })
      .filter((c) => !o.services || o.services.has(c.labels[L.LABEL_SERVICE] ?? ''))

  /** Usage of the running containers; one that vanished mid-poll (a `down`) just has none. */
  const usageOf = (ids: readonly string[]): Map<string, ObservedUsage> => {
    const out = new Map<string, ObservedUsage>()
    const collect = (refs: readonly string[]): void => {
      const { stats, samples } = rt.containers.stats(refs)
      refs.forEach((id, i) => {
        const s = stats[i]
        const cpu = samples.get(id)
        if (s && cpu) out.set(id, { cpu, memoryUsed: s.memoryUsed, memoryLimit: s.memoryLimit, pids: s.pids })
      })
    }
    if (ids.length === 0) return out
    try {
      collect(ids)
    } catch {
      for (const id of ids) {
        try {
          collect([id])
        } catch {
          // removed between the list and the stats read
        }
      }
    }
    return out
  }

  /**
   * The runtime's stop can return before the container's state file records the exit (the
   * supervisor replies first); a start in that window sees "running" and does nothing, and the
   * old process then exits: `containers.restart` leaves the container exited about once in 15
   * tries. Waiting, bounded, for the recorded exit makes restart and the s toggle reliable.
   */
  const settled = async (id: string): Promise<void> => {
    const deadline = Date.now() + SETTLE_MS
    while (Date.now() < deadline) {
      try {
        if (!UP.has(rt.containers.state(id).status)) return
      } catch {
        return
      }
      await new Promise((r) => setTimeout(r, 20))
    }
  }

  const serviceContainers = (service: string): string[] =>
    projectContainers().filter((c) => c.labels[L.LABEL_SERVICE] === service && c.labels[L.LABEL_ONEOFF] !== 'True').map((c) => c.id)

  return {
    project,
    async poll() {
      const at = now()
      const seen: Array<{ c: ReturnType<typeof projectContainers>[number]; state: ObservedState }> = []
      for (const c of projectContainers()) {
        try {
          seen.push({ c, state: rt.containers.state(c.id) })
        } catch {
          // removed since the list
        }
      }
      const usage = usageOf(seen.filter((s) => UP.has(s.state.status)).map((s) => s.c.id))
      const containers: ContainerObservation[] = seen.map(({ c, state }) => ({
        id: c.id,
        name: c.Names,
        service: c.labels[L.LABEL_SERVICE] ?? '',
        number: Number(c.labels[L.LABEL_CONTAINER_NUMBER] ?? 0),
        oneoff: c.labels[L.LABEL_ONEOFF] === 'True',
        state,
        ports: c.Ports,
        ...(usage.has(c.id) ? { usage: usage.get(c.id)! } : {}),
      }))
      return { project, at, onlineCpus, containers }
    },
    followLogs(req) {
      return followDashboardLogs({ project, runtime: rt, compose, services: o.services, ...req })
    },
    async restartService(service) {
      await Promise.all(
        serviceContainers(service).map(async (id) => {
          await rt.containers.stop(id)
          await settled(id)
          await rt.containers.start(id)
        }),
      )
    },
    async stopService(service) {
      await Promise.all(
        serviceContainers(service).map(async (id) => {
          await rt.containers.stop(id)
          await settled(id)
        }),
      )
    },
    async startService(service) {
      await Promise.all(serviceContainers(service).map((id) => rt.containers.start(id)))
    },
  }
}
