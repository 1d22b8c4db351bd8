import type { NetworkConfig, VolumeConfig } from '../model/types.js'
import { LABEL_CONFIG_HASH, LABEL_CONTAINER_NUMBER, LABEL_IMAGE, LABEL_ONEOFF, LABEL_PROJECT, LABEL_SERVICE } from '../plan/labels.js'
import type { ContainerState, ObservedContainer } from '../plan/observed.js'
import type { ContainerCreateOptions } from './container-options.js'
import type { BuildImageOptions, ComposeHost, ContainerStatus, PullImageOptions, PullImageResult } from './host.js'

/**
 * The slices of the runtime the compose engine uses, typed structurally so this package does
 * not reach into the runtime's internals (and tests can hand in small fakes).
 */
export interface RuntimeContainersApi {
  list(filter: { all?: boolean; filters?: ReadonlyArray<{ key: string; value: string }> }): Array<{
    id: string; Names: string; State: string; exitCode: number; health?: string; labels: Readonly<Record<string, string>>
  }>
  create(opts: never): Promise<{ Id: string }>
  start(ref: string): Promise<unknown>
  stop(ref: string, timeoutSeconds?: number): Promise<unknown>
  remove(ref: string, opts?: { force?: boolean; volumes?: boolean }): Promise<unknown>
  find(ref: string): { Id: string } | undefined
  state(ref: string): { status: string; exitCode: number; health?: { Status: string } }
  get(ref: string): { Mounts: ReadonlyArray<{ Type: string; Name?: string; Source: string; Destination: string; RW: boolean; Anonymous?: boolean }> }
}

export interface RuntimeImagesApi {
  find(ref: string): { id: string }
  remove(ref: string, opts?: { force?: boolean }): Promise<unknown>
  /** When the image was added and last tagged (a refresh pull_policy compares with it). */
  record?(id: never): { added: string; lastTagTime?: string } | undefined
}

export interface RuntimeVolumesApi {
  get(name: string): unknown
  create(name: string, opts: { driver?: string; driverOpts?: Readonly<Record<string, string>>; labels?: Readonly<Record<string, string>> }): Promise<unknown>
  remove(name: string, opts?: { force?: boolean }): Promise<void>
}

/** The runtime's networks (src/network's Networks), structurally. */
export interface RuntimeNetworksApi {
  find(ref: string): unknown
  create(o: { name: string; driver?: string; subnet?: string; gateway?: string; ipRange?: string; internal?: boolean; attachable?: boolean; labels?: Readonly<Record<string, string>>; options?: Readonly<Record<string, string>>; ifNotExists?: boolean }): Promise<unknown>
  remove(ref: string): Promise<void>
  connect(network: string, container: { id: string; name: string }, req?: { aliases?: readonly string[]; ipv4Address?: string; macAddress?: string }): Promise<void>
}

export interface RuntimeApi {
  readonly containers: RuntimeContainersApi
  readonly images: RuntimeImagesApi
  readonly volumes: RuntimeVolumesApi
  /** Loaded on first use: stacks on network_mode none/host never load networking. */
  networks(): Promise<RuntimeNetworksApi>
}

function toState(s: string): ContainerState {
  return (['created', 'running', 'paused', 'restarting', 'exited', 'dead', 'removing'] as const).find((x) => x === s) ?? 'dead'
}

function toHealth(h: string | undefined): ContainerStatus['health'] {
  return h === 'starting' || h === 'healthy' || h === 'unhealthy' ? h : undefined
}

/** ComposeHost over the real runtime. */
export class RuntimeComposeHost implements ComposeHost {
  private readonly env: Readonly<Record<string, string | undefined>>

  /** `env` is where registry settings come from (DOCKER_CONFIG, insecure registries). */
  constructor(private readonly rt: RuntimeApi, opts: { env?: Readonly<Record<string, string | undefined>> } = {}) {
    this.env = opts.env ?? process.env
  }

  async listProjectContainers(project: string, opts: { service?: string } = {}): Promise<ObservedContainer[]> {
    // Label filters narrow the list before any container's state is read (runtime list()).
    const filters = [{ key: 'label', value: `${LABEL_PROJECT}=${project}` }, ...(opts.service !== undefined ? [{ key: 'label', value: `${LABEL_SERVICE}=${opts.service}` }] : [])]
    return this.rt.containers.list({ all: true, filters }).map((c) => ({
      id: c.id,
      name: c.Names,
      service: c.labels[LABEL_SERVICE] ?? '',
      number: Number(c.labels[LABEL_CONTAINER_NUMBER] ?? 0),
      oneoff: c.labels[LABEL_ONEOFF] === 'True',
      configHash: c.labels[LABEL_CONFIG_HASH] ?? '',
      imageId: c.labels[LABEL_IMAGE] || undefined,
      state: toState(c.State),
      exitCode: c.exitCode,
      health: toHealth(c.health),
      labels: c.labels,
    }))
  }

  async networkExists(name: string): Promise<boolean> {
    return (await this.rt.networks()).find(name) !== undefined
  }

