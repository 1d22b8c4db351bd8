/**
 * Reads a container's json-file log (written by native/supervisor/log.c) across its size
 * rotations: `<log>.N` (oldest) … `<log>.1`, then `<log>`. Supports docker logs' options:
 * tail, since, until, timestamps and follow (fs.watch with a polling fallback, ending when
 * the container is gone for good).
 */
import { closeSync, existsSync, fstatSync, openSync, readSync, statSync, watch, type FSWatcher } from 'node:fs'
import { dirname } from 'node:path'
import { readState } from './state-file.js'

export interface LogEntry {
  readonly stream: 'stdout' | 'stderr'
  /** RFC 3339 UTC with nanoseconds, as recorded by the supervisor. */
  readonly time: string
  /** The bytes of the line, decoded (a trailing \n included when the line had one). */
  readonly text: string
}

export type TimeBound = Date | string | number | bigint

export interface LogReadOptions {
  /** Only the last `tail` entries of what is already there (follow then goes on). */
  readonly tail?: number
  /** Entries at or after this time: Date, RFC 3339, unix seconds (number or "1700000000.5"), or ns (bigint). */
  readonly since?: TimeBound
  /** Entries before this time. */
  readonly until?: TimeBound
  /** Prefix each text with its time and a space, as `docker logs -t` does. */
  readonly timestamps?: boolean
  readonly follow?: boolean
  readonly signal?: AbortSignal
  /** While following: whether the container may still write (default: its state.json in stateDir says running/restarting). */
  readonly isRunning?: () => boolean
  /** Container dir holding state.json (default: the log's directory). */
  readonly stateDir?: string
  /** Polling period while following, also the fallback when fs.watch is unavailable. */
  readonly pollMs?: number
}

/** One log line to an entry; undefined for a line that is not a log record. */
export function parseLogLine(line: string): LogEntry | undefined {
  if (!line) return undefined
  try {
    const r = JSON.parse(line) as { log?: unknown; stream?: unknown; time?: unknown }
    if (typeof r.log !== 'string' || typeof r.time !== 'string') return undefined
    return { stream: r.stream === 'stderr' ? 'stderr' : 'stdout', time: r.time, text: r.log }
  } catch {
    return undefined
  }
}

/** Nanoseconds since the epoch of an RFC 3339 time with up to 9 fractional digits. */
export function timeToNs(time: string): bigint {
  const m = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(time)
  if (!m) {
    const ms = Date.parse(time)
    if (Number.isNaN(ms)) throw new RangeError(`invalid time "${time}"`)
    return BigInt(ms) * 1_000_000n
  }
  const secs = Date.parse(`${m[1]}${m[3]}`)
  if (Number.isNaN(secs)) throw new RangeError(`invalid time "${time}"`)
  return BigInt(secs) * 1_000_000n + BigInt((m[2] ?? '').padEnd(9, '0') || '0')
}

export function boundToNs(b: TimeBound): bigint {
  if (typeof b === 'bigint') return b
  if (b instanceof Date) return BigInt(b.getTime()) * 1_000_000n
  if (typeof b === 'number') return BigInt(Math.round(b * 1e9))
  if (/^\d+(\.\d{1,9})?$/.test(b)) {
    const [s, f = ''] = b.split('.')
    return BigInt(s!) * 1_000_000_000n + BigInt(f.padEnd(9, '0') || '0')
  }
  return timeToNs(b)
}

/** The log's files, oldest first: <log>.N … <log>.1, <log> (only those that exist). */
export function logFiles(path: string): string[] {
  const rotated: string[] = []
  for (let i = 1; existsSync(`${path}.${i}`); i++) rotated.unshift(`${path}.${i}`)
  return existsSync(path) ? [...rotated, path] : rotated
}

/** Splits a file's bytes into complete lines from `offset`; returns the new offset. */
function readLines(fd: number, offset: number, limit: number, onLine: (line: string) => void): number {
  const buf = Buffer.alloc(64 * 1024)
  let carry: Buffer = Buffer.alloc(0)
  let pos = offset
  while (pos < limit) {
    const n = readSync(fd, buf, 0, Math.min(buf.length, limit - pos), pos)
    if (n <= 0) break
    pos += n
    let chunk = carry.length ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n)
    let nl: number
    while ((nl = chunk.indexOf(10)) >= 0) {
      onLine(chunk.subarray(0, nl).toString('utf8'))
      chunk = chunk.subarray(nl + 1)
    }
    carry = Buffer.from(chunk)
  }
  // an unterminated last line is still being written: it is read again next time
  return pos - carry.length
}

function filter(opts: LogReadOptions): (e: LogEntry) => boolean {
  const since = opts.since === undefined ? undefined : boundToNs(opts.since)
  const until = opts.until === undefined ? undefined : boundToNs(opts.until)
  if (since === undefined && until === undefined) return () => true
  return (e) => {
    let t: bigint
    try {
      t = timeToNs(e.time)
    } catch {
      return false
    }
    return (since === undefined || t >= since) && (until === undefined || t < until)
  }
}

