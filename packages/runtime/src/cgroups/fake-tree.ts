import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type CgroupFs, kernelError } from './cgroup-fs.js'

/**
 * A cgroupfs model in a plain directory, for unit tests (ours and whoever builds on the
 * cgroup managers): mkdir populates the files the kernel would, writes to the special files
 * behave like the kernel's (procs append, freeze, kill, subtree_control checks), and files
 * the kernel would not have cannot be written. Every write is recorded in `writes`.
 */
export interface FakeCgroupTree {
  readonly fs: FakeCgroupFs
  readonly mountinfo: string
  /** Where each hierarchy lives: v1 controller → dir, and `unified` for cgroup2. */
  readonly roots: Readonly<Record<string, string>>
}

export interface FakeOptions {
  /** Controllers the v2 root offers (default: cpuset cpu io memory pids). */
  readonly v2Controllers?: readonly string[]
  /** v1 memory.memsw.* present (swap accounting on); default true. */
  readonly memsw?: boolean
  /** v1: the first cpu.cfs_period_us write fails with EINVAL while no quota is set (crun's quirk). */
  readonly periodQuirk?: boolean
  /** rmdir fails with EBUSY this many times before it works. */
  readonly busyRmdirs?: number
  /** v2: cgroup.kill exists (kernel ≥ 5.14); default true. */
  readonly cgroupKill?: boolean
}

const V1 = ['cpu', 'cpuacct', 'cpuset', 'memory', 'devices', 'freezer', 'blkio', 'pids']
const UNLIMITED_V1 = '9223372036854771712'

function v1Files(ctrl: string, opts: FakeOptions): Record<string, string> {
  switch (ctrl) {
    case 'cpu':
      return { 'cpu.shares': '1024', 'cpu.cfs_period_us': '100000', 'cpu.cfs_quota_us': '-1', 'cpu.stat': 'nr_periods 0\nnr_throttled 0\nthrottled_time 0\n' }
    case 'cpuacct':
      return { 'cpuacct.usage': '0', 'cpuacct.stat': 'user 0\nsystem 0\n' }
    case 'cpuset':
      return { 'cpuset.cpus': '', 'cpuset.mems': '' }
    case 'memory':
      return {
        'memory.limit_in_bytes': UNLIMITED_V1,
        'memory.soft_limit_in_bytes': UNLIMITED_V1,
        'memory.usage_in_bytes': '0',
        'memory.max_usage_in_bytes': '0',
        'memory.failcnt': '0',
        'memory.swappiness': '60',
        'memory.stat': 'cache 0\nrss 0\ninactive_file 0\ntotal_cache 0\ntotal_inactive_file 0\n',
        'memory.oom_control': 'oom_kill_disable 0\nunder_oom 0\noom_kill 0\n',
        ...(opts.memsw === false ? {} : { 'memory.memsw.limit_in_bytes': UNLIMITED_V1, 'memory.memsw.usage_in_bytes': '0' }),
      }
    case 'devices':
      return { 'devices.allow': '', 'devices.deny': '', 'devices.list': 'a *:* rwm\n' }
    case 'freezer':
      return { 'freezer.state': 'THAWED' }
    case 'blkio':
      return { 'blkio.weight': '500' }
    case 'pids':
      return { 'pids.max': 'max', 'pids.current': '0' }
    default:
      return {}
  }
}

function v2Files(ctrl: string): Record<string, string> {
  switch (ctrl) {
    case 'memory':
      return {
        'memory.max': 'max',
        'memory.current': '0',
        'memory.peak': '0',
        'memory.low': '0',
        'memory.swap.max': 'max',
        'memory.swap.current': '0',
        'memory.stat': 'anon 0\nfile 0\ninactive_file 0\n',
        'memory.events': 'low 0\nhigh 0\nmax 0\noom 0\noom_kill 0\n',
      }
    case 'cpu':
      return { 'cpu.max': 'max 100000', 'cpu.weight': '100' }
    case 'pids':
      return { 'pids.max': 'max', 'pids.current': '0' }
    case 'cpuset':
      return { 'cpuset.cpus': '', 'cpuset.mems': '' }
    case 'io':
      return { 'io.weight': 'default 100' }
    default:
      return {}
  }
}

const sysErr = (code: string, syscall: string, path: string, detail?: string) =>
  kernelError(Object.assign(new Error(code), { code }), syscall, path, detail)

