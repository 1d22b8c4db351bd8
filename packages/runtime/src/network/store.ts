/**
 * On-disk network state under `<root>/networks/`: one JSON file per network, written by
 * rename so readers (ls, inspect, the DNS responder) never see half a file, and every
 * read-modify-write done under one flock so two CLIs never hand out one address twice.
 */
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { RuntimeError, fromSystemError } from '../errors.js'
import { lockFile, nativeFs, type FileLock } from '../native/fs.js'
import type { NetworkRecord } from './types.js'

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

  /**
   * Exclusive lock over all network state of this root. Uncontended, a synchronous
   * non-blocking flock takes it without a trip through the libuv pool; otherwise engineer
   * C's lockFile waits for it off the JS thread.
   */
  async lock(): Promise<FileLock> {
    const path = join(this.dir, '.lock')
    let fd: number
    try {
      fd = openSync(path, 'a', 0o600)
    } catch {
      this.ensureDirs()
      return lockFile(path, 'ex')
    }
    if (!nativeFs().tryFlock(fd, 'ex')) {
      closeSync(fd)
      return lockFile(path, 'ex')
    }
    let released = false
    return {
      fd,
      release() {
        if (released) return
        released = true
        closeSync(fd)
      },
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
    const out: NetworkRecord[] = []
    for (const n of names) {
      if (!/^[0-9a-f]{64}\.json$/.test(n)) continue
      try {
        out.push(JSON.parse(readFileSync(join(this.dir, n), 'utf8')) as NetworkRecord)
      } catch {
        // removed meanwhile, or a torn file from a crash before rename: not a network
      }
    }
    return out.sort((a, b) => a.created.localeCompare(b.created))
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

  write(rec: NetworkRecord): void {
    const path = this.file(rec.id)
    const tmp = `${path}.tmp-${process.pid}`
    try {
      writeFileSync(tmp, JSON.stringify(rec, null, 1))
      renameSync(tmp, path)
    } catch (err) {
      throw fromSystemError(err, 'write', path)
    }
  }

  remove(id: string): void {
    rmSync(this.file(id), { force: true })
  }
}
