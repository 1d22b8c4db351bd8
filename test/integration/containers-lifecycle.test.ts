import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually } from '../helpers/eventually.js'
import { ContainersSuite, NOTHING_LEFT } from './containers-harness.js'

// The lifecycle through the built CLI, with the supervisor carrying on after the CLI exits.
let s: ContainersSuite

beforeAll(async () => {
  s = await ContainersSuite.create('life')
})

afterAll(async () => {
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

const inspect = async (ref: string) => JSON.parse(await s.ok(['container', 'inspect', ref]))[0]

describe('containers: lifecycle', () => {
  it('keeps logs readable after the CLI that started the container exited', async () => {
    const id = await s.ok(['container', 'run', '-d', '--name', 'logger', 'busybox', 'sh', '-c', 'echo one; echo two >&2; echo three'])
    expect(await s.ok(['container', 'wait', id])).toBe('0')
    const r = await s.cli(['container', 'logs', 'logger'])
    expect(r.stdout).toBe('one\nthree\n')
    expect(r.stderr).toBe('two\n')
    // stdout and stderr are read from two pipes: the last line is one of them
    const tail = await s.cli(['container', 'logs', '--tail', '1', 'logger'])
    expect((tail.stdout + tail.stderr).trim().split('\n')).toHaveLength(1)
    expect(await s.ok(['container', 'logs', '-t', 'logger'])).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z one\n/)
    await s.ok(['container', 'rm', 'logger'])
  })

  it('exec sees the same filesystem and pid namespace', async () => {
    const id = await s.ok(['container', 'run', '-d', 'busybox', 'sh', '-c', 'echo hello > /tmp/f; exec sleep 60'])
    try {
      await eventually(async () => expect(await s.ok(['container', 'exec', id, 'cat', '/tmp/f'])).toBe('hello'))
      expect(await s.ok(['container', 'exec', id, 'sh', '-c', 'cat /proc/1/comm; echo $$'])).toMatch(/^sleep\n\d+$/)
      expect(await s.ok(['container', 'exec', '-u', 'nobody', '-w', '/tmp', '-e', 'X=y', id, 'sh', '-c', 'echo $(id -u) $PWD $X'])).toBe('65534 /tmp y')
      expect((await s.cli(['container', 'exec', id, 'sh', '-c', 'exit 7'])).code).toBe(7)
      expect((await s.cli(['container', 'exec', id, 'nope'])).code).toBe(127)
      expect(await s.ok(['container', 'exec', '-i', id, 'cat'], { input: 'piped\n' })).toBe('piped')
      const top = await s.ok(['container', 'top', id])
      expect(top).toMatch(/PID/)
      expect(top).toMatch(/sleep 60/)
    } finally {
      await s.ok(['container', 'rm', '-f', id])
    }
  })

  it('stop sends the stop signal then SIGKILL; kill and wait report exit codes', async () => {
    const id = await s.ok(['container', 'run', '-d', 'busybox', 'sh', '-c', 'trap "exit 3" TERM; while true; do sleep 0.1; done'])
    await eventually(async () => expect((await inspect(id)).State.Running).toBe(true))
    await s.ok(['container', 'stop', id])
    expect((await inspect(id)).State).toMatchObject({ Status: 'exited', ExitCode: 3 })
    // PID 1 ignores SIGTERM without a handler: the grace period ends in SIGKILL
    await s.ok(['container', 'start', id])
    const stubborn = await s.ok(['container', 'run', '-d', 'busybox', 'sleep', '60'])
    const t0 = Date.now()
    await s.ok(['container', 'stop', '-t', '1', stubborn])
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900)
    expect((await inspect(stubborn)).State.ExitCode).toBe(137)
    await s.ok(['container', 'kill', '-s', 'TERM', id])
    expect(await s.ok(['container', 'wait', id])).toBe('3')
    const notRunning = await s.cli(['container', 'kill', id])
    expect(notRunning.code).toBe(1)
    expect(notRunning.stderr).toMatch(/is not running/)
    await s.ok(['container', 'rm', id, stubborn])
  })

  it('a --restart always container killed from the host comes back with no CLI running', async () => {
    const id = await s.ok(['container', 'run', '-d', '--restart', 'always', 'busybox', 'sleep', '60'])
    const pid = (await inspect(id)).State.Pid
    expect(pid).toBeGreaterThan(0)
    process.kill(pid, 'SIGKILL')
    await eventually(async () => {
      const st = await inspect(id)
      expect(st.State.Running).toBe(true)
      expect(st.State.Pid).not.toBe(pid)
      expect(st.RestartCount).toBeGreaterThanOrEqual(1)
    }, 10_000)
    await s.ok(['container', 'rm', '-f', id])
  })

  it('a failing healthcheck turns the container unhealthy', async () => {
    const id = await s.ok([
      'container', 'run', '-d', '--health-cmd', 'test -e /tmp/ok', '--health-interval', '100ms', '--health-retries', '2', '--health-timeout', '1s',
      'busybox', 'sleep', '60',
    ])
    await eventually(async () => expect((await inspect(id)).State.Health.Status).toBe('unhealthy'), 10_000)
    const h = (await inspect(id)).State.Health
    expect(h.FailingStreak).toBeGreaterThanOrEqual(2)
    expect(h.Log.at(-1).ExitCode).toBe(1)
    expect(await s.ok(['container', 'ps', '--format', '{{.Status}}', '--filter', `id=${id}`])).toMatch(/\(unhealthy\)/)
    await s.ok(['container', 'exec', id, 'touch', '/tmp/ok'])
    await eventually(async () => expect((await inspect(id)).State.Health.Status).toBe('healthy'), 10_000)
    await s.ok(['container', 'rm', '-f', id])
  })

  it('pause, unpause, rename, ps filters and formats', async () => {
    const id = await s.ok(['container', 'run', '-d', '--name', 'p1', '--label', 'tier=web', 'busybox', 'sleep', '60'])
    await s.ok(['container', 'pause', 'p1'])
    expect((await inspect(id)).State).toMatchObject({ Status: 'paused', Paused: true, Running: true })
    expect((await s.cli(['container', 'exec', 'p1', 'true'])).code).toBe(1)
    await s.ok(['container', 'unpause', 'p1'])
    await s.ok(['container', 'rename', 'p1', 'p2'])
    expect((await inspect('p2')).Name).toBe('/p2')
    expect((await s.cli(['container', 'inspect', 'p1'])).code).toBe(1)
    expect(await s.ok(['container', 'ps', '-q', '--filter', 'label=tier=web'])).toBe(id.slice(0, 12))
    const row = JSON.parse(await s.ok(['container', 'ps', '--format', 'json', '--filter', 'name=p2']))
    expect(row).toMatchObject({ ID: id.slice(0, 12), Names: 'p2', Image: 'busybox', State: 'running', Labels: 'tier=web' })
    const table = await s.ok(['container', 'ps', '-a'])
    expect(table.split('\n')[0]).toMatch(/^CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES$/)
    await s.ok(['container', 'rm', '-f', 'p2'])
  })

  it('events: create, start, die, destroy, pause, rename in one log', async () => {
    const since = String(Date.now() / 1000 - 1)
    const id = await s.ok(['container', 'run', '-d', '--name', 'ev', 'busybox', 'true'])
    await s.ok(['container', 'wait', id])
    await s.ok(['container', 'rename', 'ev', 'ev2'])
    await s.ok(['container', 'rm', 'ev2'])
    const until = String(Date.now() / 1000 + 0.001)
    const lines = (await s.ok(['container', 'events', '--since', since, '--until', until, '--filter', `container=${id}`, '--format', '{{.Action}}'])).split('\n')
    expect(lines).toEqual(['create', 'start', 'die', 'rename', 'destroy'])
    const json = JSON.parse((await s.ok(['system', 'events', '--since', since, '--until', until, '--filter', 'event=die', '--filter', `container=${id}`, '--format', 'json'])).split('\n')[0]!)
    expect(json).toMatchObject({ Type: 'container', Action: 'die', Actor: { ID: id, Attributes: { exitCode: '0', image: 'busybox' } } })
  })

  it('run -d --rm removes the container once it exits; -i passes stdin', async () => {
    const id = await s.ok(['container', 'run', '-d', '--rm', 'busybox', 'true'])
    await eventually(() => expect(s.containerDirs().filter((d) => d.includes(id))).toEqual([]), 10_000)
    expect(await s.ok(['container', 'run', '--rm', '-i', 'busybox', 'tr', 'a-z', 'A-Z'], { input: 'shout\n' })).toBe('SHOUT')
  })
})
