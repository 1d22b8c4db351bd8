import { RuntimeError } from '../errors.js'
import { CPU_PERIOD_US, nanoCpusToQuota } from '../util/cpus.js'
import type { CgroupResources } from './types.js'

export const INVALID_RESOURCES = 'CGROUP_INVALID_RESOURCES'

/** docker's minimum --memory (daemon linuxMinMemory). */
export const MIN_MEMORY = 6 * 1024 * 1024

const bad = (message: string) => new RuntimeError(INVALID_RESOURCES, message, { exitCode: 125 })

/** docker's checks on resources (daemon_unix.go verifyPlatformContainerResources), same wording. */
export function validateResources(r: CgroupResources): void {
  if (r.memory !== undefined && r.memory > 0 && r.memory < MIN_MEMORY) {
    throw bad(`invalid memory limit ${r.memory}: minimum memory limit allowed is 6MB`)
  }
  if (r.memorySwap !== undefined && r.memorySwap > 0 && !(r.memory && r.memory > 0)) {
    throw bad('you should always set the memory limit when using a memory-swap limit')
  }
  if (r.memorySwap !== undefined && r.memorySwap > 0 && r.memory && r.memorySwap < r.memory) {
    throw bad(`invalid memory-swap ${r.memorySwap}: it must be larger than the memory limit ${r.memory}`)
  }
  if (r.memorySwappiness !== undefined && r.memorySwappiness !== -1 && (r.memorySwappiness < 0 || r.memorySwappiness > 100)) {
    throw bad(`invalid memory-swappiness ${r.memorySwappiness}: expected 0 to 100`)
  }
  if (r.nanoCpus && (r.cpuQuota || r.cpuPeriod)) {
    throw bad('conflicting options: --cpus and --cpu-quota/--cpu-period cannot both be set')
  }
  if (r.nanoCpus !== undefined && r.nanoCpus < 0) throw bad(`invalid cpus ${r.nanoCpus / 1e9}: must be positive`)
  if (r.cpuQuota && r.cpuQuota > 0 && r.cpuQuota < 1000) throw bad(`invalid cpu-quota ${r.cpuQuota}: CPU cfs quota can not be less than 1ms (1000)`)
  if (r.cpuPeriod && (r.cpuPeriod < 1000 || r.cpuPeriod > 1_000_000)) {
    throw bad(`invalid cpu-period ${r.cpuPeriod}: CPU cfs period can not be less than 1ms (1000) or larger than 1s (1000000)`)
  }
  if (r.blkioWeight && (r.blkioWeight < 10 || r.blkioWeight > 1000)) {
    throw bad(`invalid blkio-weight ${r.blkioWeight}: range of blkio weight is from 10 to 1000`)
  }
  if (r.cpuShares !== undefined && r.cpuShares < 0) throw bad(`invalid cpu-shares ${r.cpuShares}: must be positive`)
}

/**
 * The memory+swap total to apply: docker sets it to 2 × memory when --memory is given
 * without --memory-swap (daemon_unix.go adaptContainerSettings). -1 = unlimited;
 * undefined = leave the kernel default.
 */
export function effectiveMemorySwap(r: CgroupResources): number | undefined {
  if (!r.memory || r.memory <= 0) return r.memorySwap === -1 ? -1 : undefined
  if (r.memorySwap === undefined || r.memorySwap === 0) return r.memory * 2
  return r.memorySwap
}

/** CFS quota/period (µs) for --cpus or --cpu-quota/--cpu-period; undefined fields stay as they are. */
export function cpuQuota(r: CgroupResources): { quota?: number; period?: number } {
  if (r.nanoCpus && r.nanoCpus > 0) return { quota: nanoCpusToQuota(r.nanoCpus), period: CPU_PERIOD_US }
  return { quota: r.cpuQuota || undefined, period: r.cpuPeriod || undefined }
}

/** pids.max value: docker treats 0 and -1 as unlimited. */
export function pidsMax(r: CgroupResources): string | undefined {
  if (r.pidsLimit === undefined) return undefined
  return r.pidsLimit > 0 ? String(r.pidsLimit) : 'max'
}

/**
 * cpu.shares → cpu.weight, the quadratic fit runc and crun share
 * (ConvertCPUSharesToCgroupV2Value): maps 2→1, 1024→100, 262144→10000 exactly.
 */
export function cpuSharesToWeight(shares: number): number {
  if (shares === 0) return 0
  if (shares <= 2) return 1
  if (shares >= 262_144) return 10_000
  const l = Math.log2(shares)
  const exponent = (l * l + 125 * l) / 612 - 7 / 34
  return Math.ceil(10 ** exponent)
}

/** The inverse on the shares scale (for reading a v2 weight back in docker's terms); approximate. */
export function cpuWeightToShares(weight: number): number {
  if (weight <= 1) return 2
  if (weight >= 10_000) return 262_144
  // invert the quadratic: l² + 125 l − 612 (log10 w + 7/34) = 0
  const c = 612 * (Math.log10(weight) + 7 / 34)
  const l = (-125 + Math.sqrt(125 * 125 + 4 * c)) / 2
  return Math.round(2 ** l)
}

/** blkio weight (10-1000) → io.weight (1-10000), runc's ConvertBlkIOToIOWeightValue. */
export function blkioToIoWeight(w: number): number {
  return 1 + Math.floor(((w - 10) * 9999) / 990)
}

/** Values at or above 2^62 are the kernel's "no limit" (v1 prints PAGE_COUNTER_MAX pages). */
export function limitOrNull(text: string | null): number | null {
  if (text === null) return null
  const t = text.trim()
  if (t === '' || t === 'max' || t === '-1') return null
  const n = Number(t)
  return Number.isFinite(n) && n < 2 ** 62 ? n : null
}
