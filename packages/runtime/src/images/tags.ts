import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { fromSystemError } from '../errors.js'
import { tmpName } from './blobs.js'
import { type Digest, isDigest } from './digest.js'
import { imageError, IMAGE_INVALID_INPUT } from './errors.js'
import { familiarName, familiarString, normalizeReference, type Reference } from './reference.js'

/**
 * Names → image IDs, in docker's own `repositories.json` shape:
 * `{"Repositories": {"busybox": {"busybox:latest": "sha256:…"}}}`. Readers never lock
 * (writes are rename-atomic); writers hold the store lock around read-modify-write.
 */
interface RepositoriesFile {
  Repositories: Record<string, Record<string, string>>
}

export class TagIndex {
  private repos: Record<string, Record<string, Digest>> = {}

  constructor(private readonly file: string) {}

  load(): this {
    if (!existsSync(this.file)) {
      this.repos = {}
      return this
    }
    let parsed: RepositoriesFile
    try {
      parsed = JSON.parse(readFileSync(this.file, 'utf8')) as RepositoriesFile
    } catch (err) {
      throw imageError(IMAGE_INVALID_INPUT, `cannot read the tag index ${this.file}: ${(err as Error).message}`, { cause: err })
    }
    const repos: Record<string, Record<string, Digest>> = {}
    for (const [name, refs] of Object.entries(parsed.Repositories ?? {})) {
      for (const [ref, id] of Object.entries(refs)) if (isDigest(id)) (repos[name] ??= {})[ref] = id
    }
    this.repos = repos
    return this
  }

  save(): void {
    const tmp = `${this.file}.${tmpName('tmp')}`
    try {
      writeFileSync(tmp, JSON.stringify({ Repositories: this.repos }))
      renameSync(tmp, this.file)
    } catch (err) {
      throw fromSystemError(err, 'write', this.file)
    }
  }

  get(ref: Reference): Digest | undefined {
    return this.repos[familiarName(ref)]?.[familiarString(ref)]
  }

  set(ref: Reference, id: Digest): Digest | undefined {
    const name = familiarName(ref)
    const key = familiarString(ref)
    const previous = this.repos[name]?.[key]
    ;(this.repos[name] ??= {})[key] = id
    return previous
  }

  delete(ref: Reference): boolean {
    const name = familiarName(ref)
    const key = familiarString(ref)
    const refs = this.repos[name]
    if (!refs || !(key in refs)) return false
    delete refs[key]
    if (Object.keys(refs).length === 0) delete this.repos[name]
    return true
  }

  /** Every (reference, id) pair, references in their familiar string form. */
  entries(): [string, Digest][] {
    return Object.values(this.repos).flatMap((refs) => Object.entries(refs))
  }

  refsOf(id: Digest): Reference[] {
    return this.entries()
      .filter(([, v]) => v === id)
      .map(([k]) => normalizeReference(k))
  }
}
