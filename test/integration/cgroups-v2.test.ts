import type { ChildProcess } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CgroupManager } from '../../packages/runtime/src/cgroups/index.js'
import { isTscError } from '../../packages/runtime/src/errors.js'
import { eventually } from '../helpers/eventually.js'
import { CgroupSuite, exited } from './cgroups-fixture.js'

// The real cgroup2 mount of this hybrid host (/sys/fs/cgroup/unified, no controllers but
// hugetlb): what v2 offers without controllers (create, procs, freeze, kill, remove).
const tag = `tsc-itcg2-${process.pid}-${Date.now().toString(36)}`
const suite = new CgroupSuite(tag, { version: 'v2' })
let mgr: CgroupManager

function sleeper(): ChildProcess {
  return suite.shell('while :; do sleep 1; done', 'ignore')
}
const state = (pid: number) => /^State:\s+(\S)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]

beforeAll(() => {
  mgr = suite.setup()
})
afterAll(() => suite.teardown())

describe('cgroup v2 on the real unified mount', () => {
  it('uses /sys/fs/cgroup/unified', () => {
    expect(mgr.version).toBe('v2')
    expect(mgr.procsFiles('a/b')).toEqual(['/sys/fs/cgroup/unified/a/b/cgroup.procs'])
  })

  it('refuses limits that need a controller the mount lacks, leaving nothing', () => {
    let err: unknown
    try {
      mgr.create(mgr.pathFor('nomem'), { memory: 64 * 1024 * 1024 })
    } catch (e) {
      err = e
    }
    expect(isTscError(err, 'CGROUP_CONTROLLER_MISSING')).toBe(true)
    expect((err as Error).message).toContain('controller "memory" is not available at /sys/fs/cgroup/unified')
    expect(mgr.exists(mgr.pathFor('nomem'))).toBe(false)
  })

  it('create, move a process in, freeze, thaw, cgroup.kill, remove', async () => {
    const path = mgr.pathFor('life')
    mgr.create(path)
    const c = sleeper()
    for (const f of mgr.procsFiles(path)) writeFileSync(f, String(c.pid))
    expect(readFileSync(`/proc/${c.pid}/cgroup`, 'utf8')).toContain(`0::/${path}`)
    expect(mgr.pids(path)).toEqual([c.pid])
    expect(mgr.stats(path).cpuUsageNs).toBeGreaterThanOrEqual(0)

    await mgr.freeze(path)
    expect(mgr.isFrozen(path)).toBe(true)
    expect(readFileSync(`/sys/fs/cgroup/unified/${path}/cgroup.events`, 'utf8')).toContain('frozen 1')
    await eventually(() => expect(state(c.pid!)).toBe('S'))
    await mgr.thaw(path)
    expect(mgr.isFrozen(path)).toBe(false)

    expect(await mgr.killAll(path)).toBe(-1)
    expect(await exited(c)).toEqual({ code: null, signal: 'SIGKILL' })
    await eventually(() => expect(mgr.pids(path)).toEqual([]))
    await mgr.remove(path)
    expect(mgr.exists(path)).toBe(false)
  })

  it('signals each process for signals other than SIGKILL, removes nested cgroups leaf-first', async () => {
    const path = mgr.pathFor('term')
    mgr.create(`${path}/inner`)
    const c = sleeper()
    writeFileSync(mgr.procsFiles(`${path}/inner`)[0]!, String(c.pid))
    // The shell may already have forked its `sleep` into the cgroup when the count is taken:
    // one or two processes get the signal, and none is left after.
    const signalled = await mgr.killAll(`${path}/inner`, 15)
    expect(signalled).toBeGreaterThanOrEqual(1)
    expect(signalled).toBeLessThanOrEqual(2)
    expect(await exited(c)).toEqual({ code: null, signal: 'SIGTERM' })
    await eventually(() => expect(mgr.pids(`${path}/inner`)).toEqual([]))
    await mgr.remove(path)
    expect(mgr.listUnder()).toEqual([])
  })
})
