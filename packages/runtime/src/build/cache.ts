import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDigest, type Digest } from '../images/digest.js'
import { tmpName } from '../images/blobs.js'

/**
 * The build cache, docker's classic builder style: every step's result is an image in the
 * store, and `<root>/build/cache/<key>` names it. The key is a hash of the parent image id
 * and everything else the step's result depends on (the instruction after substitution, the
 * build args a RUN sees, the content hash of the files a COPY copies). An entry whose image
 * was removed (image prune) is a miss. Bump CACHE_VERSION when a step's output changes for
 * the same inputs.
 */
export const CACHE_VERSION = 1

export interface StepDescription {
  /** The instruction, canonical: `RUN ["/bin/sh","-c","echo hi"]`, `COPY <hash> /app`... */
  readonly step: string
  /** Anything else the result depends on (env of a RUN, network, mounts...). */
  readonly extra?: unknown
}

/** Pure: the same parent and description always give the same key. */
export function cacheKey(parent: string, d: StepDescription): string {
  return createHash('sha256').update(JSON.stringify([CACHE_VERSION, parent, d.step, d.extra ?? null])).digest('hex')
}

export class BuildCache {
  private readonly dir: string

  constructor(root: string, private readonly exists: (id: Digest) => boolean) {
    this.dir = join(root, 'build', 'cache')
  }

  get(key: string): Digest | undefined {
    let id: string
    try {
      id = readFileSync(join(this.dir, key), 'utf8').trim()
    } catch {
      return undefined
    }
    return isDigest(id) && this.exists(id) ? id : undefined
  }

  /** Atomic (rename): a concurrent build reads the old entry or the new one, never half. */
  set(key: string, id: Digest): void {
    mkdirSync(this.dir, { recursive: true })
    const tmp = join(this.dir, `.${tmpName('tmp')}`)
    writeFileSync(tmp, id)
    renameSync(tmp, join(this.dir, key))
  }
}

/**
 * Step images record their parent (docker's image Parent), so `image ls` can hide the
 * untagged intermediate images of a build the way `docker images` does without `-a`.
 */
export function recordParent(root: string, parent: string, child: Digest): void {
  if (!isDigest(parent) || parent === child) return
  const dir = join(root, 'build', 'parents')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, child.slice('sha256:'.length)), parent)
}

/** Images that are the recorded parent of an image that still exists. */
export function intermediateImageIds(root: string, existing: Iterable<string>): Set<string> {
  const out = new Set<string>()
  const dir = join(root, 'build', 'parents')
  for (const id of existing) {
    try {
      out.add(readFileSync(join(dir, id.slice('sha256:'.length)), 'utf8').trim())
    } catch {
      // not built here, or built without a parent
    }
  }
  return out
}
