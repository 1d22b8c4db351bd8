import { RuntimeError } from '../errors.js'
import { type CgroupFs, errnoOf } from './cgroup-fs.js'
import {
  CONTROLLER_MISSING,
  DEFAULT_CGROUP_PARENT,
  FREEZE_TIMEOUT,
  SIGKILL,
  checkPath,
  numberOr,
  parseFlatKeyed,
  parsePids,
  pollUntil,
  readOptional,
  removeTree,
} from './common.js'
import {
  blkioToIoWeight,
  cpuQuota,
  cpuSharesToWeight,
  cpuWeightToShares,
  effectiveMemorySwap,
  limitOrNull,
  pidsMax,
  validateResources,
} from './resources.js'
import { type DeviceFilter, compileDeviceFilter } from './device-filter.js'
import { dockerDeviceRules } from './devices.js'
import { killEach, makeStats } from './shared-ops.js'
import type { CgroupLimits, CgroupManager, CgroupResources, CgroupStats, CreateResult } from './types.js'

/** Controllers a container cgroup gets when the root offers them (crun enables what it can). */
export const V2_CONTROLLERS = ['cpuset', 'cpu', 'io', 'memory', 'pids'] as const

export interface CgroupV2Options {
  readonly fs: CgroupFs
  /** The cgroup2 mount point (`/sys/fs/cgroup`, or `/sys/fs/cgroup/unified` on a hybrid host). */
  readonly root: string
  readonly parent?: string
}

/** cgroup v2: one unified tree; controllers are enabled top-down through cgroup.subtree_control. */
export class CgroupV2 implements CgroupManager {
  readonly version = 'v2' as const
  readonly parent: string
  private readonly fs: CgroupFs
  private readonly root: string

  constructor(opts: CgroupV2Options) {
    this.fs = opts.fs
    this.root = opts.root
    this.parent = opts.parent ?? DEFAULT_CGROUP_PARENT
    checkPath(this.parent)
  }

  pathFor(id: string): string {
    return `${this.parent}/${id}`
  }

  private dir(path: string): string {
    checkPath(path)
    return `${this.root}/${path}`
  }

  dirs(path: string): string[] {
    return [this.dir(path)]
  }

  /** Controllers the root offers, e.g. only `hugetlb` on this hybrid host. */
  available(): string[] {
    return (readOptional(this.fs, `${this.root}/cgroup.controllers`) ?? '').trim().split(/\s+/).filter(Boolean)
  }

  private needed(r: CgroupResources): Set<string> {
    const need = new Set<string>()
    const swap = effectiveMemorySwap(r)
    if ((r.memory && r.memory > 0) || (swap !== undefined && swap !== -1) || r.memoryReservation) need.add('memory')
    const { quota, period } = cpuQuota(r)
    if (r.cpuShares || quota || period) need.add('cpu')
    if (pidsMax(r) !== undefined) need.add('pids')
    if (r.cpusetCpus || r.cpusetMems) need.add('cpuset')
    if (r.blkioWeight) need.add('io')
    return need
  }

  create(path: string, r: CgroupResources = {}): CreateResult {
    validateResources(r)
    const segs = checkPath(path)
    const warnings: string[] = []
    const avail = new Set(this.available())
    for (const c of this.needed(r)) {
      if (!avail.has(c)) {
        throw new RuntimeError(
          CONTROLLER_MISSING,
          `cgroup v2 controller "${c}" is not available at ${this.root} (cgroup.controllers: ${[...avail].join(' ') || 'none'})`,
        )
      }
    }
    const enable = V2_CONTROLLERS.filter((c) => avail.has(c))
    const created: string[] = []
    try {
      for (let i = 0; i <= segs.length; i++) {
        const d = i === 0 ? this.root : `${this.root}/${segs.slice(0, i).join('/')}`
        if (i > 0 && !this.fs.exists(d)) {
          try {
            this.fs.mkdir(d)
            created.push(d)
          } catch (err) {
            if (errnoOf(err) !== 'EEXIST') throw err
          }
        }
        // Inner nodes delegate their controllers to the next level; the leaf holds the processes.
        if (i < segs.length && enable.length) this.enableControllers(d, enable)
      }
      this.writeLimits(this.dir(path), r, warnings)
    } catch (err) {
      for (const d of created.reverse()) {
        try {
          this.fs.rmdir(d)
        } catch {
          // remove() deals with it
        }
      }
      throw err
    }
    return { warnings }
  }

