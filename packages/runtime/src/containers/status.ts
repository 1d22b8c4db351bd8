import type { ContainerRecord } from './config.js'
import type { RuntimeState } from './supervisor-port.js'

/** Marker file in the container dir while its cgroup is frozen. */
export const PAUSED_FILE = 'paused'

export const ZERO_TIME = '0001-01-01T00:00:00Z'

/** State of a container that never ran (no supervisor state on disk yet). */
export function createdState(): RuntimeState {
  return {
    status: 'created',
    pid: 0,
    supervisorPid: 0,
    exitCode: 0,
    error: '',
    oomKilled: false,
    startedAt: ZERO_TIME,
    finishedAt: ZERO_TIME,
    restartCount: 0,
    supervised: false,
  }
}

/**
 * A state file that says running while its supervisor is gone (supervisor SIGKILLed, host
 * rebooted) is stale: the container is reported as exited ("dead" if its processes may
 * still exist is decided by the caller from the cgroup).
 */
export function effectiveState(s: RuntimeState | undefined): RuntimeState {
  if (!s) return createdState()
  if (s.supervised || s.status === 'created' || s.status === 'exited' || s.status === 'dead') return s
  return { ...s, status: 'exited', pid: 0, exitCode: s.exitCode || 255, error: s.error || 'supervisor exited unexpectedly' }
}

export function isRunning(s: RuntimeState): boolean {
  return s.status === 'running' || s.status === 'paused' || s.status === 'restarting'
}

/** docker ps STATUS column: "Up 3 seconds", "Exited (0) 2 minutes ago", "Created". */
export function humanStatus(s: RuntimeState, now = Date.now()): string {
  const ago = (iso: string): string => humanDuration(now - Date.parse(iso))
  switch (s.status) {
    case 'created':
      return 'Created'
    case 'running':
    case 'paused': {
      const health = s.health ? ` (${s.health.Status === 'starting' ? 'health: starting' : s.health.Status})` : ''
      return `Up ${ago(s.startedAt)}${health}${s.status === 'paused' ? ' (Paused)' : ''}`
    }
    case 'restarting':
      return `Restarting (${s.exitCode}) ${ago(s.finishedAt)} ago`
    case 'removing':
      return 'Removal In Progress'
    case 'dead':
      return 'Dead'
    default:
      return `Exited (${s.exitCode}) ${ago(s.finishedAt)} ago`
  }
}

/** docker's units.HumanDuration. */
export function humanDuration(ms: number): string {
  const s = Math.floor(ms / 1000)
  if (s < 1) return 'Less than a second'
  if (s === 1) return '1 second'
  if (s < 60) return `${s} seconds`
  const m = Math.floor(s / 60)
  if (m === 1) return 'About a minute'
  if (m < 60) return `${m} minutes`
  const h = Math.round(ms / 3_600_000)
  if (h === 1) return 'About an hour'
  if (h < 48) return `${h} hours`
  if (h < 24 * 7 * 2) return `${Math.round(h / 24)} days`
  if (h < 24 * 30 * 2) return `${Math.round(h / 24 / 7)} weeks`
  if (h < 24 * 365 * 2) return `${Math.round(h / 24 / 30)} months`
  return `${Math.round(h / 24 / 365)} years`
}

export function containerName(rec: ContainerRecord): string {
  return rec.Name.startsWith('/') ? rec.Name.slice(1) : rec.Name
}
