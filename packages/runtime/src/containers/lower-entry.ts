import { lstatSync, type Stats } from 'node:fs'
import { join } from 'node:path'

/**
 * The entry at `rel` in the top-most of an image's lower layers that has one (lstat: a
 * symlink is not followed), or undefined when none has. A whiteout (char device 0:0) is
 * returned as found: it is neither a file nor a directory, which is the deletion it records.
 */
export function topLowerEntry(lowers: readonly string[], rel: string): { readonly path: string; readonly stat: Stats } | undefined {
  for (const dir of lowers) {
    const path = join(dir, rel)
    try {
      return { path, stat: lstatSync(path) }
    } catch {
      // not in this layer: look further down
    }
  }
  return undefined
}
