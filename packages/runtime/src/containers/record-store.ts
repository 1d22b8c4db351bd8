import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { RuntimeError } from '../errors.js'
import { readJsonIfExists, writeJsonAtomic } from '../state/atomic.js'
import { isFullId } from '../state/ids.js'
import type { NameIndex } from '../state/name-index.js'
import type { StatePaths } from '../state/paths.js'
import type { ContainerRecord } from './config.js'

export const RECORD_FILE = 'config.json'
export const NO_SUCH_CONTAINER = 'NO_SUCH_CONTAINER'

/**
 * Container records on disk: <root>/containers/<id>/config.json. A directory without a
 * config.json is a create that never finished (a killed CLI): invisible here, reclaimed by
 * prune.
 */
export class RecordStore {
  constructor(
    private readonly paths: StatePaths,
    private readonly names: NameIndex,
  ) {}

  dir(id: string): string {
    return this.paths.container(id)
  }

  file(id: string, name: string): string {
    return join(this.paths.container(id), name)
  }

  get(id: string): ContainerRecord | undefined {
    return readJsonIfExists<ContainerRecord>(join(this.paths.container(id), RECORD_FILE))
  }

  write(rec: ContainerRecord): void {
    writeJsonAtomic(join(this.paths.container(rec.Id), RECORD_FILE), rec)
  }

  /** Every container id with a directory (complete or not). */
  ids(): string[] {
    try {
      return readdirSync(this.paths.containers).filter(isFullId)
    } catch {
      return []
    }
  }

  all(): ContainerRecord[] {
    const out: ContainerRecord[] = []
    for (const id of this.ids()) {
      const r = this.get(id)
      if (r) out.push(r)
    }
    return out
  }

  /** docker's lookup order: full id, exact name, then a unique id prefix. */
  resolve(ref: string): ContainerRecord {
    const r = this.find(ref)
    if (!r) throw new RuntimeError(NO_SUCH_CONTAINER, `no such container: ${ref}`, { exitCode: 1 })
    return r
  }

  find(ref: string): ContainerRecord | undefined {
    const key = ref.startsWith('/') ? ref.slice(1) : ref
    if (isFullId(key)) {
      const r = this.get(key)
      if (r) return r
    }
    const byName = this.names.lookup(key)
    if (byName) {
      const r = this.get(byName)
      if (r) return r
    }
    if (/^[0-9a-f]{1,63}$/.test(key)) {
      const matches = this.ids().filter((id) => id.startsWith(key))
      if (matches.length > 1) throw new RuntimeError('AMBIGUOUS_CONTAINER', `multiple containers found with the id prefix "${key}"`, { exitCode: 1 })
      if (matches.length === 1) return this.get(matches[0]!)
    }
    return undefined
  }
}
