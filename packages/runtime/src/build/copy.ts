import { chmodSync, copyFileSync, lchownSync, lstatSync, lutimesSync, mkdirSync, readFileSync, rmSync, symlinkSync, utimesSync, type Stats } from 'node:fs'
import { posix } from 'node:path'
import { fromSystemError } from '../errors.js'
import { resolveInRoot } from '../images/tar-path.js'
import { resolveUser } from '../containers/user.js'
import { BUILD_INVALID_ARGUMENT, buildError } from './errors.js'
import type { SourceItem } from './sources.js'

/**
 * Writes COPY/ADD sources into an image root (an overlay mount over the current layers, so
 * symlinks, whiteouts and copy-up are the kernel's business). Every destination path is
 * resolved inside the root, as docker's FollowSymlinkInScope does: an absolute symlink in
 * the image never points at the host.
 */

export interface CopyOptions {
  /** Owner of everything copied (docker: root unless --chown). */
  readonly uid: number
  readonly gid: number
  /** --chmod: mode for files and directories copied. */
  readonly mode?: number
}

function sys<T>(syscall: string, path: string, fn: () => T): T {
  try {
    return fn()
  } catch (err) {
    throw fromSystemError(err, syscall, path)
  }
}

function lstatMaybe(p: string): Stats | undefined {
  try {
    return lstatSync(p)
  } catch {
    return undefined
  }
}

/** mkdir -p inside root; returns the resolved host path of `dir` (absolute in the image). */
export function mkdirInRoot(root: string, dir: string, owner?: { uid: number; gid: number }): string {
  const parts = dir.split('/').filter((c) => c !== '' && c !== '.')
  let cur = ''
  let resolved = root
  for (const p of parts) {
    cur = `${cur}/${p}`
    resolved = resolveInRoot(root, cur, true)
    const st = lstatMaybe(resolved)
    if (st?.isDirectory()) continue
    if (st) throw buildError(BUILD_INVALID_ARGUMENT, `cannot create directory ${cur}: a file with that name exists in the image`)
    sys('mkdir', resolved, () => mkdirSync(resolved, { mode: 0o755 }))
    if (owner) sys('lchown', resolved, () => lchownSync(resolved, owner.uid, owner.gid))
  }
  return resolved
}

/** Is `p` (absolute in the image) an existing directory, symlinks resolved inside root? */
export function isDirInRoot(root: string, p: string): boolean {
  return lstatMaybe(resolveInRoot(root, p, true))?.isDirectory() ?? false
}

/**
 * Copies items to `dest` (absolute in the image). `destIsDir`: files go to dest/<name>;
 * otherwise a single file item becomes `dest` itself. Directory items copy their contents.
 */
export function copyItems(root: string, items: readonly SourceItem[], dest: string, destIsDir: boolean, o: CopyOptions): void {
  for (const item of items) {
    let base: string
    if (item.isDir) base = dest
    else base = destIsDir ? posix.join(dest, posix.basename(item.path) || posix.basename(item.entries[0]!.abs)) : dest
    const dirTimes: Array<[string, Date]> = []
    for (const e of item.entries) {
      if (item.isDir && e.rel === '') {
        mkdirInRoot(root, base, { uid: o.uid, gid: o.gid })
        continue
      }
      const target = item.isDir ? posix.join(base, e.rel) : base
      mkdirInRoot(root, posix.dirname(target))
      const hostPath = resolveInRoot(root, target, false)
      const existing = lstatMaybe(hostPath)
      const st = e.st
      if (st.isDirectory()) {
        if (existing && !existing.isDirectory()) sys('rm', hostPath, () => rmSync(hostPath, { force: true }))
        if (!existing?.isDirectory()) sys('mkdir', hostPath, () => mkdirSync(hostPath, { mode: 0o755 }))
        sys('lchown', hostPath, () => lchownSync(hostPath, o.uid, o.gid))
        sys('chmod', hostPath, () => chmodSync(hostPath, o.mode ?? st.mode & 0o7777))
        dirTimes.push([hostPath, st.mtime])
        continue
      }
      if (existing?.isDirectory()) {
        throw buildError(BUILD_INVALID_ARGUMENT, `cannot copy ${item.path || '.'}${e.rel ? `/${e.rel}` : ''} to ${target}: it is a directory in the image`)
      }
      if (existing) sys('rm', hostPath, () => rmSync(hostPath, { force: true }))
      if (e.link !== undefined) {
        sys('symlink', hostPath, () => symlinkSync(e.link!, hostPath))
        sys('lchown', hostPath, () => lchownSync(hostPath, o.uid, o.gid))
        sys('lutimes', hostPath, () => lutimesSync(hostPath, st.mtime, st.mtime))
        continue
      }
      sys('copyfile', hostPath, () => copyFileSync(e.abs, hostPath))
      sys('lchown', hostPath, () => lchownSync(hostPath, o.uid, o.gid))
      // chmod after chown: chown clears setuid bits.
      sys('chmod', hostPath, () => chmodSync(hostPath, o.mode ?? st.mode & 0o7777))
      sys('utimes', hostPath, () => utimesSync(hostPath, st.mtime, st.mtime))
    }
    for (const [p, t] of dirTimes.reverse()) sys('utimes', p, () => utimesSync(p, t, t))
  }
}

/** `--chown=user:group` against the image's own /etc/passwd and /etc/group (names or ids). */
export function resolveChown(root: string, spec: string | undefined, what = `--chown=${spec}`): { uid: number; gid: number } {
  if (!spec) return { uid: 0, gid: 0 }
  const read = (rel: string): string | undefined => {
    const p = resolveInRoot(root, rel, true)
    try {
      return readFileSync(p, 'utf8')
    } catch {
      return undefined
    }
  }
  const [user = '', group] = spec.split(':', 2)
  // docker: "--chown=1000" uses gid 1000 too, not the passwd entry's group.
  if (/^\d+$/.test(user) && group === undefined) return { uid: Number(user), gid: Number(user) }
  try {
    const r = resolveUser(group === undefined ? user : `${user}:${group}`, read('/etc/passwd'), read('/etc/group'))
    return { uid: r.uid, gid: r.gid }
  } catch (err) {
    throw buildError(BUILD_INVALID_ARGUMENT, `${what}: ${(err as Error).message}`, { cause: err })
  }
}

/** `--chmod=755` (octal) → mode bits. */
export function parseChmod(spec: string | undefined): number | undefined {
  if (spec === undefined) return undefined
  if (!/^[0-7]{3,4}$/.test(spec)) throw buildError(BUILD_INVALID_ARGUMENT, `invalid --chmod=${spec}: want an octal mode like 755`)
  return parseInt(spec, 8)
}
