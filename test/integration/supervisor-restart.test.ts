/**
 * Restart policies and healthchecks, done by the supervisor alone: this process only reads
 * state.json and the event log (and kills the container from the host).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readState } from '../../packages/runtime/src/containers/state-file.js'
import { eventually } from '../helpers/eventually.js'
import { gone, idOf, printed, SupervisorSuite } from './supervisor-fixture.js'

const suite = new SupervisorSuite('tsc-suprs-')
beforeAll(() => suite.setup())
afterAll(() => suite.teardown())

describe('supervisor restart policies', () => {
  it('restart always: a container SIGKILLed from the host comes back with no CLI involved', async () => {
    const b = suite.box({ argv: suite.sh('while :; do sleep 0.05; done'), restart: { policy: 'always' } })
    const { pid } = await suite.start(b)
    process.kill(pid, 'SIGKILL')
    const back = await eventually(() => {
      const s = readState(b.dir)!
      expect(s).toMatchObject({ status: 'running', restartCount: 1 })
      expect(s.pid).not.toBe(pid)
      return s
    })
    expect(() => process.kill(back.pid, 0)).not.toThrow()
    // state.json is written before the event is appended
    await eventually(() => expect(suite.events(idOf(b)).map((e) => e.action)).toEqual(['start', 'die', 'restart', 'start']))
    expect(suite.events(idOf(b)).find((e) => e.action === 'die')!.attributes.exitCode).toBe('137')
    // a manual stop is final even with `always`
    expect(await b.client.stop(9, 0)).toBe(137)
    await gone(b)
    expect(readState(b.dir)).toMatchObject({ status: 'exited', restartCount: 1, manualStop: true })
  })

  it('on-failure:2 restarts twice with docker back-off (100 ms, then 200 ms), then gives up', async () => {
    const b = suite.box({ argv: suite.sh('exit 1'), restart: { policy: 'on-failure', max: 2 } })
    await suite.start(b)
    await gone(b)
    expect(readState(b.dir)).toMatchObject({ status: 'exited', exitCode: 1, restartCount: 2 })
    const ev = suite.events(idOf(b))
    expect(ev.map((e) => e.action)).toEqual(['start', 'die', 'restart', 'start', 'die', 'restart', 'start', 'die'])
    const dies = ev.filter((e) => e.action === 'die').map((e) => e.timeNano)
    const starts = ev.filter((e) => e.action === 'start').map((e) => e.timeNano)
    const gap1 = (starts[1]! - dies[0]!) / 1e6
    const gap2 = (starts[2]! - dies[1]!) / 1e6
    expect(gap1).toBeGreaterThanOrEqual(95)
    expect(gap1).toBeLessThan(600)
    expect(gap2).toBeGreaterThanOrEqual(195)
    expect(gap2).toBeLessThan(800)
  })

  it('on-failure does not restart a clean exit; unless-stopped stays down after kill', async () => {
    const b = suite.box({ argv: suite.sh('exit 0'), restart: { policy: 'on-failure' } })
    await suite.start(b)
    await gone(b)
    expect(readState(b.dir)).toMatchObject({ exitCode: 0, restartCount: 0 })

    // a signal other than the stop signal: a manual stop for unless-stopped, not for always
    const loop = 'trap "exit 3" USR1; echo ready; while :; do sleep 0.05; done'
    const c = suite.box({ argv: suite.sh(loop), restart: { policy: 'unless-stopped' } })
    await suite.start(c)
    await printed(c, 'ready')
    await c.client.kill(10)
    await gone(c)
    expect(readState(c.dir)).toMatchObject({ exitCode: 3, restartCount: 0, manualStop: true })

    const d = suite.box({ argv: suite.sh(loop), restart: { policy: 'always' } })
    await suite.start(d)
    await printed(d, 'ready')
    await d.client.kill(10)
    await eventually(() => expect(readState(d.dir)).toMatchObject({ status: 'running', restartCount: 1 }))
    await d.client.stop(9, 0)
    await gone(d)
  })

  it('stop during the back-off cancels the restart', async () => {
    const b = suite.box({ argv: suite.sh('sleep 0.1; exit 2'), restart: { policy: 'always' } })
    await suite.start(b)
    // catch it in `restarting` (after a few quick exits the back-off is long enough)
    await eventually(() => expect(readState(b.dir)).toMatchObject({ status: 'restarting' }), 10_000, 5)
    expect(await b.client.stop(15, 1)).toBe(2)
    await gone(b)
    expect(readState(b.dir)?.status).toBe('exited')
  })
})

describe('supervisor healthchecks', () => {
  const health = (argv: string[]) => ({
    argv,
    intervalMs: 150,
    timeoutMs: 2000,
    retries: 2,
    startPeriodMs: 0,
    startIntervalMs: 100,
  })

  it('a failing check turns the container unhealthy after `retries` failures', async () => {
    const b = suite.box({ argv: suite.sh('while :; do sleep 0.05; done'), health: health(['/bin/sh', '-c', 'echo nope; exit 1']) })
    await suite.start(b)
    expect(readState(b.dir)?.health.status).toBe('starting')
    const s = await eventually(() => {
      const st = readState(b.dir)!
      expect(st.health.status).toBe('unhealthy')
      return st
    }, 10_000)
    expect(s.health.failingStreak).toBeGreaterThanOrEqual(2)
    expect(s.health.log.at(-1)).toMatchObject({ exitCode: 1, output: 'nope\n' })
    expect(suite.events(idOf(b)).map((e) => e.action)).toContain('health_status: unhealthy')
    await b.client.stop(9, 0)
    await gone(b)
  })

  it('a passing check turns it healthy; a hung check is killed at the timeout', async () => {
    const b = suite.box({ argv: suite.sh('while :; do sleep 0.05; done'), health: health(['/bin/true']) })
    await suite.start(b)
    await eventually(() => expect(readState(b.dir)?.health.status).toBe('healthy'), 10_000)
    expect(suite.events(idOf(b)).map((e) => e.action)).toContain('health_status: healthy')
    await b.client.stop(9, 0)
    await gone(b)

    const c = suite.box({
      argv: suite.sh('while :; do sleep 0.05; done'),
      health: { ...health(['/bin/sleep', '30']), timeoutMs: 300, retries: 1 },
    })
    await suite.start(c)
    const s = await eventually(() => {
      const st = readState(c.dir)!
      expect(st.health.status).toBe('unhealthy')
      return st
    }, 10_000)
    expect(s.health.log[0]).toMatchObject({ exitCode: -1 })
    expect(s.health.log[0]!.output).toMatch(/exceeded timeout/)
    await c.client.stop(9, 0)
    await gone(c)
  })
})
