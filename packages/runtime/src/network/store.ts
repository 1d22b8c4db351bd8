/**
 * On-disk network state under `<root>/networks/`: one JSON file per network, written by
 * rename so readers (ls, inspect, the DNS responder) never see half a file, and every
 * read-modify-write done under one flock so two CLIs never hand out one address twice.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { RuntimeError, fromSystemError } from '../errors.js'
import { lockFile, type FileLock } from '../native/fs.js'
import type { NetworkRecord } from './types.js'
import { compareText } from '../util/compare.js'

export class NetworkStore {
  readonly dir: string
  readonly netnsDir: string

  constructor(readonly root: string) {
    this.dir = join(root, 'networks')
    this.netnsDir = join(root, 'netns')
  }

  ensureDirs(): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 })
    mkdirSync(this.netnsDir, { recursive: true, mode: 0o700 })
  }

  /** Exclusive lock over all network state of this root (the layout is made on first use). */
  async lock(): Promise<FileLock> {
    const path = join(this.dir, '.lock')
    try {
      return await lockFile(path, 'ex')
    } catch (err) {
      if ((err as { errno?: string }).errno !== 'ENOENT') throw err
      this.ensureDirs()
      return lockFile(path, 'ex')
    }
  }

  file(id: string): string {
    return join(this.dir, `${id}.json`)
  }

  netnsPath(containerId: string): string {
    return join(this.netnsDir, containerId)
  }

  list(): NetworkRecord[] {
    let names: string[]
    try {
      names = readdirSync(this.dir)
    } catch {
      return []
    }
    const finals = new Set(names.filter((n) => /^[0-9a-f]{64}\.json$/.test(n)))
    const out = new Map<string, NetworkRecord>()
    const read = (n: string): void => {
      try {
        const rec = JSON.parse(readFileSync(join(this.dir, n), 'utf8')) as NetworkRecord
        out.set(rec.id, rec)
      } catch {
        // removed meanwhile, or a temp file torn by a crash while it was written
      }
    }
    for (const n of finals) read(n)
    // A write caught between unlink and rename (or a crash there): its temp file is complete.
    for (const n of names) {
      const m = /^([0-9a-f]{64}\.json)\.tmp-\d+$/.exec(n)
      if (m && !finals.has(m[1]!) && !out.has(m[1]!.slice(0, 64))) read(n)
    }
    return [...out.values()].sort((a, b) => compareText(a.created, b.created))
  }

  /** By exact name, full id, or unique id prefix, like docker. */
  find(ref: string, all = this.list()): NetworkRecord | undefined {
    const byName = all.find((n) => n.name === ref)
    if (byName) return byName
    const byId = all.find((n) => n.id === ref)
    if (byId) return byId
    if (!/^[0-9a-f]+$/.test(ref)) return undefined
    const prefixed = all.filter((n) => n.id.startsWith(ref))
    if (prefixed.length > 1) {
      throw new RuntimeError('NETWORK_AMBIGUOUS', `network id prefix "${ref}" matches ${prefixed.length} networks`, { exitCode: 1 })
    }
    return prefixed[0]
  }

  get(ref: string, all?: NetworkRecord[]): NetworkRecord {
    const n = this.find(ref, all)
    if (!n) throw new RuntimeError('NETWORK_NOT_FOUND', `network ${ref} not found`, { exitCode: 1 })
    return n
  }

  /**
   * Replaces a network's file. Not by rename-over: on ext4 (auto_da_alloc) replacing an
   * existing file flushes the new one's data first, 1-3 ms per write here, which was most of
   * an endpoint attach. Instead: write a temp file, unlink the old one, rename the temp into
   * place. A reader (or a crash) in between finds only the complete temp file: list() takes
   * it when the final name is missing.
   */
  write(rec: NetworkRecord): void {
    const path = this.file(rec.id)
    const tmp = `${path}.tmp-${process.pid}`
    try {
      writeFileSync(tmp, JSON.stringify(rec))
      rmSync(path, { force: true })
      renameSync(tmp, path)
    } catch (err) {
      throw fromSystemError(err, 'write', path)
    }
  }

  remove(id: string): void {
    rmSync(this.file(id), { force: true })
    for (const n of readdirSync(this.dir)) if (n.startsWith(`${id}.json.tmp-`)) rmSync(join(this.dir, n), { force: true })
  }
}