  async createNetwork(name: string, config: NetworkConfig, labels: Record<string, string>): Promise<void> {
    // the bridge is IPv4 only: the first IPv4 pool (IPv6 ones are reported as not applied)
    const ipam = (config.ipam?.config as Array<{ subnet?: string; gateway?: string; ip_range?: string }> | undefined)?.find((c) => !c.subnet?.includes(':'))
    await (await this.rt.networks()).create({
      name,
      driver: config.driver,
      subnet: ipam?.subnet,
      gateway: ipam?.gateway,
      ipRange: ipam?.ip_range,
      internal: config.internal,
      attachable: config.attachable,
      labels: { ...(config.labels ?? {}), ...labels },
      options: config.driver_opts,
      ifNotExists: true,
    })
  }

  async removeNetwork(name: string): Promise<void> {
    await (await this.rt.networks()).remove(name)
  }

  async connectNetwork(network: string, container: { id: string; name: string }, req: { aliases: readonly string[]; ipv4Address?: string; macAddress?: string }): Promise<void> {
    await (await this.rt.networks()).connect(network, container, req)
  }

  async volumeExists(name: string): Promise<boolean> {
    return this.rt.volumes.get(name) !== undefined
  }

  async createVolume(name: string, config: VolumeConfig, labels: Record<string, string>): Promise<void> {
    await this.rt.volumes.create(name, { driver: config.driver, driverOpts: config.driver_opts, labels: { ...(config.labels ?? {}), ...labels } })
  }

  async removeVolume(name: string): Promise<void> {
    await this.rt.volumes.remove(name)
  }

  async imageId(ref: string): Promise<string | undefined> {
    try {
      return this.rt.images.find(ref).id
    } catch {
      return undefined
    }
  }

  async pullImage(ref: string, opts: PullImageOptions): Promise<PullImageResult> {
    const local = await this.imageId(ref)
    const { policy } = opts
    if (local && (policy === 'missing' || policy === 'never' || policy === 'build')) return { id: local, pulled: false }
    if (!local && (policy === 'never' || policy === 'build')) throw new Error(`image "${ref}" not found locally (pull_policy ${policy})`)
    if (local && typeof policy === 'object') {
      const rec = this.rt.images.record?.(local as never)
      const since = Date.parse(rec?.lastTagTime ?? rec?.added ?? '')
      if (Number.isFinite(since) && Date.now() - since < policy.maxAgeMs) return { id: local, pulled: false }
    }
    // The store is the runtime's ImageStore; the structural type above only names what compose reads.
    // Perf: the registry client and the builder load only when a pull or build happens.
    const { pullImage } = await import('@tsc-compose/runtime')
    const res = await pullImage(this.rt.images as never, ref, { env: this.env, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}), ...(opts.signal ? { signal: opts.signal } : {}) })
    return { id: res.id, pulled: true }
  }

  /** `build:` through the runtime's builder (L); the runtime object is the whole Runtime. */
  async buildImage(o: BuildImageOptions): Promise<string> {
    const b = o.build
    const args: Record<string, string> = {}
    for (const [k, v] of Object.entries(b.args ?? {})) if (v !== null) args[k] = v
    const { buildImage, pullImage } = await import('@tsc-compose/runtime')
    const res = await buildImage(this.rt as never, {
      contextDir: b.context,
      ...(b.dockerfile_inline !== undefined ? { dockerfileInline: b.dockerfile_inline } : b.dockerfile ? { dockerfile: b.dockerfile } : {}),
      tags: [o.image, ...(b.tags ?? [])],
      buildArgs: { ...args, ...(o.buildArgs ?? {}) },
      ...(b.target ? { target: b.target } : {}),
      noCache: Boolean(o.noCache || b.no_cache),
      ...(b.labels ? { labels: b.labels } : {}),
      ...(b.network ? { network: b.network } : {}),
      pull: Boolean(o.pull || b.pull),
      pullImage: (ref) => pullImage(this.rt.images as never, ref, { env: this.env }),
      ...(o.output ? { output: o.output } : {}),
      ...(o.signal ? { signal: o.signal } : {}),
    })
    return res.id
  }

  async removeImage(ref: string): Promise<void> {
    await this.rt.images.remove(ref)
  }

  async createContainer(options: ContainerCreateOptions): Promise<string> {
    const rec = await this.rt.containers.create(options as never)
    return rec.Id
  }

  async startContainer(id: string): Promise<void> {
    await this.rt.containers.start(id)
  }

  async stopContainer(id: string, timeoutSeconds?: number): Promise<void> {
    await this.rt.containers.stop(id, timeoutSeconds)
  }

  async removeContainer(id: string, opts: { force?: boolean; volumes?: boolean }): Promise<void> {
    await this.rt.containers.remove(id, opts)
  }

  async containerMounts(ref: string): Promise<Array<{ type: 'bind' | 'volume'; source: string; target: string; readOnly: boolean; anonymous?: boolean }>> {
    // the stored record, not inspect: only the record says which volumes are anonymous
    return this.rt.containers.get(ref).Mounts
      .filter((m) => m.Type === 'bind' || m.Type === 'volume')
      .map((m) => ({ type: m.Type as 'bind' | 'volume', source: m.Type === 'volume' ? m.Name ?? m.Source : m.Source, target: m.Destination, readOnly: !m.RW, anonymous: m.Anonymous === true }))
  }

  async containerStatus(id: string): Promise<ContainerStatus | undefined> {
    if (!this.rt.containers.find(id)) return undefined
    const st = this.rt.containers.state(id)
    return { state: toState(st.status), exitCode: st.exitCode, health: toHealth(st.health?.Status) }
  }
}
