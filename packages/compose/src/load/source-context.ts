import type { SourceLocation } from '../errors.js'
import type { ParsedFile } from './parse-yaml.js'
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
  /**
   * Sees every file's document once parsed and interpolated, before include/extends/merge
   * use it (schema validation with that file's positions, `version` warnings).
   */
  readonly onDocument?: (file: ParsedFile, doc: unknown) => void
  /** Home directory: a leading `~` in include/extends paths (compose-go ExpandUser). */
  readonly home?: string
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

/** `~` at the start of a path is the home directory, as compose-go's ExpandUser does. */
export function expandUser(path: string, home: string | undefined): string {
  if (home === undefined || !path.startsWith('~')) return path
  return home.replace(/\/+$/, '') + '/' + path.slice(1).replace(/^\/+/, '')
}
