import { INVALID_DURATION, invalidValue } from './invalid.js'

// Go's time.ParseDuration units, in milliseconds.
const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  'µs': 1e-3, // U+00B5 micro sign
  'μs': 1e-3, // U+03BC Greek mu
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
}
const PART = /(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y

/**
 * Parses a Go duration (`1m30s`, `500ms`, `2h`, `1.5s`, `-3s`, `0`) into milliseconds, as
 * docker's --health-interval, --stop-timeout-like flags and compose durations accept it.
 * Go requires a unit on every number except a bare 0.
 */
export function parseDuration(value: string): number {
  const bad = () =>
    invalidValue(
      INVALID_DURATION,
      `invalid duration ${JSON.stringify(value)}: expected numbers with units ns, us, ms, s, m, h`,
      'for example 1m30s or 500ms',
    )
  let s = value.trim()
  let sign = 1
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s[0] === '-') sign = -1
    s = s.slice(1)
  }
  if (s === '0') return 0
  if (s === '') throw bad()
  let total = 0
  PART.lastIndex = 0
  while (PART.lastIndex < s.length) {
    const m = PART.exec(s)
    if (!m) throw bad()
    total += Number(m[1]) * UNIT_MS[m[2]!]!
  }
  // Go measures in int64 nanoseconds: round to whole nanoseconds so 0.1s+0.2s is 300 ms.
  return (sign * Math.round(total * 1e6)) / 1e6 || 0
}

/** Formats milliseconds as a Go duration string (`1m30s`, `500ms`), the inverse of parseDuration. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s'
  const neg = ms < 0
  let rest = Math.abs(ms)
  if (rest < 1000) return `${neg ? '-' : ''}${+rest.toFixed(6)}ms`
  const h = Math.floor(rest / 3_600_000)
  rest -= h * 3_600_000
  const m = Math.floor(rest / 60_000)
  rest -= m * 60_000
  const s = +(rest / 1000).toFixed(9)
  return `${neg ? '-' : ''}${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${s}s`
}
