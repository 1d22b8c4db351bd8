/**
 * CVE-2019-5736 for healthchecks: the run supervisor starts each probe itself, and the
 * process that joins the container runs our binary until it execve()s the check. The probe
 * must come from a sealed memfd copy (native/supervisor/health.c), never from the host path.
 *
 * To observe that window the check is `/proc/self/exe start <fifo>`: the kernel re-runs the
 * probe's own exe inside the container (the CVE's trick), and that binary then blocks opening
 * a FIFO nobody writes, until the healthcheck timeout kills it. Unprotected, its exe is the
 * host's tsc-supervisor (checked before the fix).
 */
import { execFileSync } from 'node:child_process'
import { closeSync, openSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readState } from '../../packages/runtime/src/containers/state-file.js'
import { eventually } from '../helpers/eventually.js'
import { gone, SupervisorSuite } from './supervisor-fixture.js'

const suite = new SupervisorSuite('tsc-healthhard-')
beforeAll(() => suite.setup())
afterAll(() => suite.teardown())

const health = (argv: string[], timeoutMs = 2000) => ({
  argv,
  intervalMs: 150,
  timeoutMs,
  retries: 1,
  startPeriodMs: 0,
  startIntervalMs: 100,
})

/** Host pids whose argv contains `marker`. */
function pidsWith(marker: string): number[] {
  const out: number[] = []
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue
    try {
      if (readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(marker)) out.push(Number(d))
    } catch {
      // gone meanwhile
    }
  }
  return out
}

const status = (pid: number, key: string) =>
  readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${key}:\\s*(.*)$`, 'm'))![1]

describe('healthchecks do not expose the host tsc-supervisor binary', () => {
  it('the probe runs from a sealed memfd, in the container, as the supervisor\'s child; the timeout kills it', async () => {
    const fifo = join(suite.root, 'never-written.fifo')
    execFileSync('mkfifo', [fifo])
    const b = suite.box({
      argv: suite.sh('while :; do sleep 0.05; done'),
      health: health(['/proc/self/exe', 'start', fifo], 4000),
    })
    const { pid: init } = await suite.start(b)
    try {
      const probe = await eventually(() => {
        const p = pidsWith(fifo).filter((q) => q !== init)
        expect(p).toHaveLength(1)
        return p[0]!
      }, 5000)
      expect(readlinkSync(`/proc/${probe}/exe`)).toBe('/memfd:tsc-supervisor (deleted)')
      expect(() => closeSync(openSync(`/proc/${probe}/exe`, 'r+'))).toThrow(/ETXTBSY|EPERM/)
      // unchanged semantics: the container's namespaces and cgroup, and the supervisor reaps it
      for (const ns of ['pid', 'mnt', 'ipc', 'uts', 'cgroup'])
        expect(readlinkSync(`/proc/${probe}/ns/${ns}`)).toBe(readlinkSync(`/proc/${init}/ns/${ns}`))
      expect(readFileSync(`/proc/${probe}/cgroup`, 'utf8')).toBe(readFileSync(`/proc/${init}/cgroup`, 'utf8'))
      expect(Number(status(probe, 'PPid'))).toBe(readState(b.dir)!.supervisorPid)

      const s = await eventually(() => {
        const st = readState(b.dir)!
        expect(st.health.status).toBe('unhealthy')
        return st
      }, 10_000)
      expect(s.health.log[0]).toMatchObject({ exitCode: -1, output: 'Health check exceeded timeout (4s)' })
      await eventually(() => expect(pidsWith(fifo).filter((q) => q !== init)).toEqual([]), 5000)
    } finally {
      await b.client.stop(9, 0)
    }
    await gone(b)
  })

  it('the probe keeps the container user, environment, exit code and output', async () => {
    const b = suite.box({
      argv: suite.sh('while :; do sleep 0.05; done'),
      uid: 65534,
      gid: 65534,
      env: ['PATH=/usr/sbin:/usr/bin:/sbin:/bin', 'HOME=/', 'PROBE_MARK=xyz'],
      health: health(['/bin/sh', '-c', 'echo "u=$(id -u) g=$(id -g) m=$PROBE_MARK"; echo err >&2; exit 3']),
    })
    await suite.start(b)
    const s = await eventually(() => {
      const st = readState(b.dir)!
      expect(st.health.status).toBe('unhealthy')
      return st
    }, 10_000)
    expect(s.health.log[0]).toMatchObject({ exitCode: 3, output: 'u=65534 g=65534 m=xyz\nerr\n' })
    await b.client.stop(9, 0)
    await gone(b)
  })
})
