import { existsSync, mkdirSync, readFileSync, readdirSync, rmdirSync, writeFileSync } from 'node:fs'
import { KernelError } from '../errors.js'

/**
 * The cgroup backends touch the kernel only through this seam: file reads and writes under
 * cgroupfs, mkdir/rmdir, kill and a sleep for polling. Tests pass a fake that models
 * cgroupfs in a tmpdir (fake-tree.ts); production passes nodeCgroupFs.
 */
export interface CgroupFs {
  read(path: string): string
  write(path: string, value: string): void
  exists(path: string): boolean
  /** One level; EEXIST is an error. */
  mkdir(path: string): void
  rmdir(path: string): void
  /** Names of the sub-directories (child cgroups). */
  subdirs(path: string): string[]
  kill(pid: number, signal: number): void
  sleep(ms: number): Promise<void>
}

/** Keeps errno, the call and the file, with the value written: `EINVAL: write …/cpu.cfs_period_us: 50000`. */
export function kernelError(err: unknown, syscall: string, path: string, detail?: string): unknown {
  const e = err as NodeJS.ErrnoException
  if (e && typeof e.code === 'string' && /^E[A-Z0-9]+$/.test(e.code)) {
    return new KernelError(e.code, syscall, path, detail, { cause: err })
  }
  return err
}

export function errnoOf(err: unknown): string | undefined {
  if (err instanceof KernelError) return err.errno
  const code = (err as NodeJS.ErrnoException | undefined)?.code
  return typeof code === 'string' ? code : undefined
}

export const nodeCgroupFs: CgroupFs = {
  read(path) {
    try {
      return readFileSync(path, 'utf8')
    } catch (err) {
      throw kernelError(err, 'read', path)
    }
  },
  write(path, value) {
    try {
      // cgroupfs files take one write(2) each; flag 'w' without O_CREAT semantics mattering.
      writeFileSync(path, value)
    } catch (err) {
      throw kernelError(err, 'write', path, value)
    }
  },
  exists: (path) => existsSync(path),
  mkdir(path) {
    try {
      mkdirSync(path)
    } catch (err) {
      throw kernelError(err, 'mkdir', path)
    }
  },
  rmdir(path) {
    try {
      rmdirSync(path)
    } catch (err) {
      throw kernelError(err, 'rmdir', path)
    }
  },
  subdirs(path) {
    try {
      return readdirSync(path, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
    } catch (err) {
      throw kernelError(err, 'readdir', path)
    }
  },
  kill(pid, signal) {
    try {
      process.kill(pid, signal)
    } catch (err) {
      throw kernelError(err, 'kill', String(pid))
    }
  },
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
}
