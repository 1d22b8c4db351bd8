import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'
import type { CgroupStats } from '../cgroups/types.js'

/** One `docker stats` sample (the JSON shape of `docker stats --format json`, plus raw numbers). */
export interface ContainerStats {
  readonly ID: string
  readonly Name: string
  readonly CPUPerc: string
  readonly MemUsage: string
  readonly MemPerc: string
  readonly NetIO: string
  readonly BlockIO: string
  readonly PIDs: string
  readonly cpuPercent: number
  readonly memoryUsed: number
  readonly memoryLimit: number
  readonly pids: number
}

/** Host CPU time in ns from /proc/stat (docker's system_cpu_usage). */
export function systemCpuNs(statText = readFileSync('/proc/stat', 'utf8')): number {
  const line = statText.split('\n').find((l) => l.startsWith('cpu '))
  if (!line) return 0
  const ticks = line.trim().split(/\s+/).slice(1, 8).reduce((a, b) => a + Number(b), 0)
  // USER_HZ is 100 on Linux.
  return (ticks * 1e9) / 100
}

export interface CpuSample {
  readonly containerNs: number
  readonly systemNs: number
}

/**
 * docker's calculateCPUPercentUnix: (container delta / system delta) × online CPUs × 100.
 * The first sample has no previous one: docker shows 0.00%.
 */
export function cpuPercent(prev: CpuSample | undefined, cur: CpuSample, onlineCpus = cpus().length): number {
  if (!prev) return 0
  const cd = cur.containerNs - prev.containerNs
  const sd = cur.systemNs - prev.systemNs
  if (cd <= 0 || sd <= 0) return 0
  return (cd / sd) * onlineCpus * 100
}

export function formatStats(id: string, name: string, s: CgroupStats, cpu: number, hostMem: number, fmt: (n: number) => string): ContainerStats {
  const limit = s.memoryLimit && s.memoryLimit < hostMem ? s.memoryLimit : hostMem
  return {
    ID: id.slice(0, 12),
    Name: name,
    CPUPerc: `${cpu.toFixed(2)}%`,
    MemUsage: `${fmt(s.memoryUsed)} / ${fmt(limit)}`,
    MemPerc: `${limit > 0 ? ((s.memoryUsed / limit) * 100).toFixed(2) : '0.00'}%`,
    NetIO: '0B / 0B',
    BlockIO: '0B / 0B',
    PIDs: String(s.pidsCurrent),
    cpuPercent: cpu,
    memoryUsed: s.memoryUsed,
    memoryLimit: limit,
    pids: s.pidsCurrent,
  }
}
