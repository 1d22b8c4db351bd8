import {
  chmodSync, copyFileSync, lchownSync, lstatSync, lutimesSync, mkdirSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, utimesSync,
  type Stats,
} from 'node:fs'
import { basename, dirname, join, posix } from 'node:path'
import { isTscError, PATH_SYMLINK_LOOP, resolveInRoot as runtimeResolveInRoot } from '@tsc-compose/runtime'
import { ComposeExecutionError } from '../execute/execute-plan.js'

const copyError = (message: string): ComposeExecutionError => new ComposeExecutionError('COMPOSE_CP_FAILED', message, { exitCode: 1 })

function lstatOrUndefined(p: string): Stats | undefined {
  try {
    return lstatSync(p)
  } catch {
    return undefined
  }
}

/** For paths already resolved in-root: only `/proc/<pid>/root` itself (a magic link) is followed. */
function statResolved(p: string): Stats | undefined {
  try {
    return /^\/proc\/\d+\/root\/?$/.test(p) ? statSync(p) : lstatSync(p)
  } catch {
    return undefined
  }
}

/**
 * A container path to a host path under `root` (a container's /proc/<pid>/root, or the
 * runtime's mount of a stopped container), symlinks resolved as if `root` were `/` (the
 * runtime's resolveInRoot: a container's `/etc -> /` link must not send a copy onto the
 * host's own files). The last component is followed only with `followLast`.
 */
export function resolveInRoot(root: string, path: string, followLast: boolean): string {
  try {
    return runtimeResolveInRoot(root, path, followLast)
  } catch (err) {
    if (isTscError(err, PATH_SYMLINK_LOOP)) throw copyError(err.message)
    throw err
  }
}

export interface CopyOptions {
  /** `-a`: keep the source's uid/gid (otherwise the copy belongs to the caller, root). */
  readonly archive?: boolean
  /** `-L`: copy what a source symlink points to rather than the link. */
  readonly followLink?: boolean
  /** The container the source lives in, for docker's "in container x" in messages. */
  readonly sourceContainer?: string
}

function copyMeta(src: Stats, dest: string, archive: boolean, isLink: boolean): void {
  if (archive) lchownSync(dest, src.uid, src.gid)
  if (isLink) {
    lutimesSync(dest, src.atime, src.mtime)
    return
  }
  chmodSync(dest, src.mode & 0o7777)
  utimesSync(dest, src.atime, src.mtime)
}

/**
 * Copies `src` to `dest` (neither followed if a symlink: callers resolved them). Existing
 * non-directories at the destination are replaced rather than written through, so a
 * symlink planted in the destination tree is never followed.
 */
function copyTree(src: string, dest: string, opts: CopyOptions, followSrc: boolean): void {
  const st = followSrc ? statSync(src) : lstatSync(src)
  const existing = lstatOrUndefined(dest)
  if (st.isDirectory()) {
    if (existing && !existing.isDirectory()) rmSync(dest, { force: true })
    if (!existing || !existing.isDirectory()) mkdirSync(dest)
    for (const name of readdirSync(src)) copyTree(join(src, name), join(dest, name), opts, false)
    copyMeta(st, dest, Boolean(opts.archive), false)
    return
  }
  if (existing) rmSync(dest, { recursive: existing.isDirectory(), force: true })
  if (st.isSymbolicLink()) {
    symlinkSync(readlinkSync(src), dest)
    copyMeta(st, dest, Boolean(opts.archive), true)
    return
  }
  // Devices, fifos and sockets are left out: docker's tar stream would carry them, but
  // they are not data a user copies in or out.
  if (!st.isFile()) return
  copyFileSync(src, dest)
  copyMeta(st, dest, Boolean(opts.archive), false)
}

/**
 * docker cp's destination rules: into an existing directory (as `<dir>/<basename>`, or the
 * source's contents with a trailing `/.`), over an existing file, or as a new path whose
 * parent exists. `srcPath`/`destPath` are the user's spellings (for the trailing-slash rules
 * and messages); `src`/`dest` the host paths they resolve to.
 */
export function copyPath(src: string, srcPath: string, dest: string, destPath: string, opts: CopyOptions = {}): void {
  try {
    copyResolved(src, srcPath, dest, destPath, opts)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    // A system error names host paths (the container's mount): say it in the user's paths.
    if (typeof code !== 'string' || !/^E[A-Z0-9]+$/.test(code)) throw err
    const why = code === 'EROFS' ? 'read-only file system (a read-only volume or rootfs)' : code === 'ENOSPC' ? 'no space left on device' : code
    throw copyError(`copying ${srcPath} to ${destPath}: ${why}`)
  }
}

function copyResolved(src: string, srcPath: string, dest: string, destPath: string, opts: CopyOptions): void {
  const srcStat = statResolved(src)
  if (!srcStat) throw copyError(`could not find the file ${srcPath}${opts.sourceContainer ? ` in container ${opts.sourceContainer}` : ''}`)
  const follow = Boolean(opts.followLink) && srcStat.isSymbolicLink()
  const srcIsDir = (follow ? statSync(src) : srcStat).isDirectory()
  const contentsOnly = srcIsDir && (srcPath.endsWith('/.') || srcPath === '.')
  const destStat = statResolved(dest)
  const destIsDir = destStat?.isDirectory() ?? false
  if (!destStat) {
    if (destPath.endsWith('/') && !srcIsDir) throw copyError(`destination directory ${destPath} does not exist`)
    const parent = statResolved(dirname(dest))
    if (!parent?.isDirectory()) throw copyError(`no such directory: ${posix.dirname(destPath.replace(/\/+$/, '')) || '/'}`)
    copyTree(src, dest, opts, follow)
    return
  }
  if (!destIsDir) {
    if (srcIsDir) throw copyError(`cannot copy a directory to a file: ${destPath}`)
    copyTree(src, dest, opts, follow)
    return
  }
  if (contentsOnly) {
    for (const name of readdirSync(src)) copyTree(join(src, name), join(dest, name), opts, false)
    return
  }
  const name = basename(srcPath.replace(/\/+$/, '')) || basename(src)
  copyTree(src, join(dest, name), opts, follow)
}

/** `SERVICE:PATH` or a local path (docker's rule: a colon before any slash means a container). */
export function splitCopyArg(arg: string): { service?: string; path: string } {
  const colon = arg.indexOf(':')
  const slash = arg.indexOf('/')
  if (colon > 0 && (slash === -1 || colon < slash)) return { service: arg.slice(0, colon), path: arg.slice(colon + 1) }
  return { path: arg }
}
