/**
 * `<dir>/state.json`, written by the container's supervisor (native/supervisor/state.c) with
 * tmp + rename on every change. Readers get a typed state, and a state that says the
 * container runs while its supervisor is gone (SIGKILLed, host crash) reads as `dead`, so a
 * crashed supervisor is visible instead of a container that looks alive forever.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const STATE_FILE = 'state.json'

export type SupervisedStatus = 'created' | 'running' | 'restarting' | 'exited' | 'dead'
export type HealthStatus = 'none' | 'starting' | 'healthy' | 'unhealthy'

export interface HealthLogEntry {
  readonly start: string
  readonly end: string
  readonly exitCode: number
  readonly output: string
}

export interface SupervisorState {
  readonly status: SupervisedStatus
  /** Host pid of the container's init; 0 when not running. */
  readonly pid: number
  readonly supervisorPid: number
  /** Exit code of the last run: 128+signal when killed; 125/126/127 for a failed start. */
  readonly exitCode: number
  readonly oomKilled: boolean
  readonly error: string
  /** RFC 3339 with nanoseconds, UTC; "" when never. */
  readonly startedAt: string
  readonly finishedAt: string
  readonly restartCount: number
  /** Stopped by stop/kill: restart policies other than `always` do not bring it back. */
  readonly manualStop: boolean
  readonly health: {
    readonly status: HealthStatus
    readonly failingStreak: number
    /** The last results, oldest first (at most 5, outputs capped at 4 KiB). */
    readonly log: readonly HealthLogEntry[]
  }
}

const STATUSES: readonly SupervisedStatus[] = ['created', 'running', 'restarting', 'exited', 'dead']
const HEALTH: readonly HealthStatus[] = ['none', 'starting', 'healthy', 'unhealthy']

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0)
const str = (v: unknown): string => (typeof v === 'string' ? v : '')

/** Parses state.json's text; undefined when it is not a state object (empty, torn, foreign). */
export function parseState(text: string): SupervisorState | undefined {
  let raw: Record<string, unknown>
  try {
    raw = JSON.parse(text) as Record<string, unknown>
  } catch {
    return undefined
  }
  if (!raw || typeof raw !== 'object' || !STATUSES.includes(raw.status as SupervisedStatus)) return undefined
  const h = (raw.health && typeof raw.health === 'object' ? raw.health : {}) as Record<string, unknown>
  const log = Array.isArray(h.log) ? (h.log as Record<string, unknown>[]) : []
  return {
    status: raw.status as SupervisedStatus,
    pid: num(raw.pid),
    supervisorPid: num(raw.supervisorPid),
    exitCode: num(raw.exitCode),
    oomKilled: raw.oomKilled === true,
    error: str(raw.error),
    startedAt: str(raw.startedAt),
    finishedAt: str(raw.finishedAt),
    restartCount: num(raw.restartCount),
    manualStop: raw.manualStop === true,
    health: {
      status: HEALTH.includes(h.status as HealthStatus) ? (h.status as HealthStatus) : 'none',
      failingStreak: num(h.failingStreak),
      log: log.map((e) => ({ start: str(e.start), end: str(e.end), exitCode: num(e.exitCode), output: str(e.output) })),
    },
  }
}

/**
 * Whether `pid` is a live tsc-supervisor (not a zombie, not a recycled pid). `procRoot` is a
 * parameter so tests can point it at a fake /proc.
 */
export function isSupervisorAlive(pid: number, procRoot = '/proc'): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    const stat = readFileSync(`${procRoot}/${pid}/stat`, 'utf8')
    // "pid (comm) S ...": the state letter follows the last ')', comm may contain spaces
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3)
    if (state === 'Z' || state === 'X') return false
    const cmdline = readFileSync(`${procRoot}/${pid}/cmdline`, 'utf8')
    return cmdline.split('\0')[0]!.endsWith('tsc-supervisor')
  } catch {
    return false
  }
}

export interface ReadStateOptions {
  /** Liveness check for the supervisor pid (default: isSupervisorAlive on /proc). */
  readonly isAlive?: (pid: number) => boolean
}

/**
 * Reads `<dir>/state.json`. Undefined when there is none yet (never started) or it cannot
 * be parsed. A running/restarting state whose supervisor is gone is reported as `dead`,
 * with pid 0 and an error saying why.
 */
export function readState(dir: string, options: ReadStateOptions = {}): SupervisorState | undefined {
  let text: string
  try {
    text = readFileSync(join(dir, STATE_FILE), 'utf8')
  } catch {
    return undefined
  }
  const state = parseState(text)
  if (!state) return undefined
  if (state.status !== 'running' && state.status !== 'restarting') return state
  const alive = (options.isAlive ?? ((pid: number) => isSupervisorAlive(pid)))(state.supervisorPid)
  if (alive) return state
  return {
    ...state,
    status: 'dead',
    pid: 0,
    error: state.error || `the supervisor (pid ${state.supervisorPid}) exited unexpectedly`,
  }
}
