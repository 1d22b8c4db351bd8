import { ComposeFileError } from '../errors.js'
import type { SourceLocation } from '../errors.js'

/** A key path in the compose model: ['services', 'web', 'ports', 0]. */
export type KeyPath = readonly (string | number)[]

/** Everything normalization needs from outside, passed in: it never reads disk or process.env. */
export interface NormalizeContext {
  /** Absolute project directory: relative paths are resolved against it. */
  readonly workingDir: string
  readonly projectName: string
  /** The project environment (interpolation environment), for `KEY` without a value. */
  lookup(name: string): string | undefined
  /** Parsed env_file contents by absolute path; absent = file not found. */
  readonly envFiles: ReadonlyMap<string, Readonly<Record<string, string>>>
  /** Home directory for `~` in bind sources. */
  readonly home: string
  /** Where a key path was written, when known. */
  locate(path: KeyPath): SourceLocation | undefined
}

export function formatPath(path: KeyPath): string {
  let s = ''
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s === '' ? p : `.${p}`
  return s
}

/** Throws the compose error for a value at `path`, located where it was written. */
export function fail(ctx: NormalizeContext, code: string, path: KeyPath, message: string, hint?: string): never {
  throw new ComposeFileError(code, `${formatPath(path)}: ${message}`, { location: ctx.locate(path), hint })
}

/** Runs a parser, turning its plain Error into a located compose error. */
export function attempt<T>(ctx: NormalizeContext, code: string, path: KeyPath, fn: () => T, hint?: string): T {
  try {
    return fn()
  } catch (err) {
    if (err instanceof ComposeFileError) throw err
    return fail(ctx, code, path, (err as Error).message, hint)
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
