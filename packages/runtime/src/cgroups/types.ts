import type { DeviceFilter } from './device-filter.js'

/**
 * What a container asks of its cgroup, in docker's terms (already parsed: bytes, nano-CPUs).
 * The backends translate to v1 or v2 files; docker's defaulting rules live in resources.ts.
 */
export interface CgroupResources {
  /** Memory limit in bytes (--memory). */
  readonly memory?: number
  /** Memory + swap in bytes (--memory-swap); -1 = unlimited swap; unset = 2 × memory. */
  readonly memorySwap?: number
  /** Soft limit in bytes (--memory-reservation). */
  readonly memoryReservation?: number
  /** 0-100 (--memory-swappiness); v1 only. */
  readonly memorySwappiness?: number
  /** --cpus in nano-CPUs: quota = nanoCpus × period / 1e9 with a 100 ms period. */
  readonly nanoCpus?: number
  /** --cpu-quota / --cpu-period in µs (conflicts with nanoCpus, as in docker). */
  readonly cpuQuota?: number
  readonly cpuPeriod?: number
  /** --cpu-shares (v1 cpu.shares; v2 cpu.weight through the runc/crun conversion). */
  readonly cpuShares?: number
  readonly cpusetCpus?: string
  readonly cpusetMems?: string
  /** --pids-limit; 0 or -1 = unlimited. */
  readonly pidsLimit?: number
  /** --blkio-weight 10-1000. */
  readonly blkioWeight?: number
  /** Device cgroup rules in order; unset = docker's defaults (devices.ts). v1 writes them to
   * the devices controller, v2 compiles them into a BPF device program (deviceFilter). */
  readonly devices?: readonly DeviceRule[]
  /** Privileged containers get every device. */
  readonly privileged?: boolean
}

export interface DeviceRule {
  readonly allow: boolean
  /** 'a' (all), 'c' (char) or 'b' (block). */
  readonly type: 'a' | 'c' | 'b'
  /** -1 = any (`*`). */
  readonly major: number
  readonly minor: number
  /** Subset of 'rwm'. */
  readonly access: string
}

/** Limits as the kernel holds them, read back (integration tests and `inspect`). null = unlimited. */
export interface CgroupLimits {
  readonly memory: number | null
  /** Memory + swap total (docker's MemorySwap meaning) or null when unlimited / not accounted. */
  readonly memorySwap: number | null
  readonly cpuQuotaUs: number | null
  readonly cpuPeriodUs: number | null
  /** v1 cpu.shares; on v2 the value that maps to cpu.weight (shares are not stored on v2). */
  readonly cpuShares: number | null
  /** v2 cpu.weight, or null on v1. */
  readonly cpuWeight: number | null
  readonly pidsLimit: number | null
  readonly cpusetCpus: string | null
}

/** What `docker stats` needs, from the cgroup files runc's stats read. */
export interface CgroupStats {
  readonly cpuUsageNs: number
  readonly cpuUserNs: number
  readonly cpuSystemNs: number
  readonly cpuPeriods: number
  readonly cpuThrottledPeriods: number
  readonly cpuThrottledNs: number
  /** memory.usage_in_bytes (v1) / memory.current (v2). */
  readonly memoryUsage: number
  /** Peak usage (v1 max_usage_in_bytes, v2 memory.peak ≥ 5.19) or null. */
  readonly memoryMaxUsage: number | null
  readonly memoryLimit: number | null
  /** total_inactive_file (v1) / inactive_file (v2): docker stats subtracts it. */
  readonly memoryInactiveFile: number
  /** Page cache: v1 `cache`, v2 `file`. */
  readonly memoryCache: number
  /** What `docker stats` shows as MEM USAGE: usage − inactive_file. */
  readonly memoryUsed: number
  /** The whole memory.stat, keys as the kernel names them. */
  readonly memoryStat: Readonly<Record<string, number>>
  readonly pidsCurrent: number
  readonly pidsLimit: number | null
  readonly oomKills: number
}

export interface CreateResult {
  /** Settings the kernel could not take and were skipped (docker prints the same as warnings). */
  readonly warnings: string[]
}

/**
 * One cgroup per container, in every hierarchy the backend uses. Paths are relative to the
 * hierarchy roots (`tsc-compose/<id>`); `pathFor(id)` builds one under the manager's parent.
 */
export interface CgroupManager {
  readonly version: 'v1' | 'v2'
  /** The parent every container cgroup goes under (default `tsc-compose`). */
  readonly parent: string
  pathFor(id: string): string
  create(path: string, resources?: CgroupResources): CreateResult
  /**
   * v2 only: the BPF device program the supervisor attaches to the cgroup before the
   * container runs (v1 enforces devices in create()). null: nothing to attach (v1, privileged).
   */
  deviceFilter?(path: string, resources?: CgroupResources): DeviceFilter | null
  /** Every cgroup.procs file the container pid must be written to (the supervisor writes it). */
  procsFiles(path: string): string[]
  /** Directory holding memory.oom_control (v1) or memory.events (v2), for OOM watching. */
  memoryDir(path: string): string | null
  /** freezer.state (v1) or cgroup.freeze (v2). */
  freezerFile(path: string): string | null
  /** Every directory of this cgroup, one per hierarchy. */
  dirs(path: string): string[]
  exists(path: string): boolean
  pids(path: string): number[]
  freeze(path: string): Promise<void>
  thaw(path: string): Promise<void>
  isFrozen(path: string): boolean
  /** Signals every process; SIGKILL uses cgroup.kill when present. Returns how many were signalled (-1 when cgroup.kill did it). */
  killAll(path: string, signal?: number): Promise<number>
  stats(path: string): CgroupStats
  limits(path: string): CgroupLimits
  oomKilled(path: string): boolean
  /** rmdir leaf-first in every hierarchy, bounded retries on EBUSY; a missing cgroup is fine. */
  remove(path: string): Promise<void>
  /** Child cgroups of `parent` (default: the manager's parent) in any hierarchy, as paths. */
  listUnder(parent?: string): string[]
}
