import { existsSync, mkdirSync, readdirSync, rmSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { RuntimeError, fromSystemError } from '../errors.js'
import { readJsonIfExists, writeJsonAtomic } from '../state/atomic.js'
import { newId, validateName } from '../state/ids.js'
import { unlinkLock, withLock } from '../state/lock.js'
import type { StatePaths } from '../state/paths.js'
import { compareText } from '../util/compare.js'

/** docker's `volume inspect` shape (local driver). */
export interface VolumeInfo {
  readonly Name: string
  readonly Driver: 'local'
  readonly Mountpoint: string
  readonly CreatedAt: string
  readonly Labels: Record<string, string>
  readonly Options: Record<string, string>
  readonly Scope: 'local'
  /** Created for an image VOLUME or `-v /path`: removed with `rm -v` / `--rm`. */
  readonly Anonymous?: boolean
}

export interface VolumeCreateOptions {
  readonly driver?: string
  readonly driverOpts?: Readonly<Record<string, string>>
  readonly labels?: Readonly<Record<string, string>>
  readonly anonymous?: boolean
}

/** How a container mounts the volume: its data dir, a tmpfs, or the bind device. */
export interface VolumeMountSource {
  readonly kind: 'dir' | 'tmpfs' | 'bind'
  readonly source: string
  /** tmpfs mount data (size=..,mode=..) */
  readonly options?: string
}

export const VOLUME_META = 'volume.json'
export const VOLUME_IN_USE = 'VOLUME_IN_USE'

/**
 * Named volumes under <root>/volumes/<name>: `_data` plus volume.json. The local driver's
 * options: type=tmpfs (o=size=..,mode=..) mounts a tmpfs per container; type=none,o=bind,
 * device=/path binds an existing host path. `inUse(name)` lists the containers using a
 * volume (the container manager provides it) so rm refuses those.
 */
export class VolumeStore {
  constructor(
    private readonly paths: StatePaths,
    private readonly inUse: (name: string) => string[],
  ) {}

  private meta(name: string): string {
    return join(this.paths.volume(name), VOLUME_META)
  }

  private validateOpts(name: string, driver: string | undefined, opts: Readonly<Record<string, string>>): void {
    if (driver !== undefined && driver !== 'local') {
      throw new RuntimeError('VOLUME_DRIVER', `volume "${name}": driver "${driver}" is not supported (only "local")`, { exitCode: 125 })
    }
    for (const k of Object.keys(opts)) {
      if (!['type', 'o', 'device'].includes(k)) throw new RuntimeError('VOLUME_OPTS', `volume "${name}": invalid option key "${k}" (local driver takes type, o, device)`, { exitCode: 125 })
    }
    const type = opts.type
    if (type === 'none' || (type === undefined && opts.device !== undefined)) {
      if (!(opts.o ?? '').split(',').includes('bind') || !opts.device) {
        throw new RuntimeError('VOLUME_OPTS', `volume "${name}": type=none needs o=bind and device=<host path>`, { exitCode: 125 })
      }
      if (!existsSync(opts.device)) throw new RuntimeError('VOLUME_OPTS', `volume "${name}": device "${opts.device}" does not exist`, { exitCode: 125 })
    } else if (type !== undefined && type !== 'tmpfs') {
      throw new RuntimeError('VOLUME_OPTS', `volume "${name}": type "${type}" is not supported (tmpfs or none with o=bind)`, { exitCode: 125 })
    }
  }

  /** Creates the volume, or returns the existing one (docker: create is idempotent). */
  async create(name: string | undefined, opts: VolumeCreateOptions = {}): Promise<VolumeInfo> {
    const n = name === undefined || name === '' ? newId() : validateName(name, 'volume')
    const driverOpts = { ...(opts.driverOpts ?? {}) }
    this.validateOpts(n, opts.driver, driverOpts)
    return withLock(this.paths, `volume-${n}`, () => {
      const existing = this.get(n)
      if (existing) return existing
      const dir = this.paths.volume(n)
      const tmp = `${dir}.creating-${newId().slice(0, 8)}`
      try {
        mkdirSync(join(tmp, '_data'), { recursive: true, mode: 0o755 })
        const info: VolumeInfo = {
          Name: n,
          Driver: 'local',
          Mountpoint: join(dir, '_data'),
          CreatedAt: new Date().toISOString(),
          Labels: { ...(opts.labels ?? {}) },
          Options: driverOpts,
          Scope: 'local',
          ...(opts.anonymous ? { Anonymous: true } : {}),
        }
        writeJsonAtomic(join(tmp, VOLUME_META), info)
        renameSync(tmp, dir)
        return info
      } catch (err) {
        rmSync(tmp, { recursive: true, force: true })
        throw fromSystemError(err, 'mkdir', dir)
      }
    })
  }

  get(name: string): VolumeInfo | undefined {
    return readJsonIfExists<VolumeInfo>(this.meta(name))
  }

  inspect(name: string): VolumeInfo {
    const v = this.get(name)
    if (!v) throw new RuntimeError('NO_SUCH_VOLUME', `no such volume: ${name}`, { exitCode: 1 })
    return v
  }

  list(): VolumeInfo[] {
    let names: string[]
    try {
      names = readdirSync(this.paths.volumes)
    } catch {
      return []
    }
    const out: VolumeInfo[] = []
    for (const n of names) {
      if (n.includes('.creating-') || n.includes('.removing-')) continue
      const v = this.get(n)
      if (v) out.push(v)
    }
    return out.sort((a, b) => compareText(a.Name, b.Name))
  }

  /** What a container mounts for this volume. */
  mountSource(v: VolumeInfo): VolumeMountSource {
    const o = v.Options
    if (o.type === 'tmpfs') return { kind: 'tmpfs', source: 'tmpfs', options: o.o ?? '' }
    if (o.device && (o.o ?? '').split(',').includes('bind')) return { kind: 'bind', source: o.device }
    return { kind: 'dir', source: v.Mountpoint }
  }

  /** Removes a volume; refuses one in use unless the caller already removed the users. */
  async remove(name: string, opts: { force?: boolean } = {}): Promise<void> {
    await withLock(this.paths, `volume-${name}`, () => {
      if (!this.get(name)) {
        if (opts.force) return
        throw new RuntimeError('NO_SUCH_VOLUME', `no such volume: ${name}`, { exitCode: 1 })
      }
      const users = this.inUse(name)
      if (users.length > 0) {
        throw new RuntimeError(VOLUME_IN_USE, `remove ${name}: volume is in use - [${users.join(', ')}]`, { exitCode: 1 })
      }
      const dir = this.paths.volume(name)
      // Rename first so a killed rm never leaves a half-deleted volume that looks valid.
      const gone = `${dir}.removing-${newId().slice(0, 8)}`
      renameSync(dir, gone)
      rmSync(gone, { recursive: true, force: true })
      unlinkLock(this.paths, `volume-${name}`)
    })
  }

  /** Removes unused volumes: anonymous ones only unless `all` (docker ≥ 23 semantics). */
  async prune(opts: { all?: boolean; labelFilters?: readonly string[] } = {}): Promise<{ removed: string[] }> {
    const removed: string[] = []
    this.cleanupPartial()
    for (const v of this.list()) {
      if (!opts.all && !v.Anonymous) continue
      if (opts.labelFilters && !opts.labelFilters.every((f) => matchesLabel(v.Labels, f))) continue
      if (this.inUse(v.Name).length > 0) continue
      try {
        await this.remove(v.Name)
        removed.push(v.Name)
      } catch {
        // in use by a container created meanwhile
      }
    }
    return { removed }
  }

  /** Leftovers of a killed create/rm (`*.creating-*`, `*.removing-*`). */
  cleanupPartial(): void {
    let names: string[]
    try {
      names = readdirSync(this.paths.volumes)
    } catch {
      return
    }
    for (const n of names) if (n.includes('.creating-') || n.includes('.removing-')) rmSync(join(this.paths.volumes, n), { recursive: true, force: true })
  }
}

/** `label=key` or `label=key=value` filter semantics. */
export function matchesLabel(labels: Readonly<Record<string, string>>, filter: string): boolean {
  const eq = filter.indexOf('=')
  if (eq === -1) return filter in labels
  return labels[filter.slice(0, eq)] === filter.slice(eq + 1)
}
