/**
 * Compose's scalar syntaxes: Go durations (`1m30s`), byte sizes (`512m`), shell-split
 * commands. Each parser takes text and returns a value or throws a plain Error whose message
 * the caller wraps with the key path and position.
 */

const DURATION_UNITS: Record<string, number> = {
  ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9, d: 86400e9, w: 604800e9,
}

/** Parses a duration ("1m30s", "1.5h", "300ms", "1d") into nanoseconds: Go syntax plus days and weeks, as compose accepts. */
export function parseDuration(text: string): number {
  const s = text.trim()
  if (s === '0') return 0
  const re = /([0-9]*\.?[0-9]+)(ns|us|µs|μs|ms|s|m|h|d|w)/gy
  let sign = 1
  let i = 0
  if (s[0] === '-' || s[0] === '+') {
    sign = s[0] === '-' ? -1 : 1
    i = 1
  }
  if (i >= s.length) throw new Error(`invalid duration "${text}"`)
  let total = 0
  re.lastIndex = i
  while (re.lastIndex < s.length) {
    const m = re.exec(s)
    if (!m) {
      const unitless = /^[0-9.]+$/.test(s.slice(i))
      throw new Error(unitless ? `missing unit in duration "${text}"` : `invalid duration "${text}"`)
    }
    total += Number(m[1]) * DURATION_UNITS[m[2]!]!
    i = re.lastIndex
  }
  return sign * Math.round(total)
}

function fmtFrac(v: number, prec: number): string {
  // Go prints the fraction without trailing zeros.
  const whole = Math.floor(v / 10 ** prec)
  let frac = String(v % 10 ** prec).padStart(prec, '0').replace(/0+$/, '')
  return frac ? `${whole}.${frac}` : String(whole)
}

/** Formats nanoseconds as Go's time.Duration.String(): 90s -> "1m30s", 1h -> "1h0m0s". */
export function formatDuration(ns: number): string {
  if (ns === 0) return '0s'
  const neg = ns < 0
  let u = Math.abs(ns)
  let out: string
  if (u < 1e9) {
    if (u < 1e3) out = `${u}ns`
    else if (u < 1e6) out = `${fmtFrac(u, 3)}µs`
    else out = `${fmtFrac(u, 6)}ms`
  } else {
    const h = Math.floor(u / 3600e9)
    u -= h * 3600e9
    const m = Math.floor(u / 60e9)
    u -= m * 60e9
    const sec = `${fmtFrac(u, 9)}s`
    out = h > 0 ? `${h}h${m}m${sec}` : m > 0 ? `${m}m${sec}` : sec
  }
  return neg ? `-${out}` : out
}

/** Canonical Go form of a duration written in any accepted spelling. */
export function canonicalDuration(value: unknown): string {
  if (typeof value === 'number') return formatDuration(value * 1e9)
  return formatDuration(parseDuration(String(value)))
}

const BYTE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 }

/** Parses "512m", "1.5g", "1024" (bytes, binary multiples) as docker's RAMInBytes does. */
export function parseBytes(value: unknown): number {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0) throw new Error(`invalid size "${value}"`)
    return value
  }
  const m = /^\s*(\d+(?:\.\d+)?)\s?([kmgtp])?i?b?\s*$/i.exec(String(value))
  if (!m) throw new Error(`invalid size "${String(value)}": expected a number of bytes with an optional unit (b, k, m, g)`)
  return Math.floor(Number(m[1]) * BYTE_UNITS[(m[2] ?? '').toLowerCase()]!)
}

/** Byte sizes print as a decimal string of bytes, as docker compose prints them. */
export function canonicalBytes(value: unknown): string {
  return String(parseBytes(value))
}

/**
 * Splits a command string the way docker compose does (go-shellwords): whitespace separates
 * words; single quotes are literal; double quotes allow backslash escapes; a backslash
 * outside quotes escapes the next character.
 */
export function shellSplit(text: string): string[] {
  const words: string[] = []
  let cur = ''
  let inWord = false
  let quote: '"' | "'" | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quote === "'") {
      if (c === "'") quote = undefined
      else cur += c
      continue
    }
    if (quote === '"') {
      if (c === '"') quote = undefined
      else if (c === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1]!)) cur += text[++i]
      else cur += c
      continue
    }
    if (c === '\\' && i + 1 < text.length) {
      cur += text[++i]
      inWord = true
    } else if (c === "'" || c === '"') {
      quote = c
      inWord = true
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (inWord) words.push(cur)
      cur = ''
      inWord = false
    } else {
      cur += c
      inWord = true
    }
  }
  if (quote) throw new Error(`unterminated ${quote === '"' ? 'double' : 'single'} quote in "${text}"`)
  if (inWord) words.push(cur)
  return words
}
