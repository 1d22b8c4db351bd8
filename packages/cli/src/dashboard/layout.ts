/**
 * Screen budget and colours. The whole dashboard stays one line shorter than the terminal:
 * when Ink's output reaches the terminal's height it clears the screen on every frame, which
 * flickers once a second.
 */
import type { ContainerRow } from './model.js'

/** Header, table header, detail line, log title, footer. */
const FIXED_LINES = 5
const MIN_LOG_LINES = 3

export interface PaneHeights {
  /** Table rows shown (the table scrolls around the selection beyond that). */
  readonly tableRows: number
  readonly logLines: number
}

export function paneHeights(terminalRows: number, rowCount: number): PaneHeights {
  const available = Math.max(2, terminalRows - 1 - FIXED_LINES)
  const maxTable = Math.max(1, available - Math.max(MIN_LOG_LINES, Math.floor(available / 2)))
  const tableRows = Math.min(Math.max(1, rowCount), maxTable)
  return { tableRows, logLines: Math.max(1, available - tableRows) }
}

/** docker compose's prefix colours, in the order it hands them out. */
export const SERVICE_COLORS = ['cyan', 'yellow', 'green', 'magenta', 'blue', 'cyanBright', 'yellowBright', 'greenBright', 'magentaBright', 'blueBright'] as const

/** A service's colour by its position among the project's services, so it is stable across polls. */
export function serviceColor(service: string, services: readonly string[]): string {
  const i = services.indexOf(service)
  return i === -1 ? 'gray' : SERVICE_COLORS[i % SERVICE_COLORS.length]!
}

export function stateColor(row: Pick<ContainerRow, 'status' | 'stateLabel'>): string | undefined {
  switch (row.status) {
    case 'running':
      return 'green'
    case 'restarting':
      return 'yellow'
    case 'paused':
      return 'blue'
    case 'exited':
      return row.stateLabel === 'exited (0)' ? 'gray' : 'red'
    case 'dead':
      return 'red'
    default:
      return 'gray'
  }
}

export function healthColor(health: ContainerRow['health']): string | undefined {
  return health === 'healthy' ? 'green' : health === 'unhealthy' ? 'red' : health === 'starting' ? 'yellow' : undefined
}

/** The line under the table about the selected container: its last health check when it has one. */
export function detailText(row: ContainerRow | undefined): string {
  if (!row) return ''
  const parts = [row.name, row.stateLabel]
  if (row.health) {
    const streak = row.lastCheck && row.lastCheck.failingStreak > 0 ? ` (${row.lastCheck.failingStreak} failing)` : ''
    parts.push(`health: ${row.health}${streak}`)
    if (row.lastCheck) {
      const out = row.lastCheck.output.replace(/\s+/g, ' ').trim()
      parts.push(`last check exit ${row.lastCheck.exitCode}${out ? `: ${out}` : ''}`)
    }
  }
  if (row.ports) parts.push(row.ports)
  return parts.join(' · ')
}
