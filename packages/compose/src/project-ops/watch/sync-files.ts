import {
  chmodSync, copyFileSync, lchownSync, lstatSync, lutimesSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, utimesSync,
  type Stats,
} from 'node:fs'
import { basename, dirname, join, posix } from 'node:path'
import { resolveInRoot } from '../container-copy.js'
import type { Service } from '../../model/types.js'
import { boundByMount, type PathMapping, type WatchRule } from './watch-rules.js'

function lstatOrUndefined(p: string): Stats | undefined {
  try {
    return lstatSync(p)
  } catch {
    return undefined
  }
}

export interface SyncCounts {
  copied: number
  deleted: number
}

/**
 * Applies a batch of mappings to one container whose `/` is the host path `root` (its
 * /proc/<pid>/root, or the runtime's mount of a stopped one), the way docker compose's tar
 * sync does: a host path that is gone is removed in the container (`rm -rf`), anything else
 * is copied there with its mode, owner and mtime (docker extracts with CopyUIDGID), parents
 * created as needed. Container paths are resolved inside `root`, so a symlink in the
 * container never sends a write onto the host. `skip` leaves out ignored paths met while
 * copying a whole directory.
 */
export function applySync(root: string, mappings: readonly PathMapping[], skip: (hostPath: string) => boolean = () => false): SyncCounts {
  const counts: SyncCounts = { copied: 0, deleted: 0 }
  for (const m of mappings) {
    if (m.containerPath === undefined) continue
    const dest = resolveInRoot(root, m.containerPath, false)
    const src = lstatOrUndefined(m.hostPath)
    if (!src) {
      rmSync(dest, { recursive: true, force: true })
      counts.deleted += 1
      continue
    }
    mkdirSync(resolveInRoot(root, posix.dirname(m.containerPath), true), { recursive: true })
    counts.copied += copyInto(m.hostPath, src, dest, skip)
  }
  return counts
}

function copyMeta(src: Stats, dest: string, isLink: boolean): void {
  lchownSync(dest, src.uid, src.gid)
  if (isLink) {
    lutimesSync(dest, src.atime, src.mtime)
    return
  }
  chmodSync(dest, src.mode & 0o7777)
  utimesSync(dest, src.atime, src.mtime)
}

/** Copies one host entry over `dest` (never written through: a link there is replaced). */
function copyInto(src: string, st: Stats, dest: string, skip: (hostPath: string) => boolean): number {
  const existing = lstatOrUndefined(dest)
  if (st.isDirectory()) {
    if (existing && !existing.isDirectory()) rmSync(dest, { force: true })
    if (!existing?.isDirectory()) mkdirSync(dest)
    let n = 0
    for (const name of readdirSync(src)) {
      const child = join(src, name)
      if (skip(child)) continue
      const cst = lstatOrUndefined(child)
      if (cst) n += copyInto(child, cst, join(dest, name), skip)
    }
    copyMeta(st, dest, false)
    return n
  }
  if (existing?.isDirectory()) rmSync(dest, { recursive: true, force: true })
  if (st.isSymbolicLink()) {
    if (existing) rmSync(dest, { force: true })
    symlinkSync(readlinkSync(src), dest)
    copyMeta(st, dest, true)
    return 1
  }
  // Fifos, sockets and devices are not content a project syncs (tar would skip most too).
  if (!st.isFile()) return 0
  // Written beside and renamed over: a process in the container reading the file sees the
  // old or the new content, never half of it.
  const tmp = join(dirname(dest), `.${basename(dest)}.tsc-sync-${process.pid}`)
  try {
    copyFileSync(src, tmp)
    copyMeta(st, tmp, false)
    renameSync(tmp, dest)
  } catch (err) {
    rmSync(tmp, { force: true })
    // A file deleted between the event and the copy: the next batch removes it.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !lstatOrUndefined(src)) return 0
    throw err
  }
  return 1
}

/**
 * The files `initial_sync` copies before watching starts (docker compose's initialSync):
 * every file under the rule's path except ignored ones (its `ignore`, the `.dockerignore`,
 * editor files, `.git`, Dockerfiles and compose files) and bind-mounted ones.
 */
export function initialSyncMappings(rule: WatchRule, service: Service): PathMapping[] {
  if (rule.target === undefined) return []
  let st: Stats
  try {
    st = statSync(rule.path)
  } catch {
    return []
  }
  const skip = (p: string): boolean => rule.initialSyncIgnore.matches(p) || boundByMount(service, p)
  if (st.isFile()) return skip(rule.path) ? [] : [{ hostPath: rule.path, containerPath: rule.target }]
  if (!st.isDirectory()) return []
  const out: PathMapping[] = []
  const walk = (dir: string, target: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const host = join(dir, e.name)
      if (skip(host)) continue
      const inContainer = posix.join(target, e.name)
      if (e.isDirectory()) walk(host, inContainer)
      else out.push({ hostPath: host, containerPath: inContainer })
    }
  }
  walk(rule.path, rule.target)
  return out
}
