/**
 * docker compose's quiet period (pkg/watch QuietPeriod): a batch is handed over once no
 * change has arrived for 500 ms, so an editor saving many files, or a `git checkout`, is one
 * batch rather than one action per file.
 */
export const QUIET_PERIOD_MS = 500

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
}

export interface BatcherOptions {
  readonly quietMs?: number
  readonly timers?: Timers
  /**
   * Handles one batch (unique paths, in arrival order). Batches never overlap: changes that
   * arrive meanwhile wait for the next quiet period after it returns.
   */
  readonly onBatch: (paths: string[]) => Promise<void> | void
  readonly onError?: (err: unknown) => void
}

/**
 * Collects changed paths and flushes them after a quiet period; the clock is a parameter so
 * tests drive it by hand.
 */
export class ChangeBatcher {
  private pending = new Set<string>()
  private timer: unknown
  private running: Promise<void> | undefined
  private closed = false
  private readonly quietMs: number
  private readonly timers: Timers

  constructor(private readonly opts: BatcherOptions) {
    this.quietMs = opts.quietMs ?? QUIET_PERIOD_MS
    this.timers = opts.timers ?? realTimers
  }

  add(path: string): void {
    if (this.closed) return
    this.pending.add(path)
    this.arm()
  }

  /** Paths waiting for the quiet period (tests, and the final flush). */
  get size(): number {
    return this.pending.size
  }

  /** Resolves once the batch being handled (if any) is done. */
  async idle(): Promise<void> {
    while (this.running) await this.running
  }

  /** Drops what is pending and stops reacting; a running batch finishes. */
  async close(): Promise<void> {
    this.closed = true
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer)
    this.timer = undefined
    this.pending.clear()
    await this.idle()
  }

  private arm(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer)
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined
      this.flush()
    }, this.quietMs)
  }

  private flush(): void {
    if (this.closed || this.pending.size === 0) return
    // One batch at a time; the timer re-arms when this one ends and something is pending.
    if (this.running) return
    const batch = [...this.pending]
    this.pending = new Set()
    const task = (async () => {
      try {
        await this.opts.onBatch(batch)
      } catch (err) {
        this.opts.onError?.(err)
      }
    })()
    // Cleared once settled, never before it is set (onBatch may finish synchronously).
    this.running = task
    void task.then(() => {
      if (this.running === task) this.running = undefined
      if (this.pending.size > 0 && !this.closed) this.arm()
    })
  }
}
