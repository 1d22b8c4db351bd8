import type { CgroupStats } from './types.js'

/** One reading of /proc/stat's aggregate `cpu` line, as docker's getSystemCPUUsage takes it. */
export interface SystemCpu {
  /** Sum of the cpu line's fields in ns (USER_HZ ticks × 10 ms). */
  readonly totalNs: number
  /** Number of `cpuN` lines: docker's online CPU count when the cgroup gives none. */
  readonly onlineCpus: number
}

/** Parses /proc/stat text (the first 7 fields of the `cpu` line: user…softirq plus steal, like docker). */
export function parseProcStat(text: string): SystemCpu {
  let totalNs = 0
  let onlineCpus = 0
  for (const line of text.split('\n')) {
    if (line.startsWith('cpu ')) {
      const f = line.trim().split(/\s+/).slice(1, 8).map(Number)
      totalNs = f.reduce((a, b) => a + b, 0) * (1e9 / 100)
    } else if (/^cpu\d+ /.test(line)) {
      onlineCpus++
    }
  }
  return { totalNs, onlineCpus }
}

/** `docker stats` CPU %: Δcontainer / Δsystem × online CPUs × 100 (cli stats_helpers.go). */
export function cpuPercent(prev: Pick<CgroupStats, 'cpuUsageNs'>, cur: Pick<CgroupStats, 'cpuUsageNs'>, prevSys: SystemCpu, curSys: SystemCpu): number {
  const dc = cur.cpuUsageNs - prev.cpuUsageNs
  const ds = curSys.totalNs - prevSys.totalNs
  if (dc <= 0 || ds <= 0) return 0
  return (dc / ds) * (curSys.onlineCpus || 1) * 100
}

/** `docker stats` MEM %: used / limit × 100, with the host's memory when the cgroup has no limit. */
export function memoryPercent(s: Pick<CgroupStats, 'memoryUsed' | 'memoryLimit'>, hostMemory: number): number {
  const limit = s.memoryLimit ?? hostMemory
  return limit > 0 ? (s.memoryUsed / limit) * 100 : 0
}
