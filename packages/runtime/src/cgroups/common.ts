import { RuntimeError } from '../errors.js'
import { type CgroupFs, errnoOf } from './cgroup-fs.js'

export const INVALID_PATH = 'CGROUP_INVALID_PATH'
export const CGROUP_BUSY = 'CGROUP_BUSY'
export const CONTROLLER_MISSING = 'CGROUP_CONTROLLER_MISSING'
export const FREEZE_TIMEOUT = 'CGROUP_FREEZE_TIMEOUT'
export const NOT_MOUNTED = 'CGROUP_NOT_MOUNTED'

/** Default parent of every container cgroup (docker uses `docker`). */
export const DEFAULT_CGROUP_PARENT = 'tsc-compose'

const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.:@-]*$/

/** A path relative to the hierarchy roots: no `..`, no leading `/`, safe segment names. */
export function checkPath(path: string): string[] {
  const segs = path.split('/').filter(Boolean)
  if (segs.length === 0 || path.startsWith('/') || segs.some((s) => !SEGMENT.test(s))) {
    throw new RuntimeError(INVALID_PATH, `invalid cgroup path "${path}": expected relative names like tsc-compose/<id>`)
  }
  return segs
}

/** "key value" lines (memory.stat, cpu.stat, memory.events) → numbers. */
export function parseFlatKeyed(text: string | null): Record<string, number> {
  const out: Record<string, number> = {}
  if (!text) return out
  for (const line of text.split('\n')) {
    const [k, v] = line.trim().split(/\s+/)
    if (k && v !== undefined && v !== '') out[k] = Number(v)
  }
  return out
}

/** Reads a cgroup file, or null when the kernel does not provide it (controller absent). */
export function readOptional(fs: CgroupFs, path: string): string | null {
  try {
    return fs.read(path)
  } catch (err) {
    const code = errnoOf(err)
    if (code === 'ENOENT' || code === 'ENODEV' || code === 'EOPNOTSUPP' || code === 'ENOTSUP') return null
    throw err
  }
}

export function numberOr(text: string | null, fallback = 0): number {
  if (text === null) return fallback
  const n = Number(text.trim())
  return Number.isFinite(n) ? n : fallback
}

/** Pids listed in a cgroup.procs file. */
export function parsePids(text: string | null): number[] {
  if (!text) return []
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map(Number)
}

/**
 * rmdir a cgroup and everything under it, leaf first. EBUSY (a process still exiting) is
 * retried with a growing delay, bounded to about a second; ENOENT means already gone.
 */
export async function removeTree(fs: CgroupFs, dir: string, depth = 0): Promise<void> {
  if (depth > 32) throw new RuntimeError(CGROUP_BUSY, `cgroup tree too deep under ${dir}`)
  // The usual case (a container's leaf cgroup, its tasks gone) takes one rmdir, without
  // listing the directory's ~30 control files first: `down` of 10 containers does 90 of these
  // on the JS thread. Children (EBUSY, or ENOTEMPTY on some kernels) are listed only then.
  if (rmdirOrBusy(fs, dir, true)) return
  let children: string[]
  try {
    children = fs.subdirs(dir)
  } catch (err) {
    if (errnoOf(err) === 'ENOENT') return
    throw err
  }
  for (const c of children) await removeTree(fs, `${dir}/${c}`, depth + 1)
  let delay = 5
  for (let attempt = 0; ; attempt++) {
    if (rmdirOrBusy(fs, dir, attempt < 12)) return
    await fs.sleep(delay)
    delay = Math.min(delay * 2, 200)
  }
}

/**
 * One rmdir: true when the directory is gone (ENOENT included), false when it is busy and
 * `mayRetry`; anything else (or busy without a retry left) is CGROUP_BUSY.
 */
function rmdirOrBusy(fs: CgroupFs, dir: string, mayRetry: boolean): boolean {
  try {
    fs.rmdir(dir)
    return true
  } catch (err) {
    const code = errnoOf(err)
    if (code === 'ENOENT') return true
    if (mayRetry && (code === 'EBUSY' || code === 'ENOTEMPTY')) return false
    throw new RuntimeError(CGROUP_BUSY, `cannot remove cgroup ${dir}: ${code ?? String(err)}`, {
      cause: err,
      hint: code === 'EBUSY' ? 'processes are still in it: kill them first' : undefined,
    })
  }
}

/** Polls `done` up to `timeoutMs` (counted in sleeps, not wall time, so fakes stay fast). */
export async function pollUntil(fs: CgroupFs, done: () => boolean, timeoutMs: number, onRetry?: (i: number) => void): Promise<boolean> {
  let waited = 0
  let delay = 1
  for (let i = 0; ; i++) {
    if (done()) return true
    if (waited >= timeoutMs) return false
    onRetry?.(i)
    await fs.sleep(delay)
    waited += delay
    delay = Math.min(delay * 2, 20)
  }
}

export const SIGKILL = 9
