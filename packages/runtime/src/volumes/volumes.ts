import type { EventLog } from '../events/events.js'
import type { VolumeCreateOptions, VolumeInfo, VolumeStore } from './volume-store.js'

/** `runtime.volumes`: the volume store plus its events (create, destroy). */
export class Volumes {
  constructor(
    readonly store: VolumeStore,
    private readonly events: EventLog,
  ) {}

  async create(name: string | undefined, opts: VolumeCreateOptions = {}): Promise<VolumeInfo> {
    const existed = name ? this.store.get(name) : undefined
    const v = await this.store.create(name, opts)
    if (!existed) this.events.emit('volume', 'create', v.Name, v.Name, { driver: 'local' })
    return v
  }

  list(): VolumeInfo[] {
    return this.store.list()
  }

  get(name: string): VolumeInfo | undefined {
    return this.store.get(name)
  }

  inspect(name: string): VolumeInfo {
    return this.store.inspect(name)
  }

  async remove(name: string, opts: { force?: boolean } = {}): Promise<void> {
    await this.store.remove(name, opts)
    this.events.emit('volume', 'destroy', name, name, { driver: 'local' })
  }

  async prune(opts: { all?: boolean; labelFilters?: readonly string[] } = {}): Promise<{ removed: string[] }> {
    const r = await this.store.prune(opts)
    for (const n of r.removed) this.events.emit('volume', 'destroy', n, n, { driver: 'local' })
    return r
  }
}
