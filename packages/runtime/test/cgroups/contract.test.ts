import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  type CgroupManager,
  type FakeCgroupTree,
  type FakeOptions,
  createCgroupManager,
  makeFakeCgroupTree,
} from '../../src/cgroups/index.js'
import { isTscError } from '../../src/errors.js'

const M = 1024 * 1024
const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

interface Backend {
  name: 'v1' | 'v2' | 'hybrid'
  make(opts?: FakeOptions): { mgr: CgroupManager; tree: FakeCgroupTree }
  /** Writes stats fixtures the way this kernel interface reports them. */
  fixture(tree: FakeCgroupTree, path: string): void
  /** Marks an OOM kill in the kernel's files. */
  oom(tree: FakeCgroupTree, path: string): void
}

function setup(mode: 'v1' | 'v2' | 'hybrid', opts?: FakeOptions) {
  const base = mkdtempSync(join(tmpdir(), 'tsc-cg-'))
  dirs.push(base)
  const tree = makeFakeCgroupTree(base, mode, opts)
  const mgr = createCgroupManager({ mountinfo: tree.mountinfo, fs: tree.fs, parent: 'tsc-test' })
  return { mgr, tree }
}

const v1Fixture = (tree: FakeCgroupTree, path: string) => {
  const r = tree.roots
  tree.fs.set(`${r.cpuacct}/${path}/cpuacct.usage`, '123456789\n')
  tree.fs.set(`${r.cpuacct}/${path}/cpuacct.stat`, 'user 10\nsystem 5\n')
  tree.fs.set(`${r.cpu}/${path}/cpu.stat`, 'nr_periods 40\nnr_throttled 4\nthrottled_time 7000\n')
  tree.fs.set(`${r.memory}/${path}/memory.usage_in_bytes`, String(50 * M))
  tree.fs.set(`${r.memory}/${path}/memory.max_usage_in_bytes`, String(60 * M))
  tree.fs.set(`${r.memory}/${path}/memory.stat`, `cache ${8 * M}\nrss ${30 * M}\ninactive_file ${2 * M}\ntotal_cache ${10 * M}\ntotal_inactive_file ${4 * M}\n`)
  tree.fs.set(`${r.pids}/${path}/pids.current`, '3\n')
}
const v2Fixture = (tree: FakeCgroupTree, path: string) => {
  const d = `${tree.roots.unified}/${path}`
  tree.fs.set(`${d}/cpu.stat`, 'usage_usec 123456\nuser_usec 100000\nsystem_usec 50000\nnr_periods 40\nnr_throttled 4\nthrottled_usec 7\n')
  tree.fs.set(`${d}/memory.current`, String(50 * M))
  tree.fs.set(`${d}/memory.peak`, String(60 * M))
  tree.fs.set(`${d}/memory.stat`, `anon ${30 * M}\nfile ${10 * M}\ninactive_file ${4 * M}\n`)
  tree.fs.set(`${d}/pids.current`, '3\n')
}

const backends: Backend[] = [
  {
    name: 'v1',
    make: (o) => setup('v1', o),
    fixture: v1Fixture,
    oom: (t, p) => t.fs.set(`${t.roots.memory}/${p}/memory.oom_control`, 'oom_kill_disable 0\nunder_oom 0\noom_kill 1\n'),
  },
  {
    name: 'hybrid',
    make: (o) => setup('hybrid', o),
    fixture: v1Fixture,
    oom: (t, p) => t.fs.set(`${t.roots.memory}/${p}/memory.oom_control`, 'oom_kill_disable 0\nunder_oom 0\noom_kill 2\n'),
  },
  {
    name: 'v2',
    make: (o) => setup('v2', o),
    fixture: v2Fixture,
    oom: (t, p) => t.fs.set(`${t.roots.unified}/${p}/memory.events`, 'low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n'),
  },
]

function codeOf(err: unknown): string | undefined {
  return isTscError(err) ? err.code : undefined
}