function present(e: LogEntry, opts: LogReadOptions): LogEntry {
  return opts.timestamps ? { ...e, text: `${e.time} ${e.text}` } : e
}

/**
 * Entries of the files up to a position: every rotated file older than the one with inode
 * `inode`, then that one up to `offset`. What `attach … logs` replays before the live stream.
 * With inode 0 (or not found), every file in full.
 */
export function readLogsUpTo(path: string, inode: number, offset: number): LogEntry[] {
  const out: LogEntry[] = []
  for (const file of logFiles(path)) {
    let fd: number
    try {
      fd = openSync(file, 'r')
    } catch {
      continue
    }
    try {
      const st = fstatSync(fd)
      const hit = inode !== 0 && st.ino === inode
      readLines(fd, 0, hit ? Math.min(offset, st.size) : st.size, (l) => {
        const e = parseLogLine(l)
        if (e) out.push(e)
      })
      if (hit) break
    } finally {
      closeSync(fd)
    }
  }
  return out
}

function defaultIsRunning(opts: LogReadOptions, path: string): () => boolean {
  const dir = opts.stateDir ?? dirname(path)
  return () => {
    const s = readState(dir)
    return s !== undefined && (s.status === 'running' || s.status === 'restarting')
  }
}

/** Yields the log's entries; with `follow`, keeps yielding until the container is gone or the signal aborts. */
export async function* readLogs(path: string, opts: LogReadOptions = {}): AsyncGenerator<LogEntry> {
  const keep = filter(opts)
  const tail = opts.tail !== undefined && opts.tail >= 0 ? opts.tail : undefined
  const ring: LogEntry[] = []
  let current: { fd: number; ino: number; offset: number } | undefined

  const files = logFiles(path)
  for (const file of files) {
    let fd: number
    try {
      fd = openSync(file, 'r')
    } catch {
      continue // rotated away meanwhile
    }
    const st = fstatSync(fd)
    const offset = readLines(fd, 0, st.size, (l) => {
      const e = parseLogLine(l)
      if (!e || !keep(e)) return
      ring.push(e)
      if (tail !== undefined && ring.length > tail) ring.shift()
    })
    if (file === path) current = { fd, ino: st.ino, offset }
    else closeSync(fd)
  }
  for (const e of tail === 0 ? [] : ring) yield present(e, opts)
  if (!opts.follow) {
    if (current) closeSync(current.fd)
    return
  }

  const isRunning = opts.isRunning ?? defaultIsRunning(opts, path)
  const pollMs = opts.pollMs ?? 250
  let wake: (() => void) | undefined
  let watcher: FSWatcher | undefined
  try {
    watcher = watch(dirname(path), { persistent: false }, () => wake?.())
  } catch {
    watcher = undefined // polling only
  }
  const onAbort = (): void => wake?.()
  opts.signal?.addEventListener('abort', onAbort)
  try {
    for (;;) {
      // read what the current file gained; on rotation finish the old file, then open the new one
      const batch: LogEntry[] = []
      const collect = (l: string): void => {
        const e = parseLogLine(l)
        if (e && keep(e)) batch.push(e)
      }
      if (current) current.offset = readLines(current.fd, current.offset, fstatSync(current.fd).size, collect)
      let ino: number | undefined
      try {
        ino = statSync(path).ino
      } catch {
        ino = undefined
      }
      if (ino !== undefined && ino !== current?.ino) {
        if (current) {
          // lines written to the old file just before it was renamed away
          current.offset = readLines(current.fd, current.offset, fstatSync(current.fd).size, collect)
          closeSync(current.fd)
        }
        current = undefined
        try {
          const fd = openSync(path, 'r')
          current = { fd, ino: fstatSync(fd).ino, offset: 0 }
          current.offset = readLines(fd, 0, fstatSync(fd).size, collect)
        } catch {
          current = undefined
        }
      }
      for (const e of batch) yield present(e, opts)
      if (opts.signal?.aborted) return
      if (!isRunning()) {
        // one last read: the supervisor drains the container's output before it records the exit
        if (current) {
          const rest: LogEntry[] = []
          current.offset = readLines(current.fd, current.offset, fstatSync(current.fd).size, (l) => {
            const e = parseLogLine(l)
            if (e && keep(e)) rest.push(e)
          })
          for (const e of rest) yield present(e, opts)
        }
        return
      }
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, pollMs)
        wake = () => {
          clearTimeout(t)
          resolve()
        }
      })
      wake = undefined
    }
  } finally {
    watcher?.close()
    opts.signal?.removeEventListener('abort', onAbort)
    if (current) closeSync(current.fd)
  }
}
