/**
 * The container table's columns and how they degrade on a narrow terminal: each column has a
 * priority, and the layout keeps the most important ones that fit (NAME and STATE always),
 * shrinking the flexible ones (NAME, SERVICE, PORTS) before dropping them.
 */
import { formatMemory, formatPercent, formatUptime, truncate } from './format.js'
import type { ContainerRow } from './model.js'

export type ColumnId = 'service' | 'name' | 'state' | 'health' | 'uptime' | 'restarts' | 'cpu' | 'memory' | 'pids' | 'ports'

interface ColumnDef {
  readonly id: ColumnId
  readonly header: string
  /** 0 is always shown; higher numbers are dropped first. */
  readonly priority: number
  readonly align: 'left' | 'right'
  /** Flexible columns can shrink to `min` (their text is truncated); others show in full or not at all. */
  readonly min?: number
  readonly max?: number
  cell(row: ContainerRow): string
}

const up = (r: ContainerRow): boolean => r.status === 'running' || r.status === 'paused' || r.status === 'restarting'

/** In display order. */
export const COLUMNS: readonly ColumnDef[] = [
  { id: 'service', header: 'SERVICE', priority: 5, align: 'left', min: 6, max: 20, cell: (r) => r.service },
  { id: 'name', header: 'NAME', priority: 0, align: 'left', min: 6, max: 32, cell: (r) => r.name },
  { id: 'state', header: 'STATE', priority: 0, align: 'left', cell: (r) => r.stateLabel },
  { id: 'health', header: 'HEALTH', priority: 1, align: 'left', cell: (r) => r.health ?? '-' },
  { id: 'uptime', header: 'UPTIME', priority: 6, align: 'right', cell: (r) => (r.uptimeMs === undefined ? '-' : formatUptime(r.uptimeMs)) },
  { id: 'restarts', header: 'RESTARTS', priority: 7, align: 'right', cell: (r) => String(r.restarts) },
  // Running but only one sample so far: CPU % is coming, not zero.
  { id: 'cpu', header: 'CPU %', priority: 2, align: 'right', cell: (r) => (up(r) && r.cpuPercent === undefined ? '…' : formatPercent(r.cpuPercent)) },
  { id: 'memory', header: 'MEM USAGE / LIMIT', priority: 3, align: 'right', cell: (r) => formatMemory(r.memoryUsed, r.memoryLimit) },
  { id: 'pids', header: 'PIDS', priority: 8, align: 'right', cell: (r) => (r.pids === undefined ? '-' : String(r.pids)) },
  { id: 'ports', header: 'PORTS', priority: 4, align: 'left', min: 10, max: 40, cell: (r) => r.ports || '-' },
]

export interface ColumnLayout {
  readonly id: ColumnId
  readonly header: string
  readonly width: number
  readonly align: 'left' | 'right'
}

/** Spaces between two columns. */
export const GAP = 2
/** The selection marker column (`›`). */
export const MARKER = 2

/** Which columns fit in `width` terminal columns, with their widths, in display order. */
export function layoutColumns(rows: readonly ContainerRow[], width: number): ColumnLayout[] {
  const natural = new Map<ColumnId, number>()
  for (const c of COLUMNS) {
    const w = Math.max(c.header.length, ...rows.map((r) => c.cell(r).length))
    natural.set(c.id, Math.min(w, c.max ?? w))
  }
  const chosen = new Map<ColumnId, number>()
  let used = MARKER
  const cost = (w: number): number => (chosen.size === 0 ? w : w + GAP)
  for (const c of [...COLUMNS].sort((a, b) => a.priority - b.priority)) {
    const want = natural.get(c.id)!
    const room = width - used - (chosen.size === 0 ? 0 : GAP)
    let w: number | undefined
    if (want <= room) w = want
    else if (c.min !== undefined && room >= c.min) w = room
    else if (c.priority === 0) w = Math.max(1, Math.min(want, room))
    // Strict priority: a less important column never takes the place of one that did not fit.
    if (w === undefined) break
    used += cost(w)
    chosen.set(c.id, w)
  }
  return COLUMNS.filter((c) => chosen.has(c.id)).map((c) => ({ id: c.id, header: c.header, width: chosen.get(c.id)!, align: c.align }))
}

export function cellText(row: ContainerRow, col: ColumnLayout): string {
  const def = COLUMNS.find((c) => c.id === col.id)!
  return fit(def.cell(row), col)
}

/** Pads or truncates to the column's width, on the column's side. */
export function fit(text: string, col: Pick<ColumnLayout, 'width' | 'align'>): string {
  const t = truncate(text, col.width)
  return col.align === 'right' ? t.padStart(col.width) : t.padEnd(col.width)
}

/** One table line as plain text (the Ink table colours cells; tests and non-TTY output use this). */
export function rowLine(row: ContainerRow, cols: readonly ColumnLayout[], selected = false): string {
  return (selected ? '› ' : '  ') + cols.map((c) => cellText(row, c)).join(' '.repeat(GAP)).trimEnd()
}

export function headerLine(cols: readonly ColumnLayout[]): string {
  return ' '.repeat(MARKER) + cols.map((c) => fit(c.header, c)).join(' '.repeat(GAP)).trimEnd()
}
