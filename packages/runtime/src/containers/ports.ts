/**
 * What the container API needs from the log reader and the image store, as narrow seams
 * (adapters in runtime.ts bind them to B's log-reader and C's ImageStore).
 */
export interface LogEntry {
  readonly stream: 'stdout' | 'stderr'
  /** RFC 3339 with nanoseconds. */
  readonly time: string
  readonly text: string
}

export interface LogOptions {
  readonly follow?: boolean
  /** Last N lines (undefined = all). */
  readonly tail?: number
  /** Seconds since the epoch (fractional). */
  readonly since?: number
  readonly until?: number
  readonly signal?: AbortSignal
}

export interface LogSource {
  read(path: string, opts: LogOptions & { isDone?: () => boolean }): AsyncIterable<LogEntry>
}

export interface CommitRequest {
  readonly upperDir: string
  readonly parent: string
  readonly containerConfig: unknown
  readonly ref?: string
  readonly comment?: string
  readonly author?: string
  readonly changes?: readonly string[]
}

export interface ImageOps {
  diff(upperDir: string): Array<{ Path: string; Kind: number }>
  commit(req: CommitRequest): Promise<string>
}
