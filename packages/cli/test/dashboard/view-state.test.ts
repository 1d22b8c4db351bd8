import { describe, expect, it } from 'vitest'
import { detailText, paneHeights, serviceColor } from '../../src/dashboard/layout.js'
import { buildRows } from '../../src/dashboard/model.js'
import { initialViewState, reduceView, selectedIndex, selectedRow, visibleWindow } from '../../src/dashboard/view-state.js'
import { container, snapshot, state } from './fixtures.js'

const rows = buildRows(snapshot([container('api'), container('db'), container('web')]))

describe('view state', () => {
  it('moves the selection within bounds', () => {
    let s = initialViewState()
    expect(selectedIndex(s, rows)).toBe(0)
    s = reduceView(s, { type: 'up' }, rows)
    expect(selectedIndex(s, rows)).toBe(0)
    s = reduceView(reduceView(reduceView(s, { type: 'down' }, rows), { type: 'down' }, rows), { type: 'down' }, rows)
    expect(selectedRow(s, rows)!.service).toBe('web')
    expect(selectedIndex(initialViewState(), [])).toBe(-1)
  })

  it('follows the selected container when rows move, and keeps the position when it goes away', () => {
    const s = reduceView(initialViewState(), { type: 'down' }, rows)
    expect(selectedRow(s, rows)!.service).toBe('db')
    const withNew = buildRows(snapshot([container('api'), container('db'), container('web'), container('aaa')]))
    expect(selectedRow(s, withNew)!.service).toBe('db')
    const dbGone = buildRows(snapshot([container('api'), container('web')]))
    expect(selectedRow(s, dbGone)!.service).toBe('web')
  })

  it('focuses the logs of the selected service or of all, toggles help, cycles the sort', () => {
    let s = reduceView(initialViewState(), { type: 'down' }, rows)
    s = reduceView(s, { type: 'focus-selected' }, rows)
    expect(s.focus).toEqual({ kind: 'service', service: 'db' })
    expect(reduceView(s, { type: 'focus-all' }, rows).focus).toEqual({ kind: 'all' })
    expect(reduceView(s, { type: 'toggle-help' }, rows).help).toBe(true)
    expect([1, 2, 3].map((n) => Array.from({ length: n }).reduce<typeof s>((a) => reduceView(a, { type: 'cycle-sort' }, rows), s).sort)).toEqual(['cpu', 'memory', 'service'])
    expect(initialViewState('web').focus).toEqual({ kind: 'service', service: 'web' })
  })

  it('scrolls a long table around the selection', () => {
    expect(visibleWindow(3, 2, 10)).toEqual({ start: 0, end: 3 })
    expect(visibleWindow(50, 0, 10)).toEqual({ start: 0, end: 10 })
    expect(visibleWindow(50, 25, 10)).toEqual({ start: 20, end: 30 })
    expect(visibleWindow(50, 49, 10)).toEqual({ start: 40, end: 50 })
  })
})

describe('layout', () => {
  it('splits the screen between the table and the logs, one line short of the terminal', () => {
    expect(paneHeights(24, 2)).toEqual({ tableRows: 2, logLines: 16 })
    const big = paneHeights(24, 40)
    expect(big.tableRows + big.logLines + 5).toBe(23)
    expect(big.logLines).toBeGreaterThanOrEqual(3)
    expect(paneHeights(5, 3).logLines).toBeGreaterThanOrEqual(1)
  })

  it('gives services stable colours and describes the selected container', () => {
    expect(serviceColor('db', ['api', 'db'])).toBe('yellow')
    expect(serviceColor('zzz', ['api'])).toBe('gray')
    const [row] = buildRows(snapshot([container('api', 1, { ports: '0.0.0.0:8080->80/tcp', state: state({ health: { Status: 'unhealthy', FailingStreak: 2, Log: [{ Start: '', End: '', ExitCode: 1, Output: 'wget: can\'t connect\n' }] } }) })]))
    expect(detailText(row)).toBe("demo-api-1 · running · health: unhealthy (2 failing) · last check exit 1: wget: can't connect · 0.0.0.0:8080->80/tcp")
    expect(detailText(undefined)).toBe('')
  })
})
