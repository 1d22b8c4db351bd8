import * as compose from '@tsc-compose/compose'
import { describe, expect, it } from 'vitest'
import { createRuntimeSource } from '../../src/dashboard/data-source.js'
import { buildRows } from '../../src/dashboard/model.js'
import { state } from './fixtures.js'
import { FakeRuntime } from './fake-runtime.js'

function stack() {
  const rt = new FakeRuntime()
  const web = rt.add('demo', 'web', 1, { Ports: '0.0.0.0:8080->80/tcp', cpu: { containerNs: 1e9, systemNs: 100e9 } })
  const web2 = rt.add('demo', 'web', 2)
  const db = rt.add('demo', 'db', 1, { state: state({ status: 'exited', exitCode: 3 }) })
  rt.add('demo', 'web', 1, { oneoff: true, Names: 'demo-web-run-abc' })
  rt.add('other', 'web', 1)
  return { rt, web, web2, db }
}

describe('runtime source', () => {
  it('polls the project containers with their state and usage, not other projects', async () => {
    const { rt } = stack()
    const src = createRuntimeSource({ project: 'demo', runtime: rt, compose, onlineCpus: 2, now: () => 1000 })
    const snap = await src.poll()
    expect(snap).toMatchObject({ project: 'demo', at: 1000, onlineCpus: 2 })
    const rows = buildRows(snap)
    expect(rows.map((r) => [r.name, r.service, r.number, r.oneoff, r.stateLabel])).toEqual([
      ['demo-db-1', 'db', 1, false, 'exited (3)'],
      ['demo-web-1', 'web', 1, false, 'running'],
      ['demo-web-2', 'web', 2, false, 'running'],
      ['demo-web-run-abc', 'web', 1, true, 'running'],
    ])
    expect(rows[1]).toMatchObject({ ports: '0.0.0.0:8080->80/tcp', memoryUsed: 1024 * 1024, memoryLimit: 64 * 1024 * 1024, pids: 2 })
    expect(rows[0]!.memoryUsed).toBeUndefined()
  })

  it('computes CPU % across two polls', async () => {
    const { rt, web } = stack()
    const src = createRuntimeSource({ project: 'demo', runtime: rt, compose, onlineCpus: 2 })
    const first = await src.poll()
    web.cpu = { containerNs: 2e9, systemNs: 102e9 }
    const rows = buildRows(await src.poll(), first)
    expect(rows.find((r) => r.name === 'demo-web-1')!.cpuPercent).toBeCloseTo(100)
  })

  it('shows only the selected services', async () => {
    const { rt } = stack()
    const src = createRuntimeSource({ project: 'demo', runtime: rt, compose, services: new Set(['db']) })
    expect((await src.poll()).containers.map((c) => c.name)).toEqual(['demo-db-1'])
  })

  it('keeps polling when a container vanishes between the list and the reads', async () => {
    const { rt, web2 } = stack()
    rt.statsFails.add(web2.id)
    const src = createRuntimeSource({ project: 'demo', runtime: rt, compose })
    const snap = await src.poll()
    expect(snap.containers.find((c) => c.name === 'demo-web-2')!.usage).toBeUndefined()
    expect(snap.containers.find((c) => c.name === 'demo-web-1')!.usage).toBeDefined()
    const real = rt.containers.state
    rt.containers.state = (ref: string) => (ref === web2.id ? (() => { throw new Error('gone') })() : real(ref))
    expect((await src.poll()).containers.map((c) => c.name)).not.toContain('demo-web-2')
  })

  it('restarts, stops and starts every container of a service, not its one-offs', async () => {
    const { rt } = stack()
    const src = createRuntimeSource({ project: 'demo', runtime: rt, compose })
    await src.restartService('web')
    expect(rt.calls.sort()).toEqual(['start demo-web-1', 'start demo-web-2', 'stop demo-web-1', 'stop demo-web-2'])
    rt.calls.length = 0
    await src.stopService('web')
    await src.startService('db')
    expect(rt.calls.sort()).toEqual(['start demo-db-1', 'stop demo-web-1', 'stop demo-web-2'])
  })

  it('restarts only once the stop is recorded (a start before that would be a no-op)', async () => {
    const { rt, web } = stack()
    const stop = rt.containers.stop
    // The exit reaches the state file 100 ms after stop() resolved.
    rt.containers.stop = async (ref: string) => {
      rt.calls.push(`stop ${rt.byId.get(ref)!.Names}`)
      setTimeout(() => (rt.byId.get(ref)!.state = state({ status: 'exited' })), 100)
    }
    const start = rt.containers.start
    rt.containers.start = async (ref: string) => {
      if (rt.byId.get(ref)!.state.status === 'running') throw new Error('start while running: a no-op in the real runtime')
      return start(ref)
    }
    const src = createRuntimeSource({ project: 'demo', runtime: rt, compose, services: new Set(['web']) })
    await src.restartService('web')
    expect(web.state.status).toBe('running')
    rt.containers.stop = stop
  })
})
