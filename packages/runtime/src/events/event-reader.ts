import { closeSync, fstatSync, openSync, readSync, watch } from 'node:fs'
import type { FSWatcher } from 'node:fs'
import { basename, dirname } from 'node:path'
import { rotatedPath } from './event-append.js'
import { matchesEvent, type EventFilter } from './event-filter.js'
import type { RuntimeEvent } from './event-log.js'

/**
 * Reading the bounded event log: events.log.1 (the previous window) then events.log. Files are
 * told apart by device and inode, never by name, because a rotation renames them under us.
 */

interface OpenLog {
  readonly fd: number
  readonly dev: number
  readonly ino: number
  /** Bytes consumed: always just after a newline. */
  offset: number
}

function openLog(path: string): OpenLog | undefined {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return undefined
  }
  const st = fstatSync(fd)
  return { fd, dev: st.dev, ino: st.ino, offset: 0 }
}

function sameFile(a: OpenLog | undefined, b: OpenLog | undefined): boolean {
  return !!a && !!b && a.dev === b.dev && a.ino === b.ino
}

function closeLog(f: OpenLog | undefined): void {
  if (f) closeSync(f.fd)
}

function parseLine(line: string): RuntimeEvent | undefined {
  if (!line) return undefined
  try {
    const e = JSON.parse(line) as RuntimeEvent
    return e && typeof e === 'object' && typeof e.action === 'string' ? e : undefined
  } catch {
    return undefined
  }
}

/** Appends the complete lines past f.offset to out and moves the offset after the last one. */
function drain(f: OpenLog | undefined, out: RuntimeEvent[]): void {
  if (!f) return
  const size = fstatSync(f.fd).size
  if (size <= f.offset) return
  const buf = Buffer.alloc(size - f.offset)
  let got = 0
  while (got < buf.length) {
    const n = readSync(f.fd, buf, got, buf.length - got, f.offset + got)
    if (n <= 0) break
    got += n
  }
  // a line still being written (or torn) stays for the next drain
  const end = buf.subarray(0, got).lastIndexOf(0x0a)
  if (end === -1) return
  for (const line of buf.subarray(0, end).toString('utf8').split('\n')) {
    const e = parseLine(line)
    if (e) out.push(e)
  }
  f.offset += end + 1
}

/** Every event in the window matching f, oldest first. */
export function readEvents(path: string, f: EventFilter = {}): RuntimeEvent[] {
  // The path first, then .1: a rotation between the two opens makes .1 the file already held
  // (read once), where the other order would skip the file rotated in between.
  const current = openLog(path)
  let previous = openLog(rotatedPath(path))
  try {
    if (sameFile(previous, current)) {
      closeLog(previous)
      previous = undefined
    }
    const out: RuntimeEvent[] = []
    drain(previous, out)
    drain(current, out)
    return out.filter((e) => matchesEvent(e, f))
  } finally {
    closeLog(previous)
    closeLog(current)
  }
}

/**
 * A position in the log that survives rotations. poll() returns every event appended since
 * the last poll, each exactly once, as long as no more than two rotations happen between two
 * polls (the unseen .1 is then read whole): a file rotated out a second time is gone from the
 * disk, as events older than docker's window are.
 *
 * It holds the current file and the previous one (the last file rotated away from the path).
 * The previous one stays open and is drained on every poll until the next rotation because
 * writers may still append to it: every writer (CLI or supervisor) opens the path per event,
 * and one that opened it just before the rename writes its line there.
 */
export class EventTail {
  private current: OpenLog | undefined
  private previous: OpenLog | undefined

  /** fromStart: the whole window first; otherwise only what is appended from now on. */
  constructor(readonly path: string, fromStart: boolean) {
    // same order as readEvents, for the same reason
    this.current = openLog(path)
    this.previous = openLog(rotatedPath(path))
    if (sameFile(this.previous, this.current)) {
      closeLog(this.previous)
      this.previous = undefined
    }
    if (!fromStart) for (const f of [this.previous, this.current]) if (f) f.offset = fstatSync(f.fd).size
  }

  poll(): RuntimeEvent[] {
    const out: RuntimeEvent[] = []
    drain(this.previous, out)
    drain(this.current, out)
    this.followRotation(out)
    return out
  }

  close(): void {
    closeLog(this.previous)
    closeLog(this.current)
    this.previous = this.current = undefined
  }

  private followRotation(out: RuntimeEvent[]): void {
    const now = openLog(this.path)
    if (sameFile(now, this.current)) {
      closeLog(now)
      return
    }
    const old = openLog(rotatedPath(this.path))
    if (!now && (!old || sameFile(old, this.current) || sameFile(old, this.previous))) {
      // renamed away and nothing appended since: the files we hold are still the newest
      closeLog(old)
      return
    }
    // Rotated since the last look (or the log appeared). Whatever the files we hold got
    // meanwhile comes before the newer files' lines.
    drain(this.previous, out)
    drain(this.current, out)
    // .1 is usually the file we held as current (one rotation). Anything else we hold is
    // unlinked now: no writer can reach it by name any more.
    let keep = [this.current, this.previous].find((f) => sameFile(f, old))
    for (const f of [this.previous, this.current]) if (f !== keep) closeLog(f)
    if (keep || !old || sameFile(old, now)) closeLog(old)
    else {
      // two rotations between looks: .1 is a file we have never seen, all of it new
      keep = old
      drain(old, out)
    }
    this.previous = keep
    this.current = now
    drain(now, out)
  }
}

export interface FollowOptions {
  /** Fallback poll period when no change notification arrives (ms). */
  readonly pollMs?: number
}

/**
 * Past events matching f (when `since` is set), then new ones as they are appended, until
 * `until` passes or the signal aborts. Wakes on fs.watch of the directory (it sees appends and
 * renames alike, where a watch on the file would stay on the rotated inode) plus a slow timer
 * (fs.watch may miss appends from other mount namespaces).
 */
export async function* followEvents(path: string, f: EventFilter, signal?: AbortSignal, opts: FollowOptions = {}): AsyncGenerator<RuntimeEvent> {
  const tail = new EventTail(path, f.since !== undefined)
  const name = basename(path)
  let watcher: FSWatcher | undefined
  let wake: (() => void) | undefined
  let changed = false
  const onAbort = (): void => wake?.()
  signal?.addEventListener('abort', onAbort)
  try {
    try {
      watcher = watch(dirname(path), (_event, file) => {
        if (file !== null && !String(file).startsWith(name)) return
        changed = true
        wake?.()
      })
    } catch {
      // no inotify (or the root vanished): the timer alone
    }
    for (;;) {
      changed = false
      for (const e of tail.poll()) if (matchesEvent(e, f)) yield e
      if (signal?.aborted) return
      if (f.until !== undefined && Date.now() / 1000 > f.until) return
      if (changed) continue
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, opts.pollMs ?? 500)
        wake = () => {
          clearTimeout(timer)
          resolve()
        }
      })
      wake = undefined
    }
  } finally {
    signal?.removeEventListener('abort', onAbort)
    watcher?.close()
    tail.close()
  }
}
