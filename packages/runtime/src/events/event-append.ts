import { closeSync, fstatSync, openSync, renameSync, statSync, writeSync } from 'node:fs'
import { nativeFs } from '../native/fs.js'
import type { RuntimeEvent } from './event-log.js'

/**
 * Appending to the event log and keeping it bounded. The supervisor does the same in C
 * (native/supervisor/events.c): keep the two in step (size, variable, paths, lock).
 */

/** Past this size the log moves to events.log.1: two files hold the recent window, like docker's bounded ring. */
export const EVENTS_MAX_SIZE = 1024 * 1024

/** Overrides EVENTS_MAX_SIZE in bytes. Supervisors inherit it from the CLI that starts them and read it too. */
export const EVENTS_MAX_SIZE_ENV = 'TSC_COMPOSE_EVENTS_MAX_SIZE'

/** The rotation size for this environment (a positive integer in the variable, else the default). */
export function eventsMaxSize(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const v = env[EVENTS_MAX_SIZE_ENV]
  return v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : EVENTS_MAX_SIZE
}

/** Where the previous window lives. */
export function rotatedPath(path: string): string {
  return `${path}.1`
}

/** The flock file rotations take (the log itself cannot be the lock: it gets renamed). */
export function rotationLockPath(path: string): string {
  return `${path}.lock`
}

export interface AppendOptions {
  /** Rotation size in bytes (default: eventsMaxSize()). */
  readonly maxSize?: number
  /** Non-blocking exclusive flock on fd: true when taken (tests pass their own). */
  readonly tryLock?: (fd: number) => boolean
}

const tryLockNative = (fd: number): boolean => nativeFs().tryFlock(fd, 'ex')

/**
 * One write(2) with O_APPEND, so concurrent writers (CLIs, supervisors) never interleave
 * inside a line; then, if the file passed the size, rotate it. Best effort: a missing root
 * must not fail the operation that emits the event.
 */
export function appendEvent(path: string, event: RuntimeEvent, opts: AppendOptions = {}): void {
  const line = Buffer.from(JSON.stringify(event) + '\n')
  let size: number
  try {
    // 'a' is O_WRONLY|O_APPEND|O_CREAT (Node adds O_CLOEXEC): a fresh open per event, so a
    // rotation by another process is followed at once
    const fd = openSync(path, 'a', 0o644)
    try {
      // a short write (disk full) is not retried: a second write could interleave
      writeSync(fd, line)
      size = fstatSync(fd).size
    } finally {
      closeSync(fd)
    }
  } catch {
    return
  }
  const maxSize = opts.maxSize ?? eventsMaxSize()
  if (size >= maxSize) rotateEventLog(path, maxSize, opts.tryLock)
}

/**
 * Renames path to path.1 (replacing the previous window) if the file at path is at least
 * maxSize. Returns whether it renamed.
 *
 * Why it is safe with many writers: every rename happens under a non-blocking flock on
 * path.lock, and the size is measured again once the lock is held. Measuring before the lock
 * is not enough: two writers that both saw the big file would rename twice, and the second
 * rename would move the fresh, nearly empty file over the full .1, losing a whole window.
 * Under the lock the second writer finds the small file and leaves it. A writer that finds the
 * lock busy skips rather than waits (appends never block): the holder is rotating, and if the
 * file is still too big afterwards the next append measures again, so the overshoot is a few
 * lines. flock rather than a lock file created with O_EXCL: a writer killed while holding it
 * leaves no stale lock behind. Appenders themselves take no lock; one holding the old file
 * open writes into .1, which readers read first and followers keep draining.
 */
export function rotateEventLog(path: string, maxSize: number, tryLock: (fd: number) => boolean = tryLockNative): boolean {
  let lockFd: number
  try {
    lockFd = openSync(rotationLockPath(path), 'a', 0o644)
  } catch {
    return false
  }
  try {
    if (!tryLock(lockFd)) return false
    if (statSync(path).size < maxSize) return false
    renameSync(path, rotatedPath(path))
    return true
  } catch {
    // gone meanwhile, or the root is being removed: nothing to rotate
    return false
  } finally {
    closeSync(lockFd) // drops the flock
  }
}
