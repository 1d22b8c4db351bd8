import { type CgroupFs, errnoOf } from './cgroup-fs.js'
import type { CgroupStats } from './types.js'

export type StatsInput = Omit<CgroupStats, 'memoryUsed'>

/** docker stats' MEM USAGE: usage minus inactive file pages (cli stats_helpers.go). */
export function makeStats(i: StatsInput): CgroupStats {
  const used = i.memoryInactiveFile < i.memoryUsage ? i.memoryUsage - i.memoryInactiveFile : i.memoryUsage
  return { ...i, memoryUsed: used }
}

/** Sends `signal` to each pid; a process that exited meanwhile (ESRCH) is not an error. */
export function killEach(fs: CgroupFs, pids: number[], signal: number): number {
  let n = 0
  for (const pid of pids) {
    try {
      fs.kill(pid, signal)
      n++
    } catch (err) {
      if (errnoOf(err) !== 'ESRCH') throw err
    }
  }
  return n
}
