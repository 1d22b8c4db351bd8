/**
 * Every error a user can see is a TscError: a stable public `code`, a one-line message,
 * an optional hint and location, and the underlying `cause`. The CLI maps codes to exit
 * codes and renders message + location + hint; stack traces only with --debug.
 * Codes are public: never rename one silently.
 */
export interface SourceLocation {
  readonly file: string
  readonly line?: number
  readonly column?: number
}

export interface TscErrorOptions {
  readonly hint?: string
  readonly cause?: unknown
  readonly location?: SourceLocation
  /** Process exit code the CLI should use (defaults to 1). */
  readonly exitCode?: number
}

export class TscError extends Error {
  readonly code: string
  readonly hint?: string
  readonly location?: SourceLocation
  readonly exitCode: number

  constructor(code: string, message: string, options: TscErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = new.target.name
    this.code = code
    this.hint = options.hint
    this.location = options.location
    this.exitCode = options.exitCode ?? 1
  }
}

/** Errors from the runtime: images, containers, networks, volumes, state. */
export class RuntimeError extends TscError {}

/**
 * A system call failed. Keeps errno name, the syscall and the object it was applied to,
 * so messages read like `EBUSY: umount /run/tsc/x/rootfs`.
 */
export class KernelError extends RuntimeError {
  readonly errno: string
  readonly syscall: string
  readonly path?: string

  constructor(errno: string, syscall: string, path: string | undefined, detail?: string, options: TscErrorOptions = {}) {
    super(`KERNEL_${errno}`, `${errno}: ${syscall}${path ? ` ${path}` : ''}${detail ? `: ${detail}` : ''}`, options)
    this.errno = errno
    this.syscall = syscall
    this.path = path
  }
}

export function isTscError(err: unknown, code?: string): err is TscError {
  return err instanceof TscError && (code === undefined || err.code === code)
}

export function isKernelError(err: unknown, errno?: string): err is KernelError {
  return err instanceof KernelError && (errno === undefined || err.errno === errno)
}

/** Turns a Node system error (fs, child_process) into a KernelError, keeping the cause. */
export function fromSystemError(err: unknown, fallbackSyscall: string, path?: string): unknown {
  const e = err as NodeJS.ErrnoException
  if (e && typeof e === 'object' && typeof e.code === 'string' && /^E[A-Z0-9]+$/.test(e.code)) {
    return new KernelError(e.code, e.syscall ?? fallbackSyscall, e.path ?? path, undefined, { cause: err })
  }
  return err
}
