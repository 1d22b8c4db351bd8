import { INVALID_SIGNAL, invalidValue } from './invalid.js'

/** Linux signal numbers (x86_64 / generic; same on arm64). */
export const SIGNALS: Readonly<Record<string, number>> = {
  HUP: 1, INT: 2, QUIT: 3, ILL: 4, TRAP: 5, ABRT: 6, IOT: 6, BUS: 7, FPE: 8, KILL: 9, USR1: 10,
  SEGV: 11, USR2: 12, PIPE: 13, ALRM: 14, TERM: 15, STKFLT: 16, CHLD: 17, CLD: 17, CONT: 18,
  STOP: 19, TSTP: 20, TTIN: 21, TTOU: 22, URG: 23, XCPU: 24, XFSZ: 25, VTALRM: 26, PROF: 27,
  WINCH: 28, IO: 29, POLL: 29, PWR: 30, SYS: 31,
}
export const SIGRTMIN = 34
export const SIGRTMAX = 64

export interface Signal {
  readonly number: number
  /** Canonical name with the SIG prefix: `SIGTERM`, `SIGRTMIN+3`. */
  readonly name: string
}

const CANONICAL = new Map<number, string>()
for (const [name, n] of Object.entries(SIGNALS)) if (!CANONICAL.has(n)) CANONICAL.set(n, name)

/** `15` → `SIGTERM`; real-time signals as `SIGRTMIN+n`. */
export function signalName(n: number): string {
  const base = CANONICAL.get(n)
  if (base) return `SIG${base}`
  if (n === SIGRTMIN) return 'SIGRTMIN'
  if (n === SIGRTMAX) return 'SIGRTMAX'
  if (n > SIGRTMIN && n < SIGRTMAX) return `SIGRTMIN+${n - SIGRTMIN}`
  return `SIG${n}`
}

/**
 * `SIGTERM`, `term`, `15`, `SIGRTMIN+3`, `RTMAX-1`: what `docker kill --signal` and
 * `stop_signal` accept. 0 is not a signal (docker refuses it too).
 */
export function parseSignal(value: string | number): Signal {
  const bad = () =>
    invalidValue(INVALID_SIGNAL, `invalid signal ${JSON.stringify(String(value))}: expected a name like SIGTERM or a number 1-64`)
  const trimmed = String(value).trim()
  // `SIG32` is how signalName prints the two glibc-reserved numbers without a name.
  const raw = /^SIG\d+$/i.test(trimmed) ? trimmed.slice(3) : trimmed
  if (/^\d+$/.test(raw)) {
    const n = Number(raw)
    if (n < 1 || n > SIGRTMAX) throw bad()
    return { number: n, name: signalName(n) }
  }
  const up = raw.toUpperCase().replace(/^SIG/, '')
  const base = SIGNALS[up]
  if (base !== undefined) return { number: base, name: signalName(base) }
  const rt = /^RT(MIN|MAX)(?:([+-])(\d+))?$/.exec(up)
  if (rt) {
    const off = rt[3] ? Number(rt[3]) * (rt[2] === '-' ? -1 : 1) : 0
    const n = (rt[1] === 'MIN' ? SIGRTMIN : SIGRTMAX) + off
    if (n >= SIGRTMIN && n <= SIGRTMAX) return { number: n, name: signalName(n) }
  }
  throw bad()
}