export class FakeCgroupFs implements CgroupFs {
  readonly writes: Array<[string, string]> = []
  readonly kills: Array<[number, number]> = []
  private busy: number
  private quirkArmed: boolean
  /** mount dir → `v1:<ctrl>` or `v2`. */
  constructor(
    private readonly hierarchies: Record<string, string>,
    private readonly opts: FakeOptions,
  ) {
    this.busy = opts.busyRmdirs ?? 0
    this.quirkArmed = opts.periodQuirk ?? false
  }

  private kindOf(path: string): [string, string] {
    for (const [root, kind] of Object.entries(this.hierarchies)) if (path === root || path.startsWith(`${root}/`)) return [root, kind]
    throw sysErr('ENOENT', 'open', path)
  }

  read(path: string): string {
    try {
      return readFileSync(path, 'utf8')
    } catch (err) {
      throw kernelError(err, 'read', path)
    }
  }

  write(path: string, value: string): void {
    const [, kind] = this.kindOf(path)
    if (!existsSync(path)) throw sysErr('ENOENT', 'write', path, value)
    const file = path.slice(path.lastIndexOf('/') + 1)
    const dir = path.slice(0, path.lastIndexOf('/'))
    this.writes.push([path, value])
    switch (file) {
      case 'cgroup.procs':
      case 'tasks': {
        if (!/^\d+$/.test(value.trim())) throw sysErr('EINVAL', 'write', path, value)
        writeFileSync(path, `${readFileSync(path, 'utf8')}${value.trim()}\n`)
        if (kind === 'v2') this.setEvent(dir, 'populated', 1)
        return
      }
      case 'cgroup.kill': {
        for (const pid of this.pidsIn(dir)) this.kill(pid, 9)
        return
      }
      case 'cgroup.freeze':
        writeFileSync(path, value.trim())
        this.setEvent(dir, 'frozen', value.trim() === '1' ? 1 : 0)
        return
      case 'cgroup.subtree_control': {
        const avail = new Set(this.read(`${dir}/cgroup.controllers`).trim().split(/\s+/))
        const on = new Set(this.read(path).trim().split(/\s+/).filter(Boolean))
        for (const tok of value.trim().split(/\s+/)) {
          const name = tok.slice(1)
          if (!avail.has(name)) throw sysErr('ENOENT', 'write', path, value)
          if (tok[0] === '+') on.add(name)
          else on.delete(name)
        }
        writeFileSync(path, [...on].join(' '))
        return
      }
      case 'cpu.cfs_period_us':
        if (this.quirkArmed && this.read(`${dir}/cpu.cfs_quota_us`).trim() === '-1') {
          this.quirkArmed = false
          throw sysErr('EINVAL', 'write', path, value)
        }
        break
      case 'freezer.state':
        if (value !== 'FROZEN' && value !== 'THAWED') throw sysErr('EINVAL', 'write', path, value)
        break
    }
    writeFileSync(path, value)
  }

  private setEvent(dir: string, key: string, v: number): void {
    const p = `${dir}/cgroup.events`
    const ev = this.read(p).replace(new RegExp(`^${key} \\d+$`, 'm'), `${key} ${v}`)
    writeFileSync(p, ev)
  }

  private pidsIn(dir: string): number[] {
    const out: number[] = []
    for (const c of this.subdirs(dir)) out.push(...this.pidsIn(`${dir}/${c}`))
    out.push(...this.read(`${dir}/cgroup.procs`).split('\n').filter(Boolean).map(Number))
    return out
  }

  exists(path: string): boolean {
    return existsSync(path)
  }

  mkdir(path: string): void {
    const [root, kind] = this.kindOf(path)
    if (existsSync(path)) throw sysErr('EEXIST', 'mkdir', path)
    try {
      mkdirSync(path)
    } catch (err) {
      throw kernelError(err, 'mkdir', path)
    }
    const files: Record<string, string> = { 'cgroup.procs': '' }
    if (kind === 'v2') {
      const parent = path.slice(0, path.lastIndexOf('/'))
      const ctrls = this.read(`${parent}/cgroup.subtree_control`).trim().split(/\s+/).filter(Boolean)
      Object.assign(files, {
        'cgroup.controllers': ctrls.join(' '),
        'cgroup.subtree_control': '',
        'cgroup.events': 'populated 0\nfrozen 0\n',
        'cgroup.freeze': '0',
        'cgroup.type': 'domain',
        'cpu.stat': 'usage_usec 0\nuser_usec 0\nsystem_usec 0\nnr_periods 0\nnr_throttled 0\nthrottled_usec 0\n',
      })
      if (this.opts.cgroupKill !== false) files['cgroup.kill'] = ''
      for (const c of ctrls) Object.assign(files, v2Files(c))
    } else {
      Object.assign(files, { tasks: '', 'notify_on_release': '0', 'cgroup.clone_children': '0' })
      for (const c of kind.slice(3).split(',')) Object.assign(files, v1Files(c, this.opts))
    }
    void root
    for (const [f, v] of Object.entries(files)) writeFileSync(join(path, f), v)
  }