describe.each(backends)('CgroupManager contract: $name', (b) => {
  it('creates the cgroup in every hierarchy and lists it under the parent', () => {
    const { mgr, tree } = b.make()
    const path = mgr.pathFor('c1')
    expect(path).toBe('tsc-test/c1')
    expect(mgr.version).toBe(b.name === 'v2' ? 'v2' : 'v1')
    mgr.create(path)
    for (const f of mgr.procsFiles(path)) expect(tree.fs.exists(f)).toBe(true)
    expect(mgr.procsFiles(path).length).toBe(b.name === 'v1' ? 8 : b.name === 'hybrid' ? 9 : 1)
    expect(mgr.exists(path)).toBe(true)
    expect(mgr.listUnder()).toEqual(['tsc-test/c1'])
    expect(mgr.memoryDir(path)).toMatch(/tsc-test\/c1$/)
    expect(mgr.freezerFile(path)).toMatch(b.name === 'v2' ? /cgroup\.freeze$/ : /freezer\.state$/)
  })

  it('writes limits with docker semantics and reads them back', () => {
    const { mgr } = b.make()
    const path = mgr.pathFor('lim')
    const res = mgr.create(path, { memory: 64 * M, nanoCpus: 1.5e9, pidsLimit: 50, cpuShares: 512, cpusetCpus: '0-1' })
    expect(res.warnings).toEqual([])
    const l = mgr.limits(path)
    expect(l).toMatchObject({ memory: 64 * M, memorySwap: 128 * M, cpuQuotaUs: 150_000, cpuPeriodUs: 100_000, pidsLimit: 50, cpusetCpus: '0-1' })
    expect(l.cpuShares).toBeGreaterThanOrEqual(500)
    expect(l.cpuShares).toBeLessThanOrEqual(530)
    expect(l.cpuWeight).toBe(b.name === 'v2' ? 59 : null)
  })

  it('unlimited swap and pids read back as null', () => {
    const { mgr } = b.make()
    const path = mgr.pathFor('unl')
    mgr.create(path, { memory: 32 * M, memorySwap: -1, pidsLimit: -1 })
    expect(mgr.limits(path)).toMatchObject({ memory: 32 * M, memorySwap: null, pidsLimit: null, cpuQuotaUs: null })
  })

  it('lists the pids written to cgroup.procs', () => {
    const { mgr, tree } = b.make()
    const path = mgr.pathFor('p')
    mgr.create(path)
    for (const f of mgr.procsFiles(path)) {
      tree.fs.write(f, '4242')
      tree.fs.write(f, '4243')
    }
    expect(mgr.pids(path)).toEqual([4242, 4243])
  })

  it('freezes and thaws', async () => {
    const { mgr } = b.make()
    const path = mgr.pathFor('f')
    mgr.create(path)
    expect(mgr.isFrozen(path)).toBe(false)
    await mgr.freeze(path)
    expect(mgr.isFrozen(path)).toBe(true)
    await mgr.thaw(path)
    expect(mgr.isFrozen(path)).toBe(false)
  })

  it('SIGKILLs every process and leaves it thawed', async () => {
    const { mgr, tree } = b.make()
    const path = mgr.pathFor('k')
    mgr.create(path)
    for (const f of mgr.procsFiles(path)) tree.fs.write(f, '777')
    const n = await mgr.killAll(path)
    expect(n).toBe(b.name === 'v1' ? 1 : -1) // -1: cgroup.kill did it
    expect(tree.fs.kills).toContainEqual([777, 9])
    expect(mgr.pids(path)).toEqual([])
    expect(mgr.isFrozen(path)).toBe(false)
  })

  it('sends other signals to each process', async () => {
    const { mgr, tree } = b.make()
    const path = mgr.pathFor('t')
    mgr.create(path)
    for (const f of mgr.procsFiles(path)) tree.fs.write(f, '555')
    expect(await mgr.killAll(path, 15)).toBe(1)
    expect(tree.fs.kills).toEqual([[555, 15]])
  })

  it('computes stats the way docker stats does', () => {
    const { mgr, tree } = b.make()
    const path = mgr.pathFor('s')
    mgr.create(path, { memory: 100 * M, pidsLimit: 10 })
    b.fixture(tree, path)
    const s = mgr.stats(path)
    expect(s.cpuUsageNs).toBe(b.name === 'v2' ? 123_456_000 : 123_456_789)
    expect(s.cpuUserNs).toBe(100_000_000)
    expect(s.cpuSystemNs).toBe(50_000_000)
    expect(s.cpuPeriods).toBe(40)
    expect(s.cpuThrottledPeriods).toBe(4)
    expect(s.cpuThrottledNs).toBe(7000)
    expect(s.memoryUsage).toBe(50 * M)
    expect(s.memoryMaxUsage).toBe(60 * M)
    expect(s.memoryLimit).toBe(100 * M)
    expect(s.memoryInactiveFile).toBe(4 * M)
    expect(s.memoryCache).toBe(10 * M)
    expect(s.memoryUsed).toBe(46 * M)
    expect(s.pidsCurrent).toBe(3)
    expect(s.pidsLimit).toBe(10)
    expect(s.oomKills).toBe(0)
    expect(mgr.oomKilled(path)).toBe(false)
  })

  it('reports no memory limit as null', () => {
    const { mgr } = b.make()
    const path = mgr.pathFor('nolimit')
    mgr.create(path)
    expect(mgr.stats(path).memoryLimit).toBeNull()
    expect(mgr.stats(path).pidsLimit).toBeNull()
  })

  it('reports OOM kills', () => {
    const { mgr, tree } = b.make()
    const path = mgr.pathFor('o')
    mgr.create(path, { memory: 8 * M })
    b.oom(tree, path)
    expect(mgr.oomKilled(path)).toBe(true)
  })

  it('removes leaf-first, including nested cgroups, and is idempotent', async () => {
    const { mgr, tree } = b.make()
    const path = mgr.pathFor('r')
    mgr.create(path)
    mgr.create(`${path}/inner/deeper`)
    await mgr.remove(path)
    expect(mgr.exists(path)).toBe(false)
    for (const d of mgr.dirs(path)) expect(tree.fs.exists(d)).toBe(false)
    await mgr.remove(path)
    expect(mgr.listUnder()).toEqual([])
    await mgr.remove(mgr.parent)
    expect(mgr.exists(mgr.parent)).toBe(false)
  })

  it('retries rmdir on EBUSY a bounded number of times', async () => {
    const { mgr } = b.make({ busyRmdirs: 3 })
    const path = mgr.pathFor('busy')
    mgr.create(path)
    await mgr.remove(path)
    expect(mgr.exists(path)).toBe(false)
  })

  it('refuses to remove a cgroup with processes, after the retries', async () => {
    const { mgr, tree } = b.make()
    const path = mgr.pathFor('full')
    mgr.create(path)
    for (const f of mgr.procsFiles(path)) tree.fs.write(f, '99')
    const err = await mgr.remove(path).catch((e: unknown) => e)
    expect(codeOf(err)).toBe('CGROUP_BUSY')
    expect((err as Error).message).toContain('EBUSY')
  })

  it('undoes a half-done create', () => {
    const { mgr, tree } = b.make()
    const path = mgr.pathFor('half')
    const real = tree.fs.write.bind(tree.fs)
    const spy = vi.spyOn(tree.fs, 'write').mockImplementation((p, v) => {
      if (p.endsWith('pids.max')) throw Object.assign(new Error('EINVAL'), { code: 'EINVAL' })
      real(p, v)
    })
    expect(() => mgr.create(path, { pidsLimit: 5 })).toThrow()
    spy.mockRestore()
    expect(mgr.exists(path)).toBe(false)
    expect(mgr.exists(mgr.parent)).toBe(false)
  })

  it('refuses bad paths and bad resources before touching anything', () => {
    const { mgr, tree } = b.make()
    for (const p of ['', '/abs', '../up', 'a/../b', 'a b']) {
      let code: string | undefined
      try {
        mgr.create(p)
      } catch (e) {
        code = codeOf(e)
      }
      expect(code, p).toBe('CGROUP_INVALID_PATH')
    }
    expect(() => mgr.create(mgr.pathFor('x'), { memory: 1000 })).toThrow('6MB')
    expect(tree.fs.writes).toEqual([])
    expect(mgr.listUnder()).toEqual([])
  })
})

