import { render } from 'ink-testing-library'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup } from 'ink-testing-library'
import { DashboardView, type DashboardViewProps } from '../../src/dashboard/DashboardView.js'
import { LogBuffer } from '../../src/dashboard/log-buffer.js'
import { buildRows } from '../../src/dashboard/model.js'
import { initialViewState, reduceView } from '../../src/dashboard/view-state.js'
import { container, later, snapshot, state } from './fixtures.js'

afterEach(() => cleanup())

const first = snapshot([
  container('web', 1, { ports: '0.0.0.0:8080->80/tcp', state: state({ health: { Status: 'unhealthy', FailingStreak: 2, Log: [{ Start: '', End: '', ExitCode: 1, Output: 'wget: connection refused' }] } }) }),
  container('db', 1, { state: state({ health: { Status: 'healthy', FailingStreak: 0, Log: [] } }) }),
  container('worker', 1, { state: state({ status: 'exited', exitCode: 2, restartCount: 5 }), usage: undefined }),
  container('cache', 1, { state: state({ status: 'restarting', exitCode: 1, restartCount: 3 }) }),
  container('queue', 1, { state: state({ status: 'paused' }) }),
])
const rows = buildRows(later(first, { web: 2e9 }), first)
const logs = new LogBuffer(100)
logs.push({ service: 'web', source: 'web-1', stream: 'stdout', time: '2024-05-01T12:00:01Z', text: 'GET / 200\n' })
logs.push({ service: 'db', source: 'db-1', stream: 'stdout', time: '2024-05-01T12:00:02Z', text: 'checkpoint complete\n' })

function view(over: Partial<DashboardViewProps> = {}) {
  const props: DashboardViewProps = { project: 'demo', rows, view: initialViewState(), logLines: logs.tail(50), sourceWidth: 5, columns: 140, terminalRows: 30, ...over }
  return render(<DashboardView {...props} />)
}

const lines = (frame: string | undefined) => (frame ?? '').split('\n')
const lineWith = (frame: string | undefined, text: string) => lines(frame).find((l) => l.includes(text)) ?? ''

describe('DashboardView', () => {
  it('shows one row per container with state, health and resources', () => {
    const { lastFrame } = view()
    const f = lastFrame()
    expect(f).toContain('tsc-compose dashboard · demo · 5 containers, 2 running, 1 exited, 1 unhealthy · sort: service')
    expect(lineWith(f, 'demo-web-1')).toMatch(/web +demo-web-1 +running +unhealthy +1m06s +0 +200\.0% +12\.0MiB \/ 512MiB +3 +0\.0\.0\.0:8080->80\/tcp/)
    expect(lineWith(f, 'demo-db-1')).toMatch(/running +healthy .* 0\.00% /)
    expect(lineWith(f, 'demo-worker-1')).toMatch(/exited \(2\) +- +- +5 +- +-/)
    expect(lineWith(f, 'demo-cache-1')).toMatch(/restarting +- +- +3/)
    expect(lineWith(f, 'demo-queue-1')).toMatch(/paused/)
  })

  it('marks the selection and describes it, with the last health check', () => {
    const sel = reduceView(reduceView(initialViewState(), { type: 'down' }, rows), { type: 'down' }, rows)
    const f = view({ view: sel }).lastFrame()
    expect(lineWith(f, '›')).toContain('demo-queue-1')
    const onWeb = reduceView(sel, { type: 'down' }, rows)
    const g = view({ view: onWeb }).lastFrame()
    expect(lineWith(g, '›')).toContain('demo-web-1')
    expect(g).toContain('demo-web-1 · running · health: unhealthy (2 failing) · last check exit 1: wget: connection refused')
  })

  it('shows the logs with source prefixes, the focus, and the key hints', () => {
    const f = view().lastFrame()
    expect(f).toContain('Logs: all services')
    expect(f).toMatch(/web-1 \| GET \/ 200/)
    expect(f).toMatch(/db-1 {2}\| checkpoint complete/)
    expect(f).toContain('q quit')
    const g = view({ view: { ...initialViewState('db') }, logLines: logs.tail(50, { service: 'db' }) }).lastFrame()
    expect(g).toContain('Logs: db')
    expect(g).not.toContain('GET / 200')
  })

  it('drops columns on a narrow terminal and never wraps a line', () => {
    const f = view({ columns: 50 }).lastFrame()
    expect(f).not.toContain('PORTS')
    expect(f).not.toContain('RESTARTS')
    expect(f).toMatch(/NAME +STATE +HEALTH/)
    for (const l of lines(f)) expect(l.length).toBeLessThanOrEqual(50)
    expect(lines(view({ columns: 50, terminalRows: 20 }).lastFrame()).length).toBeLessThanOrEqual(19)
  })

  it('shows help in place of the logs, action outcomes and poll errors', () => {
    const f = view({ view: { ...initialViewState(), help: true }, status: 'Restarted web', error: 'state root busy' }).lastFrame()
    expect(f).toContain('Keys')
    expect(f).toContain('quit (the stack keeps running)')
    expect(f).not.toContain('GET / 200')
    expect(f).toContain('Restarted web')
    expect(f).toContain('poll failed: state root busy')
  })

  it('says it is loading until the first poll', () => {
    const f = view({ rows: [], logLines: [], loading: true }).lastFrame()
    expect(f).toContain('demo · loading…')
    expect(f).not.toContain('no containers')
  })

  it('says when the project has no containers', () => {
    const f = view({ rows: [], logLines: [] }).lastFrame()
    expect(f).toContain('no containers for project demo yet')
    expect(f).toContain('0 containers, 0 running')
  })
})
