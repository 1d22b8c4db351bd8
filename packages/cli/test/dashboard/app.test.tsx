import * as compose from '@tsc-compose/compose'
import { cleanup, render } from 'ink-testing-library'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/dashboard/App.js'
import { createRuntimeSource, type DashboardSource } from '../../src/dashboard/data-source.js'
import { state } from './fixtures.js'
import { FakeRuntime } from './fake-runtime.js'

afterEach(() => cleanup())

const DOWN = '\u001B[B'
const UP = '\u001B[A'
const ENTER = '\r'

function setup() {
  const rt = new FakeRuntime()
  const api = rt.add('demo', 'api', 1, { state: state({ health: { Status: 'unhealthy', FailingStreak: 1, Log: [{ Start: '', End: '', ExitCode: 1, Output: 'curl: (7) refused' }] } }) })
  const web = rt.add('demo', 'web', 1, { Ports: '0.0.0.0:8080->80/tcp' })
  rt.log(api, 'api listening')
  rt.log(web, 'web ready')
  const base = createRuntimeSource({ project: 'demo', runtime: rt, compose })
  let aborted: AbortSignal | undefined
  const source: DashboardSource = {
    ...base,
    followLogs(req) {
      aborted = req.signal
      return base.followLogs(req)
    },
  }
  const app = render(<App source={source} pollMs={20} size={{ columns: 120, rows: 24 }} statusMs={60_000} />)
  const frame = () => app.lastFrame() ?? ''
  const selected = () => frame().split('\n').find((l) => l.startsWith('›')) ?? ''
  const press = async (key: string) => {
    app.stdin.write(key)
    await new Promise((r) => setTimeout(r, 30))
  }
  return { rt, api, web, app, frame, selected, press, signal: () => aborted }
}

describe('App', () => {
  it('renders the live table and the interleaved logs', async () => {
    const { frame } = setup()
    await vi.waitFor(() => expect(frame()).toMatch(/api +demo-api-1 +running +unhealthy/))
    expect(frame()).toMatch(/web +demo-web-1 +running/)
    await vi.waitFor(() => expect(frame()).toMatch(/api-1 \| api listening/))
    expect(frame()).toMatch(/web-1 \| web ready/)
    expect(frame()).toContain('last check exit 1: curl: (7) refused')
  })

  it('moves the selection with the arrows and focuses the logs of the selection', async () => {
    const { frame, selected, press } = setup()
    await vi.waitFor(() => expect(frame()).toMatch(/web-1 \| web ready/))
    expect(selected()).toContain('demo-api-1')
    await press(DOWN)
    expect(selected()).toContain('demo-web-1')
    await press(DOWN)
    expect(selected()).toContain('demo-web-1')
    await press(ENTER)
    await vi.waitFor(() => expect(frame()).toContain('Logs: web'))
    expect(frame()).not.toContain('api listening')
    await press(UP)
    await press('l')
    await vi.waitFor(() => expect(frame()).toContain('Logs: api'))
    expect(frame()).not.toContain('web ready')
    await press('a')
    await vi.waitFor(() => expect(frame()).toContain('Logs: all services'))
    expect(frame()).toContain('web ready')
  })

  it('restarts the selected service and toggles stop/start', async () => {
    const { rt, frame, press } = setup()
    await vi.waitFor(() => expect(frame()).toMatch(/demo-web-1 +running/))
    await press(DOWN)
    await press('r')
    await vi.waitFor(() => expect(frame()).toContain('Restarted web'))
    await press('s')
    await vi.waitFor(() => expect(frame()).toContain('Stopped web'))
    await vi.waitFor(() => expect(frame()).toMatch(/demo-web-1 +exited \(0\)/))
    await press('s')
    await vi.waitFor(() => expect(frame()).toContain('Started web'))
    await vi.waitFor(() => expect(frame()).toMatch(/demo-web-1 +running/))
    expect(rt.calls).toEqual(['stop demo-web-1', 'start demo-web-1', 'stop demo-web-1', 'start demo-web-1'])
  })

  it('shows an action error in the footer', async () => {
    const { rt, frame, press } = setup()
    rt.containers.stop = async () => {
      throw new Error('container is being removed')
    }
    await vi.waitFor(() => expect(frame()).toMatch(/demo-api-1/))
    await press('r')
    await vi.waitFor(() => expect(frame()).toContain('Error: api: container is being removed'))
  })

  it('toggles help, sorts, and quits on q without touching the stack', async () => {
    const { rt, frame, press, signal } = setup()
    await vi.waitFor(() => expect(frame()).toMatch(/demo-api-1/))
    await press('?')
    expect(frame()).toContain('quit (the stack keeps running)')
    await press('?')
    expect(frame()).not.toContain('quit (the stack keeps running)')
    await press('o')
    expect(frame()).toContain('sort: cpu')
    await press('q')
    await vi.waitFor(() => expect(signal()?.aborted).toBe(true))
    expect(rt.calls).toEqual([])
  })

  it('quits on ctrl-c too', async () => {
    const { frame, press, signal } = setup()
    await vi.waitFor(() => expect(frame()).toMatch(/demo-api-1/))
    await press('\u0003')
    await vi.waitFor(() => expect(signal()?.aborted).toBe(true))
  })
})
