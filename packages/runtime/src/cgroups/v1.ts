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
import { dockerDeviceRules, formatDeviceRule, privilegedDeviceRules } from './devices.js'
import { cpuQuota, effectiveMemorySwap, limitOrNull, pidsMax, validateResources } from './resources.js'
import { killEach, makeStats, type StatsInput } from './shared-ops.js'
import type { CgroupLimits, CgroupManager, CgroupResources, CgroupStats, CreateResult } from './types.js'

/** The v1 controllers a container joins (docker's cgroupfs driver joins the same set). */
export const V1_CONTROLLERS = ['cpu', 'cpuacct', 'cpuset', 'memory', 'devices', 'freezer', 'blkio', 'pids'] as const

export interface CgroupV1Options {
  readonly fs: CgroupFs
  /** controller → mount point, from detectCgroupLayout(). */
  readonly mounts: Readonly<Record<string, string>>
  /**
   * A cgroup2 mount next to the v1 hierarchies (hybrid). The container joins it too: it has
   * no controllers here, but it gives cgroup.kill for a race-free SIGKILL of the whole tree.
   */
  readonly unified?: string | null
  readonly parent?: string
}

/** cgroup v1: one directory per controller hierarchy (`/sys/fs/cgroup/<ctrl>/<path>`). */
export class CgroupV1 implements CgroupManager {
  readonly version = 'v1' as const
  readonly parent: string
  private readonly fs: CgroupFs
  private readonly mounts: Record<string, string>
  private readonly unified: string | null
  /** Distinct mount points (co-mounted controllers such as cpu,cpuacct share one). */
  private readonly hierarchies: string[]

  constructor(opts: CgroupV1Options) {
    this.fs = opts.fs
    this.parent = opts.parent ?? DEFAULT_CGROUP_PARENT
    checkPath(this.parent)
    this.mounts = {}
    for (const c of V1_CONTROLLERS) if (opts.mounts[c]) this.mounts[c] = opts.mounts[c]!
    this.hierarchies = [...new Set(Object.values(this.mounts))]
    this.unified = opts.unified ?? null
  }

  pathFor(id: string): string {
    return `${this.parent}/${id}`
  }

  private dir(ctrl: string, path: string): string | null {
    const m = this.mounts[ctrl]
    return m ? `${m}/${path}` : null
  }

  private need(ctrl: string, path: string, why: string): string {
    const d = this.dir(ctrl, path)
    if (!d) throw new RuntimeError(CONTROLLER_MISSING, `cgroup v1 controller "${ctrl}" is not mounted (needed for ${why})`)
    return d
  }

  dirs(path: string): string[] {
    checkPath(path)
    const out = this.hierarchies.map((h) => `${h}/${path}`)
    if (this.unified) out.push(`${this.unified}/${path}`)
    return out
  }

  create(path: string, r: CgroupResources = {}): CreateResult {
    validateResources(r)
    const segs = checkPath(path)
    const warnings: string[] = []
    const created: string[] = []
    try {
      for (const h of [...this.hierarchies, ...(this.unified ? [this.unified] : [])]) {
        for (let i = 1; i <= segs.length; i++) {
          const d = `${h}/${segs.slice(0, i).join('/')}`
          if (this.fs.exists(d)) continue
          try {
            this.fs.mkdir(d)
            created.push(d)
          } catch (err) {
            if (errnoOf(err) !== 'EEXIST') throw err // a concurrent create of the same parent
          }
        }
      }
      this.initCpuset(segs)
      this.writeLimits(path, r, warnings)
    } catch (err) {
      // Nothing runs in a fresh cgroup yet, so plain rmdir (deepest first) undoes it.
      for (const d of created.reverse()) {
        try {
          this.fs.rmdir(d)
        } catch {
          // already gone or concurrently populated: remove() will deal with it
        }
      }
      throw err
    }
    return { warnings }
  }

  /**
   * A new v1 cpuset has empty cpus/mems and refuses every task until they are set, so each
   * level copies its parent's (runc's cpuset ensureParent does the same).
   */
  private initCpuset(segs: string[]): void {
    const root = this.mounts.cpuset
    if (!root) return
    for (let i = 1; i <= segs.length; i++) {
      const parent = i === 1 ? root : `${root}/${segs.slice(0, i - 1).join('/')}`
      const d = `${root}/${segs.slice(0, i).join('/')}`
      for (const f of ['cpuset.cpus', 'cpuset.mems']) {
        if ((readOptional(this.fs, `${d}/${f}`) ?? 'x').trim() !== '') continue
        const v = (readOptional(this.fs, `${parent}/${f}`) ?? '').trim()
        if (v) this.fs.write(`${d}/${f}`, v)
      }
    }
  }

