import { closeSync, mkdirSync, openSync, unlinkSync } from 'node:fs'
import { lockFile, nativeFs } from '../native/fs.js'
import type { StatePaths } from './paths.js'

/**
 * Runs fn holding an exclusive flock on <root>/locks/<name>.lock. flock rather than a
 * pid file: the kernel drops the lock when the holder dies, even on SIGKILL, so a killed CLI
 * never wedges the state root.
 */
export async function withLock<T>(paths: StatePaths, name: string, fn: () => Promise<T> | T): Promise<T> {
  const path = paths.lock(name)
  let lock
  try {
    lock = await lockFile(path, 'ex')
  } catch (err) {
    if ((err as { errno?: string }).errno !== 'ENOENT') throw err
    mkdirSync(paths.locks, { recursive: true })
    lock = await lockFile(path, 'ex')
  }
  try {
    return await fn()
  } finally {
    lock.release()
  }
}

/**
 * Takes the lock only if nobody holds it: the way prune tells a dead CLI's half-made state
 * (lock free) from a create in progress (lock held). Returns a release function or undefined.
 */
export function tryLock(paths: StatePaths, name: string): (() => void) | undefined {
  mkdirSync(paths.locks, { recursive: true })
  const fd = openSync(paths.lock(name), 'a', 0o600)
  if (!nativeFs().tryFlock(fd, 'ex')) {
    closeSync(fd)
    return undefined
  }
  return () => closeSync(fd)
}

/** Drops the lock file of something that no longer exists (call while holding it). */
export function unlinkLock(paths: StatePaths, name: string): void {
  try {
    unlinkSync(paths.lock(name))
  } catch {
    // already gone
  }
}
