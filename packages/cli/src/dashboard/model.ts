/**
 * The dashboard's data, without a terminal: what one poll of the runtime saw (a snapshot),
 * turned into table rows. CPU % needs two snapshots (a delta of cgroup CPU time over a delta of
 * host CPU time), so rows are built from the current snapshot and the previous one.
 */
import type { CpuSample, RuntimeState } from '@tsc-compose/runtime'
import { compareText } from '@tsc-compose/runtime'

export type ContainerStatus = RuntimeState['status']
export type HealthStatus = 'starting' | 'healthy' | 'unhealthy'

/** The runtime state fields the dashboard shows (a subset of the runtime's RuntimeState). */
export type ObservedState = Pick<RuntimeState, 'status' | 'exitCode' | 'startedAt' | 'finishedAt' | 'restartCount' | 'health'>

/** Resource usage of one running container at one instant (cgroup counters, not rates). */
export interface ObservedUsage {
  readonly cpu: CpuSample
  readonly memoryUsed: number
  readonly memoryLimit: number
  readonly pids: number
}

export interface ContainerObservation {
  readonly id: string
  readonly name: string
  readonly service: string
  /** Compose replica number (`web-2` → 2); 0 for a one-off without one. */
  readonly number: number
  readonly oneoff: boolean
  readonly state: ObservedState
  /** docker ps' PORTS text: `0.0.0.0:8080->80/tcp, …`. */
  readonly ports: string
  /** Absent when the container is not running (or its cgroup could not be read). */
  readonly usage?: ObservedUsage
}

export interface ProjectSnapshot {
  readonly project: string
  /** ms since the epoch, when the poll ran (uptimes are relative to it). */
  readonly at: number
  /** docker's online CPUs: the CPU % of one busy core on an 8-core host is 100 %, not 12.5 %. */
  readonly onlineCpus: number
  readonly containers: readonly ContainerObservation[]
}

export interface ContainerRow {
  readonly id: string
  readonly service: string
  readonly name: string
  readonly number: number
  readonly oneoff: boolean
  readonly status: ContainerStatus
  /** What the STATE column says: `running`, `exited (137)`, `restarting`, `paused`, … */
  readonly stateLabel: string
  readonly health?: HealthStatus
  /** The last health check's exit code and output, shown for the selected row. */
  readonly lastCheck?: { readonly exitCode: number; readonly output: string; readonly failingStreak: number }
  /** Running (or paused) for this long; undefined when not running. */
  readonly uptimeMs?: number
  readonly restarts: number
  /** Undefined until two samples exist, or when not running. */
  readonly cpuPercent?: number
  readonly memoryUsed?: number
  readonly memoryLimit?: number
  readonly pids?: number
  readonly ports: string
}

/**
 * docker's calculateCPUPercentUnix: container CPU time delta over host CPU time delta, times
 * the online CPUs. Undefined without a previous sample or when a counter went backwards (the
 * container was restarted between the two polls: its cgroup counter started over).
 */
export function cpuPercent(prev: CpuSample | undefined, cur: CpuSample, onlineCpus: number): number | undefined {
  if (!prev) return undefined
  const cd = cur.containerNs - prev.containerNs
  const sd = cur.systemNs - prev.systemNs
  if (cd < 0 || sd <= 0) return undefined
  return (cd / sd) * onlineCpus * 100
}

export function stateLabel(s: Pick<ObservedState, 'status' | 'exitCode'>): string {
  return s.status === 'exited' ? `exited (${s.exitCode})` : s.status
}

function isUp(status: ContainerStatus): boolean {
  return status === 'running' || status === 'paused'
}

export function toRow(c: ContainerObservation, now: number, prev?: ContainerObservation, onlineCpus = 1): ContainerRow {
  const st = c.state
  const last = st.health?.Log[st.health.Log.length - 1]
  const started = Date.parse(st.startedAt)
  const usage = isUp(st.status) || st.status === 'restarting' ? c.usage : undefined
  // A container restarted between two polls has a new cgroup whose counter started over.
  const prevCpu = prev && prev.state.startedAt === st.startedAt ? prev.usage?.cpu : undefined
  return {
    id: c.id,
    service: c.service,
    name: c.name,
    number: c.number,
    oneoff: c.oneoff,
    status: st.status,
    stateLabel: stateLabel(st),
    // A stopped container keeps its last health in the state file; docker shows none then.
    ...(st.health && isUp(st.status) ? { health: st.health.Status } : {}),
    ...(last && isUp(st.status) ? { lastCheck: { exitCode: last.ExitCode, output: last.Output, failingStreak: st.health!.FailingStreak } } : {}),
    ...(isUp(st.status) && Number.isFinite(started) && started > 0 ? { uptimeMs: Math.max(0, now - started) } : {}),
    restarts: st.restartCount,
    ...(usage
      ? {
          cpuPercent: cpuPercent(prevCpu, usage.cpu, onlineCpus),
          memoryUsed: usage.memoryUsed,
          memoryLimit: usage.memoryLimit,
          pids: usage.pids,
        }
      : {}),
    ports: c.ports,
  }
}

export type SortKey = 'service' | 'cpu' | 'memory'
export const SORT_KEYS: readonly SortKey[] = ['service', 'cpu', 'memory']

/** Service order (then replica number, one-offs last); `cpu`/`memory` put the busiest first. */
export function sortRows(rows: readonly ContainerRow[], key: SortKey = 'service'): ContainerRow[] {
  const byService = (a: ContainerRow, b: ContainerRow): number =>
    Number(a.oneoff) - Number(b.oneoff) || compareText(a.service, b.service) || a.number - b.number || compareText(a.name, b.name)
  // A running container without a figure yet ranks above a stopped one.
  const metric = (r: ContainerRow): number => (key === 'cpu' ? r.cpuPercent : r.memoryUsed) ?? (isUp(r.status) || r.status === 'restarting' ? 0 : -1)
  return [...rows].sort(key === 'service' ? byService : (a, b) => metric(b) - metric(a) || byService(a, b))
}

/** Rows of the current snapshot, CPU % against the previous snapshot of the same containers. */
export function buildRows(cur: ProjectSnapshot, prev?: ProjectSnapshot, key: SortKey = 'service'): ContainerRow[] {
  const before = new Map((prev?.containers ?? []).map((c) => [c.id, c]))
  return sortRows(cur.containers.map((c) => toRow(c, cur.at, before.get(c.id), cur.onlineCpus)), key)
}

export interface StackSummary {
  readonly containers: number
  readonly running: number
  readonly unhealthy: number
  readonly exited: number
}

export function summarize(rows: readonly ContainerRow[]): StackSummary {
  return {
    containers: rows.length,
    running: rows.filter((r) => r.status === 'running').length,
    unhealthy: rows.filter((r) => r.health === 'unhealthy').length,
    exited: rows.filter((r) => r.status === 'exited' || r.status === 'dead').length,
  }
}

/** The services of the rows in table order, for colours and the `a`/`l` log focus. */
export function servicesOf(rows: readonly ContainerRow[]): string[] {
  return [...new Set(sortRows(rows).map((r) => r.service))]
}

/** Whether `s` (stop/start toggle) should stop the service: any of its containers is up. */
export function serviceIsUp(rows: readonly ContainerRow[], service: string): boolean {
  return rows.some((r) => r.service === service && !r.oneoff && (isUp(r.status) || r.status === 'restarting'))
}
