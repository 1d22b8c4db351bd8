import { lstatSync, readdirSync, type Stats } from 'node:fs'
import { join, posix } from 'node:path'
import type { NativeFs } from '../native/fs.js'
import { OPAQUE_XATTR } from './whiteout.js'

export type ChangeKind = 'A' | 'C' | 'D'

export interface Change {
  readonly kind: ChangeKind
  /** Absolute path inside the container (`/etc/passwd`). */
  readonly path: string
}

function lstatOrUndefined(p: string): Stats | undefined {
  try {
    return lstatSync(p)
  } catch {
    return undefined
  }
}

const isWhiteout = (st: Stats): boolean => st.isCharacterDevice() && st.rdev === 0

/**
 * What a container changed, from its overlay upper dir alone, with docker's rules
 * (moby pkg/archive/changes.go with overlayDeletedFile):
 *  - a whiteout is `D`; an opaque directory that hid a lower one is `D` too (its new
 *    children follow as `A`/`C`);
 *  - anything else in the upper dir is `C` if the path exists in a lower layer, else `A`,
 *    except a directory that only got copied up (same mode, size and mtime as below);
 *  - the parent of an `A` or `D` is reported `C` once, before it.
 * `lowerDirs` are top-most first, as overlay's lowerdir lists them.
 */
export function diffUpper(upperDir: string, lowerDirs: readonly string[], fs: NativeFs): Change[] {
  const changes: Change[] = []
  const changedDirs = new Set<string>()

  const inLower = (path: string): Stats | undefined => {
    for (const lower of lowerDirs) {
      const st = lstatOrUndefined(join(lower, path))
      if (st) return isWhiteout(st) ? undefined : st
    }
    return undefined
  }

  const visit = (path: string, st: Stats): void => {
    let kind: ChangeKind
    const opaqueReplaced = st.isDirectory() && fs.lgetxattr(join(upperDir, path), OPAQUE_XATTR)?.toString() === 'y' && inLower(path) !== undefined
    if (isWhiteout(st) || opaqueReplaced) {
      kind = 'D'
    } else {
      kind = 'A'
      const below = inLower(path)
      if (below) {
        const sameDir =
          below.isDirectory() && st.isDirectory() && below.size === st.size && below.mode === st.mode && Math.floor(below.mtimeMs) === Math.floor(st.mtimeMs)
        if (sameDir) return
        kind = 'C'
      }
    }
    if (st.isDirectory()) changedDirs.add(path)
    if (kind !== 'C') {
      const parent = posix.dirname(path)
      if (parent !== '/' && !changedDirs.has(parent)) {
        changes.push({ kind: 'C', path: parent })
        changedDirs.add(parent)
      }
    }
    changes.push({ kind, path })
  }

  const walk = (rel: string): void => {
    const abs = join(upperDir, rel)
    const names = readdirSync(abs).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    for (const name of names) {
      const path = posix.join(rel, name)
      const st = lstatSync(join(upperDir, path))
      visit(path, st)
      if (st.isDirectory()) walk(path)
    }
  }
  walk('/')
  return changes
}
