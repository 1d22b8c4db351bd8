import { mkdirSync } from 'node:fs'
import { lockFile } from '../native/fs.js'
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
