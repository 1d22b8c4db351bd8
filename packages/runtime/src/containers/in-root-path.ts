import { lstatSync, readlinkSync } from 'node:fs'
import { join } from 'node:path'
import { RuntimeError } from '../errors.js'

/** Symlink hops allowed while resolving one path, like the kernel's MAXSYMLINKS. */
const MAX_LINKS = 40

export const PATH_SYMLINK_LOOP = 'PATH_SYMLINK_LOOP'

/**
 * A container path to a host path under `root` (a container's `/proc/<pid>/root` or a
 * mount of its filesystem), resolving symlinks as if `root` were `/`. Following them
 * through the host would let a container's `/etc -> /` link send a copy, or a mount, onto
 * the host's own files (docker's FollowSymlinkInScope exists for the same reason). The
 * last component is followed only with `followLast`. Components that do not exist are
 * kept as they are (the caller creates them).
 */
export function resolveInRoot(root: string, path: string, followLast: boolean): string {
  const queue = path.split('/').filter((p) => p !== '' && p !== '.')
  const resolved: string[] = []
  let hops = 0
  while (queue.length) {
    const part = queue.shift()!
    if (part === '.') continue
    if (part === '..') {
      resolved.pop()
      continue
    }
    const host = join(root, ...resolved, part)
    let isLink = false
    try {
      isLink = lstatSync(host).isSymbolicLink()
    } catch {
      // missing: kept literally
    }
    if (isLink && (queue.length > 0 || followLast)) {
      if (++hops > MAX_LINKS) throw new RuntimeError(PATH_SYMLINK_LOOP, `too many levels of symbolic links: ${path}`, { exitCode: 1 })
      const target = readlinkSync(host)
      if (target.startsWith('/')) resolved.length = 0
      queue.unshift(...target.split('/').filter((p) => p !== '' && p !== '.'))
      continue
    }
    resolved.push(part)
  }
  return join(root, ...resolved)
}
