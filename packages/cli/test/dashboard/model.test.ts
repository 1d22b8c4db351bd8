import { describe, expect, it } from 'vitest'
import { buildRows, cpuPercent, serviceIsUp, servicesOf, sortRows, stateLabel, summarize, toRow } from '../../src/dashboard/model.js'
import { container, later, snapshot, state, T0 } from './fixtures.js'

describe('cpuPercent', () => {
  it('is the container CPU time delta over the host CPU time delta, times the online CPUs', () => {
    // 0.5 s of CPU over 1 s of wall time on 4 CPUs (4 s of host CPU time): half a core.
    expect(cpuPercent({ containerNs: 1e9, systemNs: 100e9 }, { containerNs: 1.5e9, systemNs: 104e9 }, 4)).toBeCloseTo(50)
  })
  it('is unknown without a previous sample, and when a counter went backwards', () => {
    expect(cpuPercent(undefined, { containerNs: 1e9, systemNs: 1e9 }, 4)).toBeUndefined()
    expect(cpuPercent({ containerNs: 5e9, systemNs: 1e9 }, { containerNs: 1e9, systemNs: 2e9 }, 4)).toBeUndefined()
    expect(cpuPercent({ containerNs: 1e9, systemNs: 2e9 }, { containerNs: 1e9, systemNs: 2e9 }, 4)).toBeUndefined()
  })
  it('is 0 for an idle container', () => {
    expect(cpuPercent({ containerNs: 1e9, systemNs: 1e9 }, { containerNs: 1e9, systemNs: 5e9 }, 4)).toBe(0)
  })
})

describe('rows', () => {
  it('turn a snapshot into one row per container, CPU % against the previous snapshot', () => {
    const first = snapshot([container('web', 1), container('db', 1, { ports: '0.0.0.0:5432->5432/tcp' })])
    expect(buildRows(first).map((r) => r.cpuPercent)).toEqual([undefined, undefined])
    const rows = buildRows(later(first, { web: 2e9, db: 0 }), first)
    expect(rows.map((r) => [r.service, r.stateLabel, r.cpuPercent])).toEqual([
      ['db', 'running', 0],
      ['web', 'running', 200],
    ])
    expect(rows[0]).toMatchObject({ name: 'demo-db-1', memoryUsed: 12 * 1024 * 1024, memoryLimit: 512 * 1024 * 1024, pids: 3, ports: '0.0.0.0:5432->5432/tcp', uptimeMs: 66_000, restarts: 0 })
  })

  it('show exited with its code, restarting, paused; no usage or uptime when not up', () => {
    const exited = toRow(container('job', 1, { state: state({ status: 'exited', exitCode: 137 }), usage: undefined }), T0)
    expect(exited).toMatchObject({ stateLabel: 'exited (137)', status: 'exited' })
    expect(exited.uptimeMs).toBeUndefined()
    expect(exited.memoryUsed).toBeUndefined()
    expect(toRow(container('w', 1, { state: state({ status: 'restarting', exitCode: 1, restartCount: 4 }) }), T0)).toMatchObject({ stateLabel: 'restarting', restarts: 4 })
    expect(toRow(container('w', 1, { state: state({ status: 'paused' }) }), T0)).toMatchObject({ stateLabel: 'paused', uptimeMs: 65_000 })
    expect(stateLabel({ status: 'created', exitCode: 0 })).toBe('created')
  })

  it('carry the health status and the last check', () => {
    const health = {
      Status: 'unhealthy' as const,
      FailingStreak: 3,
      Log: [
        { Start: '', End: '', ExitCode: 0, Output: 'ok' },
        { Start: '', End: '', ExitCode: 1, Output: 'wget: connection refused\n' },
      ],
    }
    const row = toRow(container('api', 1, { state: state({ health }) }), T0)
    expect(row.health).toBe('unhealthy')
    expect(row.lastCheck).toEqual({ exitCode: 1, output: 'wget: connection refused\n', failingStreak: 3 })
    expect(toRow(container('api', 1, { state: state({ health: { Status: 'starting', FailingStreak: 0, Log: [] } }) }), T0)).toMatchObject({ health: 'starting' })
    expect(toRow(container('api'), T0).health).toBeUndefined()
    // docker shows no health for a stopped container, whatever its state file last said.
    expect(toRow(container('api', 1, { state: state({ status: 'exited', health }) }), T0)).not.toHaveProperty('health')
  })

  it('do not compare CPU across a restart (the new cgroup counter starts over)', () => {
    const first = snapshot([container('web')])
    const restarted = { ...later(first, { web: 1e9 }), containers: later(first, { web: 1e9 }).containers.map((c) => ({ ...c, state: state({ startedAt: new Date(T0).toISOString() }) })) }
    expect(buildRows(restarted, first)[0]!.cpuPercent).toBeUndefined()
  })
})

describe('sortRows', () => {
  const rows = buildRows(
    later(
      snapshot([
        container('web', 2),
        container('web', 1),
        container('db', 1, { usage: { cpu: { containerNs: 0, systemNs: 100e9 }, memoryUsed: 900, memoryLimit: 1000, pids: 1 } }),
        container('run', 1, { oneoff: true, name: 'demo-web-run-1a2b', service: 'web' }),
        container('cache', 1, { state: state({ status: 'exited', exitCode: 0 }), usage: undefined }),
      ]),
      { web: 1e9, db: 3e9 },
    ),
    snapshot([container('web', 2), container('web', 1), container('db', 1, { usage: { cpu: { containerNs: 0, systemNs: 100e9 }, memoryUsed: 900, memoryLimit: 1000, pids: 1 } })]),
  )
  it('orders by service, then replica number, one-offs last', () => {
    expect(sortRows(rows).map((r) => r.name)).toEqual(['demo-cache-1', 'demo-db-1', 'demo-web-1', 'demo-web-2', 'demo-web-run-1a2b'])
  })
  it('puts the busiest first by CPU or memory, stopped containers last', () => {
    expect(sortRows(rows, 'cpu').map((r) => r.name).slice(0, 3)).toEqual(['demo-db-1', 'demo-web-1', 'demo-web-2'])
    expect(sortRows(rows, 'cpu').at(-1)!.name).toBe('demo-cache-1')
    expect(sortRows(rows, 'memory').map((r) => r.name)[0]).toBe('demo-web-1')
    expect(sortRows(rows, 'memory').map((r) => r.name).at(-1)).toBe('demo-cache-1')
  })
  it('summarizes and lists services in table order', () => {
    expect(summarize(rows)).toEqual({ containers: 5, running: 4, unhealthy: 0, exited: 1 })
    expect(servicesOf(rows)).toEqual(['cache', 'db', 'web'])
    expect(serviceIsUp(rows, 'web')).toBe(true)
    expect(serviceIsUp(rows, 'cache')).toBe(false)
  })
})
