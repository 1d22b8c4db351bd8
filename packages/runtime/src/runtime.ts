import { runtimeFile } from './native/load.js'
import { createCgroupManager } from './cgroups/manager.js'
import { DEFAULT_CGROUP_PARENT } from './cgroups/common.js'
import type { CgroupManager } from './cgroups/types.js'
import { DockerSecurity } from './containers/security-planner.js'
import type { ContainerRecord } from './containers/config.js'
import { Containers } from './containers/containers.js'
import { ContainerManager } from './containers/manager.js'
import type { NetworkAttacher } from './containers/network-hook.js'
import type { Networks } from './network/networks.js'
import type { SecurityPlanner } from './containers/security-plan.js'
import { RecordSpecBuilder } from './containers/spec-builder.js'
import { NativeSupervisorPort } from './containers/supervisor-adapter.js'
import type { SupervisorPort } from './containers/supervisor-port.js'
import { EventLog } from './events/events.js'
import { ImageStore } from './images/store.js'
import { NameIndex } from './state/name-index.js'
import { resolveRoot, StatePaths } from './state/paths.js'
import { VolumeStore } from './volumes/volume-store.js'
import { Volumes } from './volumes/volumes.js'

export interface RuntimeOptions {
  /** State root; default TSC_COMPOSE_ROOT or /var/lib/tsc-compose. */
  readonly root?: string
  /** Parent cgroup of new containers (tests use a unique one); default `tsc-compose`. */
  readonly cgroupParent?: string
  readonly env?: Readonly<Record<string, string | undefined>>
  /** Networking beyond none/host (src/network). */
  readonly network?: NetworkAttacher
  /** Security policy; default: Docker's (src/security), seccomp included. */
  readonly security?: SecurityPlanner
  /** Seam for tests. */
  readonly supervisor?: SupervisorPort
  /**
   * A removed network's bridge is deleted by a detached helper that holds the network lock
   * (NetworkManagerOptions.handOffBridgeDeletion): for a CLI that exits right after.
   */
  readonly handOffBridgeDeletion?: boolean
}

/** The typed API the CLI and the compose engine use: images, containers, volumes, events. */
export interface Runtime {
  readonly root: string
  readonly paths: StatePaths
  readonly images: ImageStore
  readonly containers: Containers
  readonly volumes: Volumes
  readonly events: EventLog
  /** Bridge networks, endpoints, ports and DNS; loaded on first use (start-up cost). */
  networks(): Promise<Networks>
}

/** Overrides the default cgroup parent (tests and benchmarks use a unique one). */
export const CGROUP_PARENT_ENV = 'TSC_COMPOSE_CGROUP_PARENT'

const AUTO_REMOVE_MAIN = runtimeFile('dist/containers/auto-remove-main.js')

/**
 * src/network's attacher, loaded on first use: containers on `none`/`host` never load the
 * networking modules (start latency), the others get bridges, veths, ports and DNS.
 */
function lazyNetworks(root: string, handOffBridgeDeletion: boolean): { attacher: NetworkAttacher; get: () => Promise<Networks> } {
  let loaded: Promise<Networks> | undefined
  const get = (): Promise<Networks> => (loaded ??= import('./network/networks.js').then((m) => new m.Networks({ root, handOffBridgeDeletion })))
  return {
    get,
    attacher: {
      prepare: async (rec) => (await get()).prepare(rec),
      release: async (rec) => (await get()).release(rec),
    },
  }
}

export function openRuntime(opts: RuntimeOptions = {}): Runtime {
  const root = resolveRoot(opts.root, opts.env ?? process.env)
  const paths = new StatePaths(root)
  const names = new NameIndex(paths)
  const nets = lazyNetworks(root, opts.handOffBridgeDeletion === true)
  const cgroupCache = new Map<string, CgroupManager>()
  const cgroups = (parent: string): CgroupManager => {
    let m = cgroupCache.get(parent)
    if (!m) cgroupCache.set(parent, (m = createCgroupManager({ parent })))
    return m
  }
  let images: ImageStore | undefined
  // eslint-disable-next-line prefer-const
  let manager: ContainerManager
  const volumeStore = new VolumeStore(paths, (name) => manager.volumeUsers(name))
  const exitHook = (rec: ContainerRecord): string[] | undefined =>
    rec.HostConfig.AutoRemove ? [process.execPath, AUTO_REMOVE_MAIN, root, rec.Id, rec.cgroupParent] : undefined
  const imageStore = (): ImageStore =>
    (images ??= new ImageStore({ root, inUse: async (id) => manager.records.all().filter((r) => r.Image === id).map((r) => r.Id) }))
  manager = new ContainerManager({
    paths,
    names,
    images: { resolve: (ref) => imageStore().resolve(ref) },
    volumes: volumeStore,
    cgroups,
    cgroupParent: opts.cgroupParent ?? (opts.env ?? process.env)[CGROUP_PARENT_ENV] ?? DEFAULT_CGROUP_PARENT,
    supervisor: opts.supervisor ?? new NativeSupervisorPort(),
    specs: new RecordSpecBuilder(opts.security ?? new DockerSecurity(root), exitHook),
    network: opts.network ?? nets.attacher,
  })
  const containers = new Containers(manager, paths, names, imageStore)
  const events = new EventLog(paths)
  return {
    root,
    paths,
    get images() {
      return imageStore()
    },
    containers,
    volumes: new Volumes(volumeStore, events),
    events,
    networks: nets.get,
  }
}
