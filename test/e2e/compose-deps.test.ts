import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLEAN_KERNEL, ComposeSuite, NOTHING_LEFT } from './compose-harness.js'
import { eventually } from '../helpers/eventually.js'

// Readiness: depends_on conditions, --wait, and the attached exit-code flags CI relies on.
let s: ComposeSuite

beforeAll(async () => {
  s = await ComposeSuite.create('deps')
})

afterAll(async () => {
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

const ORDERED = `
name: ordered
services:
  db:
    image: busybox
    network_mode: none
    command: ["sh", "-c", "sleep 1; touch /shared/db-ready; trap 'exit 0' TERM; while true; do sleep 0.2; done"]
    volumes: [shared:/shared]
    healthcheck:
      test: ["CMD", "test", "-f", "/shared/db-ready"]
      interval: 200ms
      retries: 50
  migrate:
    image: busybox
    network_mode: none
    command: ["sh", "-c", "sleep 0.5; touch /shared/migrated"]
    volumes: [shared:/shared]
  app:
    image: busybox
    network_mode: none
    command: ["sh", "-c", "ls /shared; trap 'exit 0' TERM; while true; do sleep 0.2; done"]
    volumes: [shared:/shared]
    depends_on:
      db: { condition: service_healthy }
      migrate: { condition: service_completed_successfully }
volumes:
  shared: {}
`

describe('compose: dependencies and readiness', () => {
  it('starts a service only once its dependencies are healthy / completed', async () => {
    s.write(ORDERED, 'ordered.yaml')
    const f = ['-f', 'ordered.yaml']
    const up = await s.cli([...f, 'up', '-d'])
    expect(up.code, up.stderr).toBe(0)
    expect(up.stderr).toMatch(/Service db\s+Healthy/)
    await eventually(async () => expect(await s.ok([...f, 'logs', '--no-log-prefix', 'app'])).toBe('db-ready\nmigrated'), 10_000, 200)
    const rows = await s.ps(f, true)
    expect(rows.find((r) => r.Service === 'db')).toMatchObject({ State: 'running', Health: 'healthy' })
    expect(rows.find((r) => r.Service === 'migrate')).toMatchObject({ State: 'exited', ExitCode: 0 })
    // run waits for the same conditions, then runs the one-off
    expect(await s.ok([...f, 'run', '--rm', '-T', 'app', 'ls', '/shared'])).toBe('db-ready\nmigrated')
    await s.ok([...f, 'down', '-v', '-t', '1'])
  })

  it('fails up when a service_completed_successfully dependency fails, naming it', async () => {
    s.write(ORDERED.replace('name: ordered', 'name: failing').replace('touch /shared/migrated', 'exit 3'), 'failing.yaml')
    const f = ['-f', 'failing.yaml']
    const up = await s.cli([...f, 'up', '-d'])
    expect(up.code).toBe(1)
    expect(up.stderr).toContain(`service "migrate" didn't complete successfully: exit 3`)
    expect((await s.ps(f, true)).find((r) => r.Service === 'app')).toBeUndefined()
    await s.ok([...f, 'down', '-v', '-t', '1'])
  })

  it('down removes the network of a job that exited by itself (its endpoint goes with its removal)', async () => {
    s.write(`
name: selfexit
services:
  job:
    image: busybox
    command: ["true"]
  app:
    image: busybox
    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.2; done"]
    depends_on:
      job: { condition: service_completed_successfully }
`, 'selfexit.yaml')
    const f = ['-f', 'selfexit.yaml']
    await s.ok([...f, 'up', '-d'])
    expect((await s.ps(f, true)).find((r) => r.Service === 'job')).toMatchObject({ State: 'exited', ExitCode: 0 })
    const down = await s.cli([...f, 'down', '-t', '1'])
    expect(down.code, down.stderr).toBe(0)
    expect(await s.ok(['network', 'ls', '--format', '{{.Name}}'])).not.toContain('selfexit_default')
    expect(await s.ps(f, true)).toEqual([])
  })

  it('up --wait returns once services are healthy; a service that never is fails it by name', async () => {
    s.write(`
name: waiting
services:
  ok:
    image: busybox
    network_mode: none
    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.2; done"]
    healthcheck: { test: ["CMD", "true"], interval: 200ms }
  never:
    image: busybox
    network_mode: none
    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.2; done"]
    healthcheck: { test: ["CMD", "false"], interval: 200ms, retries: 1000 }
    profiles: [slow]
`, 'waiting.yaml')
    const f = ['-f', 'waiting.yaml']
    const ok = await s.cli([...f, 'up', '-d', '--wait'], { timeoutMs: 30_000 })
    expect(ok.code, ok.stderr).toBe(0)
    expect((await s.ps(f))[0]).toMatchObject({ Service: 'ok', Health: 'healthy' })
    // A one-shot nothing depends on: exit 0 is done (docker/compose#10596), exit 3 fails the
    // wait by name, and one whose policy restarts it after exit 0 is not a job.
    s.write(`
name: waiting
services:
  ok:
    image: busybox
    network_mode: none
    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.2; done"]
  seed:
    image: busybox
    network_mode: none
    command: ["true"]
  broken:
    image: busybox
    network_mode: none
    # still starting (never healthy) when the wait looks, then gone with 3: the wait sees the exit
    command: ["sh", "-c", "sleep 0.5; exit 3"]
    healthcheck: { test: ["CMD", "false"], interval: 200ms, retries: 1000 }
    profiles: [broken]
`, 'jobs.yaml')
    const j = ['-f', 'jobs.yaml']
    const seeded = await s.cli([...j, 'up', '-d', '--wait'], { timeoutMs: 30_000 })
    expect(seeded.code, seeded.stderr).toBe(0)
    expect((await s.ps(j, true)).find((r) => r.Service === 'seed')).toMatchObject({ State: 'exited', ExitCode: 0 })
    const broken = await s.cli([...j, '--profile', 'broken', 'up', '-d', '--wait'], { timeoutMs: 30_000 })
    expect(broken.code).toBe(1)
    expect(broken.stderr).toContain('container for service "broken" exited (3)')
    await s.ok([...j, '--profile', 'broken', 'down', '-t', '1'])
    const t0 = Date.now()
    const slow = await s.cli([...f, '--profile', 'slow', 'up', '-d', '--wait', '--wait-timeout', '2'], { timeoutMs: 30_000 })
    expect(slow.code).toBe(1)
    expect(slow.stderr).toMatch(/never/)
    expect(slow.stderr).not.toMatch(/: .*\bok\b/)
    expect(Date.now() - t0).toBeLessThan(15_000)
    await s.ok([...f, '--profile', 'slow', 'down', '-t', '1'])
  })

  it('--abort-on-container-exit --exit-code-from returns the test container code and stops the rest', async () => {
    s.write(`
name: ci
services:
  server:
    image: busybox
    network_mode: none
    command: ["sh", "-c", "echo serving; trap 'exit 0' TERM; while true; do sleep 0.2; done"]
  tests:
    image: busybox
    network_mode: none
    command: ["sh", "-c", "sleep 1; echo tests failed; exit 4"]
    depends_on: [server]
`, 'ci.yaml')
    const f = ['-f', 'ci.yaml']
    const r = await s.cli([...f, 'up', '--abort-on-container-exit', '--exit-code-from', 'tests'], { timeoutMs: 40_000 })
    expect(r.code, r.stderr).toBe(4)
    expect(r.stdout).toMatch(/tests-1\s+\| tests failed/)
    expect((await s.ps(f, true)).every((c) => c.State === 'exited')).toBe(true)
    // Without --exit-code-from, the service whose exit aborted the stack gives the code
    // (docker compose v2), not the server it stopped (143) nor 0.
    const plain = await s.cli([...f, 'up', '--abort-on-container-exit'], { timeoutMs: 40_000 })
    expect(plain.code, plain.stderr).toBe(4)
    await s.ok([...f, 'down', '-t', '1'])
  })

  it('a missing image fails up naming the service', async () => {
    s.write(`
name: noimage
services:
  lost:
    image: not-imported:1.0
    network_mode: none
`, 'noimage.yaml')
    const r = await s.cli(['-f', 'noimage.yaml', 'up', '-d'])
    expect(r.code).not.toBe(0)
    expect(r.stderr).toContain('service "lost"')
    expect(r.stderr).toContain('not-imported:1.0')
    expect(await s.ps(['-f', 'noimage.yaml'], true)).toEqual([])
  })

  it('leaves no kernel objects behind', async () => {
    expect(await s.ok(['ls', '-aq'])).toBe('')
    await eventually(() => expect(s.leftovers()).toEqual(CLEAN_KERNEL), 5000, 100)
  })
})