  private writeLimits(path: string, r: CgroupResources, warnings: string[]): void {
    const fs = this.fs
    const swap = effectiveMemorySwap(r)
    if ((r.memory && r.memory > 0) || (swap !== undefined && swap !== -1) || r.memoryReservation || (r.memorySwappiness ?? -1) >= 0) {
      const mem = this.need('memory', path, '--memory')
      const memsw = swap !== undefined && fs.exists(`${mem}/memory.memsw.limit_in_bytes`)
      if (swap !== undefined && !memsw && swap !== -1) {
        warnings.push('your kernel does not support swap limit capabilities or the cgroup is not mounted: memory limited without swap')
      }
      // The kernel keeps memsw ≥ limit: a fresh cgroup (memsw unlimited) takes the limit
      // first; a reused one whose memsw is below the new limit needs memsw first (EINVAL).
      let memswDone = false
      if (r.memory && r.memory > 0) {
        try {
          fs.write(`${mem}/memory.limit_in_bytes`, String(r.memory))
        } catch (err) {
          if (errnoOf(err) !== 'EINVAL' || !memsw) throw err
          fs.write(`${mem}/memory.memsw.limit_in_bytes`, String(swap))
          fs.write(`${mem}/memory.limit_in_bytes`, String(r.memory))
          memswDone = true
        }
      }
      if (memsw && !memswDone) fs.write(`${mem}/memory.memsw.limit_in_bytes`, String(swap))
      if (r.memoryReservation) fs.write(`${mem}/memory.soft_limit_in_bytes`, String(r.memoryReservation))
      if ((r.memorySwappiness ?? -1) >= 0) fs.write(`${mem}/memory.swappiness`, String(r.memorySwappiness))
    }
    const { quota, period } = cpuQuota(r)
    if (r.cpuShares || quota || period) {
      const cpu = this.need('cpu', path, '--cpus/--cpu-shares')
      if (r.cpuShares) fs.write(`${cpu}/cpu.shares`, String(r.cpuShares))
      if (period) {
        try {
          fs.write(`${cpu}/cpu.cfs_period_us`, String(period))
        } catch (err) {
          // crun's quirk: a period the current quota does not fit is EINVAL until the quota is written.
          if (errnoOf(err) !== 'EINVAL' || !quota) throw err
          fs.write(`${cpu}/cpu.cfs_quota_us`, String(quota))
          fs.write(`${cpu}/cpu.cfs_period_us`, String(period))
        }
      }
      if (quota) fs.write(`${cpu}/cpu.cfs_quota_us`, String(quota))
    }
    const pids = pidsMax(r)
    if (pids !== undefined) fs.write(`${this.need('pids', path, '--pids-limit')}/pids.max`, pids)
    if (r.cpusetCpus) fs.write(`${this.need('cpuset', path, '--cpuset-cpus')}/cpuset.cpus`, r.cpusetCpus)
    if (r.cpusetMems) fs.write(`${this.need('cpuset', path, '--cpuset-mems')}/cpuset.mems`, r.cpusetMems)
    if (r.blkioWeight) {
      const blk = this.need('blkio', path, '--blkio-weight')
      const file = ['blkio.weight', 'blkio.bfq.weight'].find((f) => fs.exists(`${blk}/${f}`))
      if (file) fs.write(`${blk}/${file}`, String(r.blkioWeight))
      else warnings.push('your kernel does not support Block I/O weight: weight discarded')
    }
    const devices = this.dir('devices', path)
    if (devices) {
      const rules = r.privileged ? privilegedDeviceRules() : (r.devices ?? dockerDeviceRules())
      for (const rule of rules) fs.write(`${devices}/${rule.allow ? 'devices.allow' : 'devices.deny'}`, formatDeviceRule(rule))
    }
  }

  /** v1 enforces device rules through the devices controller, written by create(). */
  deviceFilter(): null {
    return null
  }

  procsFiles(path: string): string[] {
    return this.dirs(path).map((d) => `${d}/cgroup.procs`)
  }

  memoryDir(path: string): string | null {
    checkPath(path)
    return this.dir('memory', path)
  }

  freezerFile(path: string): string | null {
    checkPath(path)
    const d = this.dir('freezer', path)
    return d ? `${d}/freezer.state` : null
  }

  exists(path: string): boolean {
    return this.dirs(path).some((d) => this.fs.exists(d))
  }

  pids(path: string): number[] {
    const all = new Set<number>()
    for (const f of this.procsFiles(path)) for (const p of parsePids(readOptional(this.fs, f))) all.add(p)
    return [...all].sort((a, b) => a - b)
  }

  isFrozen(path: string): boolean {
    const f = this.freezerFile(path)
    return f ? (readOptional(this.fs, f) ?? '').trim() === 'FROZEN' : false
  }

  async freeze(path: string): Promise<void> {
    const f = this.freezerFile(path)
    if (!f) throw new RuntimeError(CONTROLLER_MISSING, 'cgroup v1 controller "freezer" is not mounted (needed to pause)')
    this.fs.write(f, 'FROZEN')
    // Tasks freeze asynchronously (FREEZING); re-kick the write now and then, as runc does,
    // because a task racing through fork can leave the state stuck.
    const ok = await pollUntil(this.fs, () => this.isFrozen(path), 2000, (i) => {
      if (i % 25 === 24) this.fs.write(f, 'FROZEN')
    })
    if (!ok) {
      this.fs.write(f, 'THAWED')
      throw new RuntimeError(FREEZE_TIMEOUT, `cgroup ${path} did not freeze within 2s (state ${readOptional(this.fs, f)?.trim()})`)
    }
  }