  private enableControllers(dir: string, want: readonly string[]): void {
    const on = new Set((readOptional(this.fs, `${dir}/cgroup.subtree_control`) ?? '').trim().split(/\s+/))
    const missing = want.filter((c) => !on.has(c))
    if (missing.length) this.fs.write(`${dir}/cgroup.subtree_control`, missing.map((c) => `+${c}`).join(' '))
  }

  private writeLimits(d: string, r: CgroupResources, warnings: string[]): void {
    const fs = this.fs
    const swap = effectiveMemorySwap(r)
    if (r.memory && r.memory > 0) fs.write(`${d}/memory.max`, String(r.memory))
    if (swap !== undefined && (r.memory ?? 0) > 0) {
      // v2 limits swap alone: memory.swap.max = (memory+swap) − memory (runc ConvertMemorySwapToCgroupV2Value).
      const value = swap === -1 ? 'max' : String(swap - r.memory!)
      if (fs.exists(`${d}/memory.swap.max`)) fs.write(`${d}/memory.swap.max`, value)
      else if (swap !== -1) warnings.push('your kernel does not support swap limit capabilities: memory limited without swap')
    }
    if (r.memoryReservation) fs.write(`${d}/memory.low`, String(r.memoryReservation))
    const { quota, period } = cpuQuota(r)
    if (quota || period) fs.write(`${d}/cpu.max`, `${quota ?? 'max'} ${period ?? 100_000}`)
    if (r.cpuShares) fs.write(`${d}/cpu.weight`, String(cpuSharesToWeight(r.cpuShares)))
    const pids = pidsMax(r)
    if (pids !== undefined) fs.write(`${d}/pids.max`, pids)
    if (r.cpusetCpus) fs.write(`${d}/cpuset.cpus`, r.cpusetCpus)
    if (r.cpusetMems) fs.write(`${d}/cpuset.mems`, r.cpusetMems)
    if (r.blkioWeight) {
      if (fs.exists(`${d}/io.bfq.weight`)) fs.write(`${d}/io.bfq.weight`, String(r.blkioWeight))
      else if (fs.exists(`${d}/io.weight`)) fs.write(`${d}/io.weight`, `default ${blkioToIoWeight(r.blkioWeight)}`)
      else warnings.push('your kernel does not support Block I/O weight: weight discarded')
    }
    // Device rules: no file on v2, see deviceFilter() (the supervisor attaches the program).
  }

  /** Docker's rules (or r.devices) as a BPF device program; privileged containers get none. */
  deviceFilter(path: string, r: CgroupResources = {}): DeviceFilter | null {
    if (r.privileged) return null
    return { cgroupDir: this.dir(path), program: compileDeviceFilter(r.devices ?? dockerDeviceRules()) }
  }

  procsFiles(path: string): string[] {
    return [`${this.dir(path)}/cgroup.procs`]
  }

  memoryDir(path: string): string {
    return this.dir(path)
  }

  freezerFile(path: string): string {
    return `${this.dir(path)}/cgroup.freeze`
  }

  exists(path: string): boolean {
    return this.fs.exists(this.dir(path))
  }

  pids(path: string): number[] {
    return parsePids(readOptional(this.fs, `${this.dir(path)}/cgroup.procs`)).sort((a, b) => a - b)
  }

  private events(path: string): Record<string, number> {
    return parseFlatKeyed(readOptional(this.fs, `${this.dir(path)}/cgroup.events`))
  }

  isFrozen(path: string): boolean {
    return this.events(path).frozen === 1
  }

