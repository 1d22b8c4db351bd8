import { lstatSync, readlinkSync } from 'node:fs'
import { posix } from 'node:path'
import { imageError, IMAGE_UNSAFE_PATH } from './errors.js'

/**
 * Path safety for archive entries. A layer or archive is untrusted input: no entry may
 * write outside the directory it is extracted into, neither by name (`..`, absolute) nor
 * through a symlink an earlier entry planted.
 */

const MAX_SYMLINKS = 40

/**
 * Normalizes an entry name the way docker's archive code does (filepath.Clean, leading `/`
 * dropped): `./a//b/` → `a/b`, `/etc/x` → `etc/x`, the root entry → ''. A name that climbs
 * out (`../x`, `a/../../x`) throws.
 */
export function cleanEntryName(name: string): string {
  const stripped = name.replace(/^\/+/, '')
  if (stripped === '' || stripped === '.' || stripped === './') return ''
  const n = posix.normalize(stripped).replace(/\/+$/, '')
  if (n === '..' || n.startsWith('../')) {
    throw imageError(IMAGE_UNSAFE_PATH, `archive entry "${name}" points outside the extraction directory`)
  }
  return n === '.' ? '' : n
}

/**
 * Joins `rel` under `root`, resolving every symlink met on the way as if `root` were `/`
 * (like a chroot, or Go's securejoin), so the result always lies inside `root`. The final
 * component is followed only with `followLast` (extraction replaces it instead). Missing
 * components are kept as they are: the caller creates them.
 */
export function resolveInRoot(root: string, rel: string, followLast: boolean): string {
  const stack: string[] = []
  let queue = rel.split('/').filter((c) => c !== '' && c !== '.')
  let links = 0
  while (queue.length > 0) {
    const c = queue.shift()!
    if (c === '..') {
      stack.pop()
      continue
    }
    const candidate = posix.join(root, ...stack, c)
    if (queue.length === 0 && !followLast) {
      stack.push(c)
      break
    }
    let target: string | undefined
    try {
      const st = lstatSync(candidate)
      if (st.isSymbolicLink()) target = readlinkSync(candidate)
    } catch {
      // missing: nothing to resolve, the caller creates it
    }
    if (target === undefined) {
      stack.push(c)
      continue
    }
    if (++links > MAX_SYMLINKS) {
      throw imageError(IMAGE_UNSAFE_PATH, `too many levels of symbolic links resolving "${rel}" in ${root}`)
    }
    if (target.startsWith('/')) stack.length = 0
    queue = [...target.split('/').filter((x) => x !== '' && x !== '.'), ...queue]
  }
  return posix.join(root, ...stack)
}
