import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { RuntimeError } from '../errors.js'
import type { StatePaths } from './paths.js'
import { shortId } from './ids.js'

/**
 * name -> id, one file per name under <root>/names. A claim is link(2) of a temp file holding
 * the id onto the name: atomic and exclusive across concurrent CLIs without any lock. A name
 * whose container directory is gone (a CLI killed mid-rm) is stale and may be taken over.
 */
export class NameIndex {
  constructor(private readonly paths: StatePaths) {}

  lookup(name: string): string | undefined {
    try {
      return readFileSync(this.paths.name(name), 'utf8').trim() || undefined
    } catch {
      return undefined
    }
  }

  /** Claims name for id or throws NAME_IN_USE naming the holder. */
  claim(name: string, id: string): void {
    const dir = this.paths.names
    const tmp = `${dir}/.tmp-${randomBytes(6).toString('hex')}`
    try {
      writeFileSync(tmp, id)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
      mkdirSync(dir, { recursive: true })
      writeFileSync(tmp, id)
    }
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          linkSync(tmp, this.paths.name(name))
          return
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
        }
        const holder = this.lookup(name)
        if (holder === id) return
        if (holder && existsSync(this.paths.container(holder))) {
          throw new RuntimeError('NAME_IN_USE', `the container name "/${name}" is already in use by container "${shortId(holder)}"`, {
            hint: 'remove or rename that container to reuse the name',
            exitCode: 125,
          })
        }
        // Stale claim: its container is gone. Removing it races only with other takers of
        // the same stale name, and link(2) still lets exactly one of them win.
        this.releaseIf(name, holder)
      }
      throw new RuntimeError('NAME_IN_USE', `the container name "/${name}" is already in use`, { exitCode: 125 })
    } finally {
      try {
        unlinkSync(tmp)
      } catch {
        // already gone
      }
    }
  }

  /** Drops name if it still maps to id (never someone else's fresh claim). */
  releaseIf(name: string, id: string | undefined): void {
    if (id !== undefined && this.lookup(name) !== id) return
    try {
      unlinkSync(this.paths.name(name))
    } catch {
      // already released
    }
  }

  /** Every (name, id) pair, for prune and listing. */
  entries(): Array<{ name: string; id: string }> {
    let files: string[]
    try {
      files = readdirSync(this.paths.names)
    } catch {
      return []
    }
    const out: Array<{ name: string; id: string }> = []
    for (const f of files) {
      if (f.startsWith('.tmp-')) continue
      const id = this.lookup(f)
      if (id) out.push({ name: f, id })
    }
    return out
  }
}