  async freeze(path: string): Promise<void> {
    this.fs.write(this.freezerFile(path), '1')
    if (!(await pollUntil(this.fs, () => this.isFrozen(path), 2000))) {
      this.fs.write(this.freezerFile(path), '0')
      throw new RuntimeError(FREEZE_TIMEOUT, `cgroup ${path} did not freeze within 2s`)
    }
  }

  async thaw(path: string): Promise<void> {
    this.fs.write(this.freezerFile(path), '0')
    await pollUntil(this.fs, () => !this.isFrozen(path), 2000)
  }

  async killAll(path: string, signal = SIGKILL): Promise<number> {
    const kill = `${this.dir(path)}/cgroup.kill`
    if (signal === SIGKILL && this.fs.exists(kill)) {
      // cgroup.kill (≥ 5.14) kills the whole subtree atomically, forks included.
      this.fs.write(kill, '1')
      await pollUntil(this.fs, () => this.events(path).populated !== 1, 200)
      return -1
    }
    const freeze = signal === SIGKILL
    if (freeze) await this.freeze(path).catch(() => undefined)
    try {
      return killEach(this.fs, this.pids(path), signal)
    } finally {
      if (freeze) await this.thaw(path)
    }
  }

  stats(path: string): CgroupStats {
    const d = this.dir(path)
    const read = (f: string) => readOptional(this.fs, `${d}/${f}`)
    const cpu = parseFlatKeyed(read('cpu.stat'))
    const mem = parseFlatKeyed(read('memory.stat'))
    const events = parseFlatKeyed(read('memory.events'))
    return makeStats({
      cpuUsageNs: (cpu.usage_usec ?? 0) * 1000,
      cpuUserNs: (cpu.user_usec ?? 0) * 1000,
      cpuSystemNs: (cpu.system_usec ?? 0) * 1000,
      cpuPeriods: cpu.nr_periods ?? 0,
      cpuThrottledPeriods: cpu.nr_throttled ?? 0,
      cpuThrottledNs: (cpu.throttled_usec ?? 0) * 1000,
      memoryUsage: numberOr(read('memory.current')),
      memoryMaxUsage: limitOrNull(read('memory.peak')),
      memoryLimit: limitOrNull(read('memory.max')),
      memoryInactiveFile: mem.inactive_file ?? 0,
      memoryCache: mem.file ?? 0,
      memoryStat: mem,
      pidsCurrent: numberOr(read('pids.current')),
      pidsLimit: limitOrNull(read('pids.max')),
      oomKills: events.oom_kill ?? 0,
    })
  }

  limits(path: string): CgroupLimits {
    const d = this.dir(path)
    const read = (f: string) => readOptional(this.fs, `${d}/${f}`)
    const memory = limitOrNull(read('memory.max'))
    const swapMax = read('memory.swap.max')
    const swap = limitOrNull(swapMax)
    const [q, p] = (read('cpu.max') ?? '').trim().split(/\s+/)
    const weight = limitOrNull(read('cpu.weight'))
    return {
      memory,
      memorySwap: memory !== null && swap !== null ? memory + swap : null,
      cpuQuotaUs: q ? limitOrNull(q) : null,
      cpuPeriodUs: p ? limitOrNull(p) : null,
      cpuShares: weight === null ? null : cpuWeightToShares(weight),
      cpuWeight: weight,
      pidsLimit: limitOrNull(read('pids.max')),
      cpusetCpus: read('cpuset.cpus')?.trim() ?? null,
    }
  }

  oomKilled(path: string): boolean {
    return this.stats(path).oomKills > 0
  }

  async remove(path: string): Promise<void> {
    await removeTree(this.fs, this.dir(path))
  }

  listUnder(parent = this.parent): string[] {
    try {
      return this.fs.subdirs(this.dir(parent)).map((c) => `${parent}/${c}`).sort()
    } catch (err) {
      if (errnoOf(err) === 'ENOENT') return []
      throw err
    }
  }
}