describe('cgroup v1 specifics', () => {
  it("writes docker's device rules in order, to deny and allow", () => {
    const { mgr, tree } = setup('v1')
    mgr.create(mgr.pathFor('d'))
    const dev = tree.fs.writes.filter(([p]) => p.includes('/devices/')).map(([p, v]) => `${p.split('/').pop()} ${v}`)
    expect(dev).toEqual([
      'devices.deny a',
      'devices.allow c 1:5 rwm',
      'devices.allow c 1:3 rwm',
      'devices.allow c 1:9 rwm',
      'devices.allow c 1:8 rwm',
      'devices.allow c 5:0 rwm',
      'devices.allow c 5:1 rwm',
      'devices.deny c 10:229 rwm',
      'devices.allow c *:* m',
      'devices.allow b *:* m',
      'devices.allow c 1:7 rwm',
      'devices.allow c 136:* rwm',
      'devices.allow c 5:2 rwm',
      'devices.allow c 10:200 rwm',
    ])
  })

  it('privileged allows every device', () => {
    const { mgr, tree } = setup('v1')
    mgr.create(mgr.pathFor('p'), { privileged: true })
    expect(tree.fs.writes.filter(([p]) => p.includes('/devices/')).map(([p, v]) => `${p.split('/').pop()} ${v}`)).toEqual(['devices.allow a'])
  })

  it("copies cpuset.cpus/mems from the parent into each new level", () => {
    const { mgr, tree } = setup('v1')
    const path = mgr.pathFor('cs')
    mgr.create(path)
    expect(tree.fs.read(`${tree.roots.cpuset}/tsc-test/cpuset.cpus`)).toBe('0-3')
    expect(tree.fs.read(`${tree.roots.cpuset}/${path}/cpuset.cpus`)).toBe('0-3')
    expect(tree.fs.read(`${tree.roots.cpuset}/${path}/cpuset.mems`)).toBe('0')
  })

  it('retries cfs_period_us after writing the quota (EINVAL quirk)', () => {
    const { mgr, tree } = setup('v1', { periodQuirk: true })
    const path = mgr.pathFor('q')
    mgr.create(path, { nanoCpus: 5e8 })
    const cpu = tree.fs.writes.filter(([p]) => p.includes('/cpu/') && p.includes('cfs')).map(([p, v]) => `${p.split('/').pop()}=${v}`)
    expect(cpu).toEqual(['cpu.cfs_period_us=100000', 'cpu.cfs_quota_us=50000', 'cpu.cfs_period_us=100000', 'cpu.cfs_quota_us=50000'])
    expect(mgr.limits(path)).toMatchObject({ cpuQuotaUs: 50_000, cpuPeriodUs: 100_000 })
  })

  it('without swap accounting: memory limited, swap skipped with a warning', () => {
    const { mgr, tree } = setup('v1', { memsw: false })
    const res = mgr.create(mgr.pathFor('nsw'), { memory: 64 * M })
    expect(res.warnings[0]).toContain('swap')
    expect(tree.fs.writes.some(([p]) => p.includes('memsw'))).toBe(false)
  })

  it('writes memory.limit_in_bytes before memsw, and the blkio weight', () => {
    const { mgr, tree } = setup('v1')
    mgr.create(mgr.pathFor('o'), { memory: 64 * M, memorySwap: 96 * M, blkioWeight: 300, memoryReservation: 32 * M })
    const mem = tree.fs.writes.filter(([p]) => p.includes('/memory/') && p.includes('tsc-test/o')).map(([p, v]) => `${p.split('/').pop()}=${v}`)
    expect(mem).toEqual([`memory.limit_in_bytes=${64 * M}`, `memory.memsw.limit_in_bytes=${96 * M}`, `memory.soft_limit_in_bytes=${32 * M}`])
    expect(tree.fs.read(`${tree.roots.blkio}/tsc-test/o/blkio.weight`)).toBe('300')
  })
})

