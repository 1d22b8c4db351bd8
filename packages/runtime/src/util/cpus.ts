import { INVALID_CPUS, invalidValue } from './invalid.js'

const DECIMAL = /^(\d*)(?:\.(\d*))?$/
const RATIO = /^(\d+)\/(\d+)$/

/**
 * `--cpus 1.5` → 1_500_000_000 nano-CPUs, exactly (no floating point), like docker's
 * NanoCPUs option, which parses a rational and refuses anything finer than 1e-9 CPU.
 */
export function parseCpus(value: string | number): number {
  const text = String(value).trim()
  const bad = (why: string) => invalidValue(INVALID_CPUS, `invalid cpus ${JSON.stringify(String(value))}: ${why}`, 'for example 0.5 or 2')
  let nanos: bigint
  const r = RATIO.exec(text)
  const d = DECIMAL.exec(text)
  if (r) {
    const den = BigInt(r[2]!)
    if (den === 0n) throw bad('division by zero')
    const num = BigInt(r[1]!) * 1_000_000_000n
    if (num % den !== 0n) throw bad('value is too precise (at most 9 decimals)')
    nanos = num / den
  } else if (d && (d[1] || d[2])) {
    const frac = d[2] ?? ''
    if (frac.length > 9 && /[1-9]/.test(frac.slice(9))) throw bad('value is too precise (at most 9 decimals)')
    nanos = BigInt(d[1] || '0') * 1_000_000_000n + BigInt((frac.slice(0, 9) || '0').padEnd(9, '0'))
  } else {
    throw bad('expected a non-negative number of CPUs')
  }
  if (nanos > BigInt(Number.MAX_SAFE_INTEGER)) throw bad('too large')
  return Number(nanos)
}

/** cgroup CFS period docker uses for --cpus (µs). */
export const CPU_PERIOD_US = 100_000

/** `--cpus` → CFS quota for the 100 ms period (docker daemon_unix.go). */
export function nanoCpusToQuota(nanoCpus: number, periodUs = CPU_PERIOD_US): number {
  return Math.floor((nanoCpus * periodUs) / 1e9)
}
