import type { ChildProcess } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CgroupManager } from '../../packages/runtime/src/cgroups/index.js'
import { isTscError } from '../../packages/runtime/src/errors.js'
import { eventually } from '../helpers/eventually.js'
import { CgroupSuite, exited } from './cgroups-fixture.js'

// Real cgroup v1 hierarchies of this hybrid host; a unique parent per run.
const tag = `tsc-itcg1-${process.pid}-${Date.now().toString(36)}`
const suite = new CgroupSuite(tag)
const M = 1024 * 1024
let mgr: CgroupManager

/** A sleeping shell whose argv carries the marker; it waits for a line on stdin before `then`. */
function sleeper(then = 'exec sleep 600'): ChildProcess {
  return suite.shell(`read go; ${then}`, ['pipe', 'ignore', 'ignore'])
}

beforeAll(() => {
  mgr = suite.setup()
})
afterAll(() => suite.teardown())

describe('cgroup v1 on the real kernel (hybrid host)', () => {
  it('detects v1 with the unified mount alongside', () => {
    expect(mgr.version).toBe('v1')
    expect(mgr.dirs('x/y')).toContain('/sys/fs/cgroup/memory/x/y')
    expect(mgr.dirs('x/y')).toContain('/sys/fs/cgroup/unified/x/y')
  })

  it('creates, writes limits, reads them back, applies device rules', async () => {
    const path = mgr.pathFor('limits')
    const res = mgr.create(path, { memory: 64 * M, nanoCpus: 5e8, pidsLimit: 20, cpuShares: 512, cpusetCpus: '0' })
    expect(res.warnings).toEqual([])
    expect(mgr.limits(path)).toEqual({
      memory: 64 * M,
      memorySwap: 128 * M,
      cpuQuotaUs: 50_000,
      cpuPeriodUs: 100_000,
      cpuShares: 512,
      cpuWeight: null,
      pidsLimit: 20,
      cpusetCpus: '0',
    })
    const devices = readFileSync(`/sys/fs/cgroup/devices/${path}/devices.list`, 'utf8')
    expect(devices).not.toContain('a *:* rwm')
    for (const r of ['c 1:5 rwm', 'c 1:3 rwm', 'c 136:* rwm', 'c *:* m', 'b *:* m', 'c 10:200 rwm']) expect(devices).toContain(r)
    expect(readFileSync(`/sys/fs/cgroup/cpuset/${tag}/cpuset.mems`, 'utf8').trim()).not.toBe('')
    // Re-creating with a limit above the current memsw: the kernel wants memsw raised first.
    mgr.create(path, { memory: 256 * M })
    expect(mgr.limits(path)).toMatchObject({ memory: 256 * M, memorySwap: 512 * M })
    await mgr.remove(path)
    expect(mgr.exists(path)).toBe(false)
  })

  it('moves a process in, reports stats, freezes, thaws, kills it, removes the cgroup', async () => {
    const path = mgr.pathFor('life')
    mgr.create(path, { memory: 64 * M, pidsLimit: 10 })
    const c = sleeper()
    // What the supervisor does for the container pid.
    for (const f of mgr.procsFiles(path)) writeFileSync(f, String(c.pid))
    c.stdin!.write('go\n')
    const own = readFileSync(`/proc/${c.pid}/cgroup`, 'utf8')
    expect(own).toContain(`memory:/${path}`)
    expect(own).toContain(`pids:/${path}`)
    expect(own).toContain(`0::/${path}`)
    expect(mgr.pids(path)).toEqual([c.pid])

    const s = await eventually(() => {
      const st = mgr.stats(path)
      expect(st.memoryUsage).toBeGreaterThan(0)
      expect(st.cpuUsageNs).toBeGreaterThan(0)
      return st
    })
    expect(s.memoryLimit).toBe(64 * M)
    expect(s.pidsCurrent).toBeGreaterThanOrEqual(1)
    expect(s.pidsLimit).toBe(10)
    expect(s.memoryUsed).toBeLessThanOrEqual(s.memoryUsage)
    expect(mgr.oomKilled(path)).toBe(false)

    await mgr.freeze(path)
    expect(mgr.isFrozen(path)).toBe(true)
    expect(readFileSync(mgr.freezerFile(path)!, 'utf8').trim()).toBe('FROZEN')
    await mgr.thaw(path)
    expect(mgr.isFrozen(path)).toBe(false)

    const n = await mgr.killAll(path)
    expect(n).toBe(-1) // cgroup.kill of the unified mount reached it
    expect(await exited(c)).toEqual({ code: null, signal: 'SIGKILL' })
    await eventually(() => expect(mgr.pids(path)).toEqual([]))
    await mgr.remove(path)
    for (const d of mgr.dirs(path)) expect(() => readFileSync(`${d}/cgroup.procs`)).toThrow()
    expect(mgr.listUnder()).toEqual([])
  })

  it('killAll with another signal and processes only in the v1 hierarchies iterates them', async () => {
    const path = mgr.pathFor('term')
    mgr.create(path)
    const c = sleeper()
    for (const f of mgr.procsFiles(path)) if (!f.includes('/unified/')) writeFileSync(f, String(c.pid))
    expect(await mgr.killAll(path, 15)).toBe(1)
    expect(await exited(c)).toEqual({ code: null, signal: 'SIGTERM' })
    const d = sleeper()
    for (const f of mgr.procsFiles(path)) if (!f.includes('/unified/')) writeFileSync(f, String(d.pid))
    expect(await mgr.killAll(path)).toBe(1) // no process in the unified dir: freeze, kill, thaw
    expect(await exited(d)).toEqual({ code: null, signal: 'SIGKILL' })
    expect(mgr.isFrozen(path)).toBe(false)
    await mgr.remove(path)
  })

  it('enforces the memory limit: an allocation past it is OOM-killed and reported', async () => {
    const path = mgr.pathFor('oom')
    mgr.create(path, { memory: 8 * M, memorySwap: 8 * M })
    // The shell keeps 64 MB in a variable: far past 8 MB of memory+swap.
    const c = sleeper(`a=$(head -c ${64 * M} /dev/zero | tr '\\0' x); echo \${#a}`)
    for (const f of mgr.procsFiles(path)) writeFileSync(f, String(c.pid))
    c.stdin!.write('go\n')
    const r = await exited(c)
    expect(r.signal ?? r.code).not.toBe(0)
    await eventually(() => expect(mgr.oomKilled(path)).toBe(true))
    expect(mgr.stats(path).oomKills).toBeGreaterThanOrEqual(1)
    await eventually(() => expect(mgr.pids(path)).toEqual([]))
    await mgr.remove(path)
  })

  it('enforces pids.max', async () => {
    const path = mgr.pathFor('pids')
    mgr.create(path, { pidsLimit: 3 })
    const c = sleeper('for i in 1 2 3 4 5 6; do sleep 30 & done; wait')
    for (const f of mgr.procsFiles(path)) writeFileSync(f, String(c.pid))
    c.stdin!.write('go\n')
    // A fork past the limit fails (EAGAIN) and the kernel counts it in pids.events.
    await eventually(() => expect(readFileSync(`/sys/fs/cgroup/pids/${path}/pids.events`, 'utf8')).toMatch(/max [1-9]/))
    expect(mgr.stats(path).pidsCurrent).toBeLessThanOrEqual(3)
    await mgr.killAll(path)
    await exited(c)
    await eventually(() => expect(mgr.pids(path)).toEqual([]))
    await mgr.remove(path)
  })

  it('refuses a cgroup it cannot remove with a clear error, then removes it once empty', async () => {
    const path = mgr.pathFor('busy')
    mgr.create(path)
    const c = sleeper()
    writeFileSync(mgr.procsFiles(path)[0]!, String(c.pid))
    const err = await mgr.remove(path).catch((e: unknown) => e)
    expect(isTscError(err, 'CGROUP_BUSY')).toBe(true)
    expect((err as Error).message).toMatch(/cannot remove cgroup \/sys\/fs\/cgroup\/.*busy: EBUSY/)
    c.kill('SIGKILL')
    await exited(c)
    await mgr.remove(path)
    expect(mgr.exists(path)).toBe(false)
  })
})
