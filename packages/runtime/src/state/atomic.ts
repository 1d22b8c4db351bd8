import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { fromSystemError } from '../errors.js'

/**
 * Writes JSON so readers only ever see the old or the new file: a temp file in the same
 * directory, then rename(2). A crash leaves at most a `.tmp-*` file that prune removes.
 */
export function writeJsonAtomic(path: string, value: unknown): void {
  const tmp = `${path}.tmp-${randomBytes(4).toString('hex')}`
  try {
    writeFileSync(tmp, JSON.stringify(value, null, 2) + '\n', { mode: 0o600 })
    renameSync(tmp, path)
  } catch (err) {
    throw fromSystemError(err, 'write', path)
  }
}

/** Parsed JSON, or undefined when the file does not exist. */
export function readJsonIfExists<T>(path: string): T | undefined {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw fromSystemError(err, 'read', path)
  }
  return JSON.parse(text) as T
}
