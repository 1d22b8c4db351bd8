import type { ContainerState, ObservedContainer } from '../plan/observed.js'
import type { BuildConfig, NetworkConfig, VolumeConfig } from '../model/types.js'
import type { ContainerCreateOptions } from './container-options.js'

/**
 * When to pull (compose `pull_policy`, `up --pull`): `missing` pulls only an image the
 * store lacks; `maxAgeMs` (daily, weekly, every_<duration>) also re-pulls one whose last
 * pull or tag is older; `never` and `build` never pull.
 */
export type PullPolicy = 'always' | 'missing' | 'never' | 'build' | { readonly maxAgeMs: number }

export interface PullImageOptions {
  readonly policy: PullPolicy
  /** Per-layer progress from the registry client (docker's "Downloading 1.2MB/2MB"). */
  readonly onProgress?: (e: { readonly id?: string; readonly status: string; readonly current?: number; readonly total?: number }) => void
  readonly signal?: AbortSignal
}

export interface PullImageResult {
  readonly id: string
  /** False when the policy found the local image good enough. */
  readonly pulled: boolean
}

/** What `build:` asks for (compose `build` and `up --build`); the builder is the runtime's. */
export interface BuildImageOptions {
  readonly service: string
  /** The name the image gets: `image:` or `<project>-<service>`. */
  readonly image: string
  readonly build: BuildConfig
  readonly noCache?: boolean
  /** Pull base images first (`build --pull`). */
  readonly pull?: boolean
  /** `build --build-arg`: over the file's `args`. */
  readonly buildArgs?: Readonly<Record<string, string>>
  /** Build progress and RUN output. */
  readonly output?: NodeJS.WritableStream
  readonly signal?: AbortSignal
}

export interface ContainerStatus {
  readonly state: ContainerState
  readonly exitCode?: number
  readonly health?: 'starting' | 'healthy' | 'unhealthy'
}

/**
 * What the compose engine needs from a container runtime: the seam between planning and the
 * kernel. The real one wraps @tsc-compose/runtime; tests pass an in-memory fake.
 */
export interface ComposeHost {
  /** The project's containers, one-offs included; `service`: only that service's. */
  listProjectContainers(project: string, opts?: { service?: string }): Promise<ObservedContainer[]>
  networkExists(name: string): Promise<boolean>
  createNetwork(name: string, config: NetworkConfig, labels: Record<string, string>): Promise<void>
  removeNetwork(name: string): Promise<void>
  /** Joins a created container to one more network (a service's second and later networks). */
  connectNetwork(network: string, container: { id: string; name: string }, req: { aliases: readonly string[]; ipv4Address?: string; macAddress?: string }): Promise<void>
  volumeExists(name: string): Promise<boolean>
  createVolume(name: string, config: VolumeConfig, labels: Record<string, string>): Promise<void>
  removeVolume(name: string): Promise<void>
  /** Image id for a reference present in the store, or undefined. */
  imageId(ref: string): Promise<string | undefined>
  removeImage(ref: string): Promise<void>
  /**
   * Pulls `ref` from its registry when `policy` says so; returns the local image id.
   * Optional: a host without it can only use images already in the store.
   */
  pullImage?(ref: string, opts: PullImageOptions): Promise<PullImageResult>
  /** Builds a service's image from its `build:` section; returns the image id. Optional. */
  buildImage?(opts: BuildImageOptions): Promise<string>
  createContainer(options: ContainerCreateOptions): Promise<string>
  startContainer(id: string): Promise<void>
  stopContainer(id: string, timeoutSeconds?: number): Promise<void>
  removeContainer(id: string, opts: { force?: boolean; volumes?: boolean }): Promise<void>
  containerStatus(id: string): Promise<ContainerStatus | undefined>
  /** Bind and volume mounts of a container (for volumes_from). */
  containerMounts(ref: string): Promise<Array<{ type: 'bind' | 'volume'; source: string; target: string; readOnly: boolean; anonymous?: boolean }>>
}
