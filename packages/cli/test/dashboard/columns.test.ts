import { describe, expect, it } from 'vitest'
import { GAP, headerLine, layoutColumns, MARKER, rowLine } from '../../src/dashboard/columns.js'
import { buildRows } from '../../src/dashboard/model.js'
import { container, later, snapshot, state } from './fixtures.js'

const first = snapshot([
  container('web', 1, { ports: '0.0.0.0:8080->80/tcp', state: state({ health: { Status: 'healthy', FailingStreak: 0, Log: [] } }) }),
  container('db', 1),
  container('worker', 1, { state: state({ status: 'exited', exitCode: 1 }), usage: undefined }),
])
const rows = buildRows(later(first, { web: 1e9 }), first)
const ids = (width: number) => layoutColumns(rows, width).map((c) => c.id)
const used = (width: number) => {
  const cols = layoutColumns(rows, width)
  return MARKER + cols.reduce((n, c) => n + c.width, 0) + GAP * (cols.length - 1)
}

describe('layoutColumns', () => {
  it('shows every column on a wide terminal, in display order', () => {
    expect(ids(200)).toEqual(['service', 'name', 'state', 'health', 'uptime', 'restarts', 'cpu', 'memory', 'pids', 'ports'])
  })

  it('drops the least important columns first as the terminal narrows', () => {
    expect(ids(100)).toEqual(['service', 'name', 'state', 'health', 'cpu', 'memory', 'ports'])
    expect(ids(80)).toEqual(['name', 'state', 'health', 'cpu', 'memory', 'ports'])
    expect(ids(60)).toEqual(['name', 'state', 'health', 'cpu'])
    expect(ids(45)).toEqual(['name', 'state', 'health', 'cpu'])
    expect(ids(40)).toEqual(['name', 'state', 'health'])
    expect(ids(30)).toEqual(['name', 'state'])
  })

  it('never uses more than the width, down to very narrow terminals where NAME is cut', () => {
    for (const w of [200, 120, 100, 80, 72, 60, 45, 30, 24]) expect(used(w)).toBeLessThanOrEqual(w)
    const tiny = layoutColumns(rows, 20)
    expect(tiny.map((c) => c.id)).toEqual(['name', 'state'])
    expect(rowLine(rows[0]!, tiny).length).toBeLessThanOrEqual(20)
  })

  it('renders aligned header and row lines', () => {
    const cols = layoutColumns(rows, 200)
    const header = headerLine(cols)
    const db = rowLine(rows[0]!, cols, true)
    expect(header).toMatch(/^ {2}SERVICE +NAME +STATE +HEALTH +UPTIME +RESTARTS +CPU % +MEM USAGE \/ LIMIT +PIDS +PORTS$/)
    expect(db).toMatch(/^› db +demo-db-1 +running +- +1m06s +0 +0\.00% +12\.0MiB \/ 512MiB +3 +-$/)
    expect(rowLine(rows[1]!, cols)).toMatch(/web +demo-web-1 +running +healthy +1m06s +0 +100\.0% /)
    const worker = rowLine(rows.find((r) => r.service === 'worker')!, cols)
    expect(worker).toMatch(/worker +demo-worker-1 +exited \(1\) +- +- +0 +- +- +- +-$/)
    // Right-aligned numbers end where their header ends.
    expect(db.indexOf('0.00%') + '0.00%'.length).toBe(header.indexOf('CPU %') + 'CPU %'.length)
  })
})