  rmdir(path: string): void {
    this.kindOf(path)
    if (!existsSync(path)) throw sysErr('ENOENT', 'rmdir', path)
    if (this.subdirs(path).length || this.read(`${path}/cgroup.procs`).trim()) throw sysErr('EBUSY', 'rmdir', path)
    if (this.busy > 0) {
      this.busy--
      throw sysErr('EBUSY', 'rmdir', path)
    }
    for (const f of readdirSync(path)) rmSync(join(path, f))
    rmdirSync(path)
  }

  subdirs(path: string): string[] {
    try {
      return readdirSync(path, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
    } catch (err) {
      throw kernelError(err, 'readdir', path)
    }
  }

  /** Records the signal; SIGKILL/SIGTERM "exit" the process: it leaves every cgroup.procs. */
  kill(pid: number, signal: number): void {
    this.kills.push([pid, signal])
    if (signal !== 9 && signal !== 15) return
    for (const [root, kind] of Object.entries(this.hierarchies)) this.dropPid(root, kind, pid)
  }

  private dropPid(dir: string, kind: string, pid: number): void {
    const procs = `${dir}/cgroup.procs`
    if (existsSync(procs)) {
      const left = this.read(procs).split('\n').filter((l) => l && Number(l) !== pid)
      writeFileSync(procs, left.map((l) => `${l}\n`).join(''))
      if (kind === 'v2' && left.length === 0 && existsSync(`${dir}/cgroup.events`)) this.setEvent(dir, 'populated', 0)
    }
    for (const c of this.subdirs(dir)) this.dropPid(`${dir}/${c}`, kind, pid)
  }

  sleep(): Promise<void> {
    return new Promise((r) => setImmediate(r))
  }

  /** Test helper: put a fixture value into a cgroup file (bypasses the write rules). */
  set(path: string, value: string): void {
    writeFileSync(path, value)
  }
}

/**
 * A fake cgroup tree under `base`: `v1` (each controller its own hierarchy, cpu and cpuacct
 * separate as on this host), `v2` (unified at base/cgroup2) or `hybrid` (v1 plus a
 * controller-less unified mount, as on this host).
 */
export function makeFakeCgroupTree(base: string, mode: 'v1' | 'v2' | 'hybrid', opts: FakeOptions = {}): FakeCgroupTree {
  const hierarchies: Record<string, string> = {}
  const roots: Record<string, string> = {}
  const lines: string[] = []
  let id = 100
  if (mode !== 'v2') {
    for (const c of V1) {
      const dir = join(base, 'cgroup', c)
      mkdirSync(dir, { recursive: true })
      hierarchies[dir] = `v1:${c}`
      roots[c] = dir
      const files: Record<string, string> = { 'cgroup.procs': '', tasks: '', ...v1Files(c, opts) }
      if (c === 'cpuset') Object.assign(files, { 'cpuset.cpus': '0-3', 'cpuset.mems': '0' })
      for (const [f, v] of Object.entries(files)) writeFileSync(join(dir, f), v)
      lines.push(`${id++} 30 0:${id} / ${dir} rw,nosuid,nodev,noexec,relatime - cgroup cgroup rw,${c}`)
    }
  }
  if (mode !== 'v1') {
    const dir = mode === 'v2' ? join(base, 'cgroup2') : join(base, 'cgroup', 'unified')
    mkdirSync(dir, { recursive: true })
    hierarchies[dir] = 'v2'
    roots.unified = dir
    const ctrls = mode === 'hybrid' ? ['hugetlb'] : (opts.v2Controllers ?? ['cpuset', 'cpu', 'io', 'memory', 'pids'])
    writeFileSync(join(dir, 'cgroup.controllers'), ctrls.join(' '))
    writeFileSync(join(dir, 'cgroup.subtree_control'), '')
    writeFileSync(join(dir, 'cgroup.procs'), '')
    lines.push(`${id++} 30 0:${id} / ${dir} rw,nosuid,nodev,noexec,relatime - cgroup2 cgroup2 rw,nsdelegate`)
  }
  return { fs: new FakeCgroupFs(hierarchies, opts), mountinfo: `${lines.join('\n')}\n`, roots }
}
