import { closeSync, openSync } from 'node:fs'
import { KernelError, RuntimeError } from '../errors.js'
import { loadBinding } from './load.js'

/**
 * Typed wrapper over the addon's filesystem calls (native/src/fs.cc). The wrapper is a
 * function of the binding (`createNativeFs(binding)`) so unit tests pass a stub; `nativeFs()`
 * binds it to the real addon lazily. Every native error becomes a KernelError keeping the
 * errno name, syscall and path.
 */

/** Raw surface of fs.cc (private: public callers use NativeFs). */
export interface FsBinding {
  mknod(path: string, mode: number, major: number, minor: number): void
  lsetxattr(path: string, name: string, value: Buffer, flags?: number): void
  lgetxattr(path: string, name: string): Buffer | undefined
  llistxattr(path: string): string[]
  flockTry(fd: number, op: number): boolean
  flock(fd: number, op: number): Promise<void>
  mount(source: string, target: string, fstype: string, flags: number, data: string): void
  umount2(target: string, flags: number): void
  statfsType(path: string): number
}

export type FlockMode = 'sh' | 'ex' | 'un'

export interface NativeFs {
  /** `mode` carries the file type bits (S_IFCHR, S_IFBLK, S_IFIFO) and permissions. */
  mknod(path: string, mode: number, major: number, minor: number): void
  /** Sets an xattr on the path itself, never following a final symlink. */
  lsetxattr(path: string, name: string, value: Buffer): void
  /** The xattr's value, or undefined when absent (ENODATA). */
  lgetxattr(path: string, name: string): Buffer | undefined
  /** Names of the path's xattrs ([] on a filesystem without xattr support). */
  llistxattr(path: string): string[]
  /**
   * Blocking flock run on the libuv pool (the JS thread never waits). With nonBlocking it
   * resolves false instead of waiting when another holder has the lock.
   */
  flock(fd: number, mode: FlockMode, nonBlocking?: boolean): Promise<boolean>
  /** Synchronous non-blocking try: true when acquired (or released), false when busy. */
  tryFlock(fd: number, mode: FlockMode): boolean
  /** Empty strings stand for NULL (no source, no fstype, no data). */
  mount(source: string, target: string, fstype: string, flags: number, data: string): void
  umount2(target: string, flags: number): void
  /** statfs(2) f_type: the filesystem's magic number. */
  statfsType(path: string): number
}

// <sys/file.h>
const LOCK_SH = 1
const LOCK_EX = 2
const LOCK_UN = 8
const FLOCK_OPS: Record<FlockMode, number> = { sh: LOCK_SH, ex: LOCK_EX, un: LOCK_UN }

export const S_IFCHR = 0o020000
export const S_IFBLK = 0o060000
export const S_IFIFO = 0o010000
export const MNT_DETACH = 2
export const OVERLAYFS_SUPER_MAGIC = 0x794c7630
export const TMPFS_MAGIC = 0x01021994

interface NativeErrorShape {
  code?: unknown
  syscall?: unknown
  path?: unknown
}

/** Native errors carry code/errno/syscall/path (binding.cc ErrnoError); anything else passes through. */
export function toKernelError(err: unknown, syscall: string, path?: string): unknown {
  const e = err as NativeErrorShape
  if (e && typeof e === 'object' && typeof e.code === 'string' && /^E[A-Z0-9]+$/.test(e.code)) {
    const sys = typeof e.syscall === 'string' ? e.syscall : syscall
    const p = typeof e.path === 'string' ? e.path : path
    return new KernelError(e.code, sys, p, undefined, { cause: err })
  }
  return err
}

function call<T>(syscall: string, path: string | undefined, fn: () => T): T {
  try {
    return fn()
  } catch (err) {
    throw toKernelError(err, syscall, path)
  }
}

function flockOp(mode: FlockMode): number {
  const op = FLOCK_OPS[mode]
  if (op === undefined) throw new RuntimeError('INVALID_ARGUMENT', `invalid flock mode "${String(mode)}" (want sh, ex or un)`)
  return op
}

export function createNativeFs(binding: FsBinding): NativeFs {
  return {
    mknod: (path, mode, major, minor) => call('mknod', path, () => binding.mknod(path, mode, major, minor)),
    lsetxattr: (path, name, value) => call('lsetxattr', `${path} ${name}`, () => binding.lsetxattr(path, name, value)),
    lgetxattr: (path, name) => call('lgetxattr', `${path} ${name}`, () => binding.lgetxattr(path, name)),
    llistxattr: (path) => call('llistxattr', path, () => binding.llistxattr(path)),
    async flock(fd, mode, nonBlocking = false) {
      const op = flockOp(mode)
      if (nonBlocking || mode === 'un') return call('flock', `fd ${fd}`, () => binding.flockTry(fd, op))
      try {
        await binding.flock(fd, op)
        return true
      } catch (err) {
        throw toKernelError(err, 'flock', `fd ${fd}`)
      }
    },
    tryFlock: (fd, mode) => call('flock', `fd ${fd}`, () => binding.flockTry(fd, flockOp(mode))),
    mount: (source, target, fstype, flags, data) => call('mount', target, () => binding.mount(source, target, fstype, flags, data)),
    umount2: (target, flags) => call('umount2', target, () => binding.umount2(target, flags)),
    statfsType: (path) => call('statfs', path, () => binding.statfsType(path)),
  }
}

let instance: NativeFs | undefined

/** The wrapper over the real addon, created on first use. */
export function nativeFs(): NativeFs {
  instance ??= createNativeFs(loadBinding<FsBinding>())
  return instance
}

export interface FileLock {
  readonly fd: number
  release(): void
}

/**
 * Opens (creating) `path` and takes an flock on it without blocking the JS thread. The lock
 * lives as long as the fd: release() closes it, and a killed process drops it automatically,
 * which is why state locks are flocks rather than lock files.
 */
export async function lockFile(path: string, mode: 'sh' | 'ex', fs: NativeFs = nativeFs()): Promise<FileLock> {
  // Exclusive waiters of one process queue here, not in flock(2): each blocked flock holds a
  // libuv pool thread (4 by default), so a few concurrent operations waiting for the same lock
  // (compose runs 8 at once) starved the holder's own async I/O and the process deadlocked
  // with itself. Now at most one pool thread per path waits, for other processes only.
  const previous = mode === 'ex' ? exclusiveQueue.get(path) : undefined
  let done = (): void => undefined
  if (mode === 'ex') {
    const mine = new Promise<void>((resolve) => (done = resolve))
    const tail = (previous ?? Promise.resolve()).then(() => mine)
    exclusiveQueue.set(path, tail)
    const finish = done
    done = () => {
      finish()
      if (exclusiveQueue.get(path) === tail) exclusiveQueue.delete(path)
    }
  }
  if (previous) await previous
  let fd: number
  try {
    fd = call('open', path, () => openSync(path, 'a', 0o600))
  } catch (err) {
    done()
    throw err
  }
  try {
    // Uncontended (the usual case) a non-blocking flock takes it here, without a trip
    // through the libuv pool; otherwise the blocking one waits off the JS thread.
    if (!fs.tryFlock(fd, mode)) await fs.flock(fd, mode)
  } catch (err) {
    closeSync(fd)
    done()
    throw err
  }
  let released = false
  return {
    fd,
    release() {
      if (released) return
      released = true
      closeSync(fd)
      done()
    },
  }
}

/** Tail of each path's in-process queue of exclusive lockFile callers (see lockFile). */
const exclusiveQueue = new Map<string, Promise<void>>()
