import type { SourceLocation } from '../errors.js'
import type { Lookup } from './template.js'

/**
 * What loading needs from the outside world, passed in rather than read from process.env
 * or the file system deep inside: the loader stays testable with in-memory files.
 */
export interface LoadIO {
  /** Reads a file (absolute path); throws when it does not exist. */
  readFile(path: string): string
  /** True when `path` exists and is a regular file. Defaults to trying readFile. */
  isFile?(path: string): boolean
}

export interface LoadEnv {
  /** Variable lookup for interpolation (undefined = unset). */
  readonly lookup: Lookup
  /** Unset variable used (it became ""). Called once per name per load. */
  readonly warn?: (name: string) => void
  /** Other non-fatal notices (YAML 1.1 booleans, ...). */
  readonly notice?: (message: string, location?: SourceLocation) => void
  /** Skip interpolation (`config --no-interpolate`). */
  readonly noInterpolate?: boolean
}

export function isFile(io: LoadIO, path: string): boolean {
  if (io.isFile) return io.isFile(path)
  try {
    io.readFile(path)
    return true
  } catch {
    return false
  }
}
