/**
 * The manager's view of a container's supervisor (B's supervisor-client / state-file), in
 * one adapter so the lifecycle code does not depend on the wire details.
 */

/** Normalized runtime state of one container, docker's State fields. */
export interface RuntimeState {
  readonly status: 'created' | 'running' | 'paused' | 'restarting' | 'exited' | 'dead' | 'removing'
  /** Container init's host pid (0 when not running). */
  readonly pid: number
  readonly supervisorPid: number
  readonly exitCode: number
  readonly error: string
  readonly oomKilled: boolean
  readonly startedAt: string
  readonly finishedAt: string
  readonly restartCount: number
  readonly health?: {
    readonly Status: 'starting' | 'healthy' | 'unhealthy'
    readonly FailingStreak: number
    readonly Log: ReadonlyArray<{ Start: string; End: string; ExitCode: number; Output: string }>
  }
  /** The supervisor process is alive (it owns the container). */
  readonly supervised: boolean
}

export interface AttachIo {
  readonly stdin?: NodeJS.ReadableStream
  readonly stdout: NodeJS.WritableStream
  readonly stderr: NodeJS.WritableStream
  readonly tty: boolean
  /** Called with the terminal size now and on every resize (tty only). */
  readonly onResize?: (resize: (rows: number, cols: number) => void) => void
}

export interface StartFailure {
  readonly exitCode: number
  readonly message: string
}

export interface SupervisorPort {
  /**
   * Spawns `tsc-supervisor run <spec>` detached; resolves once the container process exec'd
   * (container pid) or rejects with a RuntimeError carrying exit code 125/126/127.
   */
  spawn(dir: string, specPath: string, opts: { attach?: AttachIo }): Promise<{ pid: number; attached?: Promise<number> }>
  state(dir: string): RuntimeState | undefined
  stop(dir: string, signal: number, timeoutSeconds: number): Promise<void>
  kill(dir: string, signal: number): Promise<void>
  /** Resolves with the container's exit code when this run ends. */
  attach(dir: string, io: AttachIo): Promise<number>
  /** Resolves when the supervisor process is gone (bounded by timeoutMs; false on timeout). */
  waitGone(dir: string, timeoutMs: number): Promise<boolean>
  /** Resolves when the container is no longer running and will not be restarted. */
  waitExit(dir: string, signal?: AbortSignal): Promise<RuntimeState>
}