describe('cgroup v2 specifics', () => {
  it('enables controllers in every ancestor, not in the leaf', () => {
    const { mgr, tree } = setup('v2')
    const path = mgr.pathFor('e')
    mgr.create(path, { memory: 64 * M })
    const u = tree.roots.unified!
    expect(tree.fs.read(`${u}/cgroup.subtree_control`)).toBe('cpuset cpu io memory pids')
    expect(tree.fs.read(`${u}/tsc-test/cgroup.subtree_control`)).toBe('cpuset cpu io memory pids')
    expect(tree.fs.read(`${u}/${path}/cgroup.subtree_control`)).toBe('')
    // a second container does not rewrite what is already on
    const before = tree.fs.writes.length
    mgr.create(mgr.pathFor('e2'))
    expect(tree.fs.writes.slice(before).filter(([p]) => p.endsWith('subtree_control'))).toEqual([])
  })

  it('writes v2 files: memory.max, swap.max as the swap part, cpu.max, cpu.weight, io.weight', () => {
    const { mgr, tree } = setup('v2')
    const path = mgr.pathFor('w')
    mgr.create(path, { memory: 64 * M, memorySwap: 100 * M, cpuQuota: 20000, cpuShares: 1024, blkioWeight: 1000 })
    const d = `${tree.roots.unified}/${path}`
    expect(tree.fs.read(`${d}/memory.max`)).toBe(String(64 * M))
    expect(tree.fs.read(`${d}/memory.swap.max`)).toBe(String(36 * M))
    expect(tree.fs.read(`${d}/cpu.max`)).toBe('20000 100000')
    expect(tree.fs.read(`${d}/cpu.weight`)).toBe('100')
    expect(tree.fs.read(`${d}/io.weight`)).toBe('default 10000')
  })

  it('a missing controller is a clear error naming it and what is available', () => {
    const { mgr } = setup('v2', { v2Controllers: ['cpu'] })
    expect(() => mgr.create(mgr.pathFor('m'), { memory: 64 * M })).toThrow(/controller "memory" is not available .*\(cgroup.controllers: cpu\)/)
    expect(mgr.listUnder()).toEqual([])
  })

  it('without cgroup.kill, SIGKILL freezes, kills each process, thaws', async () => {
    const { mgr, tree } = setup('v2', { cgroupKill: false })
    const path = mgr.pathFor('nk')
    mgr.create(path)
    for (const f of mgr.procsFiles(path)) tree.fs.write(f, '31')
    expect(await mgr.killAll(path)).toBe(1)
    const freezes = tree.fs.writes.filter(([p]) => p.endsWith('cgroup.freeze')).map(([, v]) => v)
    expect(freezes).toEqual(['1', '0'])
  })

  it('hybrid host: v2 on the controller-less unified mount works for plain cgroups', async () => {
    const { tree } = setup('hybrid')
    const mgr = createCgroupManager({ mountinfo: tree.mountinfo, fs: tree.fs, parent: 'tsc-test', version: 'v2' })
    const path = mgr.pathFor('u')
    mgr.create(path)
    expect(mgr.procsFiles(path)).toEqual([`${tree.roots.unified}/${path}/cgroup.procs`])
    expect(() => mgr.create(mgr.pathFor('u2'), { pidsLimit: 5 })).toThrow('cgroup.controllers: hugetlb')
    await mgr.freeze(path)
    expect(mgr.isFrozen(path)).toBe(true)
    await mgr.thaw(path)
    await mgr.remove(mgr.parent)
    expect(mgr.exists(mgr.parent)).toBe(false)
  })
})

describe('cgroup v1 reuse', () => {
  it('raising the limit of a reused cgroup writes memsw first when the kernel asks (EINVAL)', () => {
    const { mgr, tree } = setup('v1')
    const path = mgr.pathFor('grow')
    mgr.create(path, { memory: 16 * M })
    const real = tree.fs.write.bind(tree.fs)
    const memsw = `${tree.roots.memory}/${path}/memory.memsw.limit_in_bytes`
    // model the kernel rule: limit_in_bytes may not exceed memsw
    const spy = vi.spyOn(tree.fs, 'write').mockImplementation((p, v) => {
      if (p.endsWith('memory.limit_in_bytes') && Number(v) > Number(tree.fs.read(memsw))) {
        throw Object.assign(new Error('EINVAL'), { code: 'EINVAL' })
      }
      real(p, v)
    })
    mgr.create(path, { memory: 64 * M })
    spy.mockRestore()
    expect(mgr.limits(path)).toMatchObject({ memory: 64 * M, memorySwap: 128 * M })
  })
})