  async thaw(path: string): Promise<void> {
    const f = this.freezerFile(path)
    if (!f) throw new RuntimeError(CONTROLLER_MISSING, 'cgroup v1 controller "freezer" is not mounted (needed to unpause)')
    this.fs.write(f, 'THAWED')
    await pollUntil(this.fs, () => !this.isFrozen(path), 2000)
  }

  async killAll(path: string, signal = SIGKILL): Promise<number> {
    const kill = this.unified ? `${this.unified}/${path}/cgroup.kill` : null
    if (signal === SIGKILL && kill && this.fs.exists(kill)) {
      this.fs.write(kill, '1')
      // Tasks that only joined the v1 hierarchies are not reached by cgroup.kill.
      await pollUntil(this.fs, () => this.pids(path).length === 0, 200)
      if (this.pids(path).length === 0) return -1
    }
    // Freezing first keeps a forking process from escaping the iteration (runc does this for SIGKILL).
    const freeze = signal === SIGKILL && this.freezerFile(path) !== null && this.fs.exists(this.freezerFile(path)!)
    if (freeze) await this.freeze(path).catch(() => undefined)
    try {
      return killEach(this.fs, this.pids(path), signal)
    } finally {
      if (freeze) await this.thaw(path)
    }
  }

  private input(path: string): StatsInput {
    const read = (ctrl: string, file: string) => {
      const d = this.dir(ctrl, path)
      return d ? readOptional(this.fs, `${d}/${file}`) : null
    }
    const cpuacct = parseFlatKeyed(read('cpuacct', 'cpuacct.stat'))
    const cpu = parseFlatKeyed(read('cpu', 'cpu.stat'))
    const memStat = parseFlatKeyed(read('memory', 'memory.stat'))
    const oom = parseFlatKeyed(read('memory', 'memory.oom_control'))
    const tick = 1e9 / 100 // cpuacct.stat counts USER_HZ (100) ticks
    return {
      cpuUsageNs: numberOr(read('cpuacct', 'cpuacct.usage')),
      cpuUserNs: (cpuacct.user ?? 0) * tick,
      cpuSystemNs: (cpuacct.system ?? 0) * tick,
      cpuPeriods: cpu.nr_periods ?? 0,
      cpuThrottledPeriods: cpu.nr_throttled ?? 0,
      cpuThrottledNs: cpu.throttled_time ?? 0,
      memoryUsage: numberOr(read('memory', 'memory.usage_in_bytes')),
      memoryMaxUsage: limitOrNull(read('memory', 'memory.max_usage_in_bytes')),
      memoryLimit: limitOrNull(read('memory', 'memory.limit_in_bytes')),
      memoryInactiveFile: memStat.total_inactive_file ?? memStat.inactive_file ?? 0,
      memoryCache: memStat.total_cache ?? memStat.cache ?? 0,
      memoryStat: memStat,
      pidsCurrent: numberOr(read('pids', 'pids.current')),
      pidsLimit: limitOrNull(read('pids', 'pids.max')),
      oomKills: oom.oom_kill ?? 0,
    }
  }

  stats(path: string): CgroupStats {
    checkPath(path)
    return makeStats(this.input(path))
  }

  limits(path: string): CgroupLimits {
    checkPath(path)
    const read = (ctrl: string, file: string) => {
      const d = this.dir(ctrl, path)
      return d ? readOptional(this.fs, `${d}/${file}`) : null
    }
    const quota = limitOrNull(read('cpu', 'cpu.cfs_quota_us'))
    return {
      memory: limitOrNull(read('memory', 'memory.limit_in_bytes')),
      memorySwap: limitOrNull(read('memory', 'memory.memsw.limit_in_bytes')),
      cpuQuotaUs: quota,
      cpuPeriodUs: limitOrNull(read('cpu', 'cpu.cfs_period_us')),
      cpuShares: limitOrNull(read('cpu', 'cpu.shares')),
      cpuWeight: null,
      pidsLimit: limitOrNull(read('pids', 'pids.max')),
      cpusetCpus: read('cpuset', 'cpuset.cpus')?.trim() ?? null,
    }
  }

  oomKilled(path: string): boolean {
    return this.stats(path).oomKills > 0
  }

  async remove(path: string): Promise<void> {
    for (const d of this.dirs(path)) await removeTree(this.fs, d)
  }

  listUnder(parent = this.parent): string[] {
    const out = new Set<string>()
    for (const d of this.dirs(parent)) {
      try {
        for (const c of this.fs.subdirs(d)) out.add(`${parent}/${c}`)
      } catch (err) {
        if (errnoOf(err) !== 'ENOENT') throw err
      }
    }
    return [...out].sort()
  }
}
