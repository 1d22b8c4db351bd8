import { createReadStream, createWriteStream, existsSync, linkSync, lstatSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs'
import { join, posix } from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import * as tar from 'tar-stream'
import { AutoDecompress } from './decompress.js'
import { imageError, IMAGE_INVALID_ARCHIVE } from './errors.js'
import { cleanEntryName, resolveInRoot } from './tar-path.js'

/**
 * Extracts an image archive (`docker save` output, OCI layout tar; optionally gzipped) into
 * a private staging directory so its documents can be read in any order: docker writes
 * manifest.json last. Only files, directories and the symlinks docker's legacy format uses
 * for shared layers are kept; nothing can land outside the staging directory.
 */
export async function stageArchive(input: string | Readable, dir: string): Promise<void> {
  let src: Readable
  if (typeof input === 'string') {
    if (!existsSync(input)) throw imageError(IMAGE_INVALID_ARCHIVE, `cannot read archive "${input}": no such file or directory`)
    src = createReadStream(input)
  } else {
    src = input
  }
  const extract = tar.extract()
  const feeding = pipeline(src, new AutoDecompress('image archive'), extract)
  feeding.catch(() => {})
  let entries = 0
  try {
    for await (const entry of extract) {
      const h = entry.header
      const name = cleanEntryName(h.name)
      const stream = entry as unknown as Readable
      if (name === '') {
        for await (const _ of stream) {
          // root entry
        }
        continue
      }
      entries++
      const parent = resolveInRoot(dir, posix.dirname(name), true)
      mkdirSync(parent, { recursive: true })
      const target = join(parent, posix.basename(name))
      if (h.type === 'file' || h.type === 'contiguous-file') {
        await pipeline(stream, createWriteStream(target))
        continue
      }
      for await (const _ of stream) {
        // no body
      }
      if (h.type === 'directory') mkdirSync(target, { recursive: true })
      else if (h.type === 'symlink') symlinkSync(h.linkname, target)
      else if (h.type === 'link') linkSync(resolveInRoot(dir, cleanEntryName(h.linkname), true), target)
    }
    await feeding
  } catch (err) {
    extract.destroy()
    if ((err as { code?: string }).code?.startsWith('IMAGE_')) throw err
    throw imageError(IMAGE_INVALID_ARCHIVE, `invalid image archive${typeof input === 'string' ? ` "${input}"` : ''}: ${(err as Error).message}`, { cause: err })
  }
  if (entries === 0) throw imageError(IMAGE_INVALID_ARCHIVE, `invalid image archive${typeof input === 'string' ? ` "${input}"` : ''}: it is empty or not a tar archive`)
}

/** A file of the staged archive, following symlinks but never out of the staging dir. */
export function stagedPath(dir: string, name: string): string {
  const p = resolveInRoot(dir, cleanEntryName(name), true)
  let ok = false
  try {
    ok = lstatSync(p).isFile()
  } catch {
    ok = false
  }
  if (!ok) throw imageError(IMAGE_INVALID_ARCHIVE, `invalid image archive: "${name}" is missing`)
  return p
}

export function readStagedJson<T>(dir: string, name: string): T {
  const p = stagedPath(dir, name)
  try {
    return JSON.parse(readFileSync(p, 'utf8')) as T
  } catch (err) {
    throw imageError(IMAGE_INVALID_ARCHIVE, `invalid image archive: "${name}" is not valid JSON: ${(err as Error).message}`, { cause: err })
  }
}

export function hasStaged(dir: string, name: string): boolean {
  try {
    stagedPath(dir, name)
    return true
  } catch {
    return false
  }
}
