import type { ContainerState, ObservedContainer } from '../plan/observed.js'
import type { NetworkConfig, VolumeConfig } from '../model/types.js'
import type { ContainerCreateOptions } from './container-options.js'

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
  listProjectContainers(project: string): Promise<ObservedContainer[]>
  networkExists(name: string): Promise<boolean>
  createNetwork(name: string, config: NetworkConfig, labels: Record<string, string>): Promise<void>
  removeNetwork(name: string): Promise<void>
  volumeExists(name: string): Promise<boolean>
  createVolume(name: string, config: VolumeConfig, labels: Record<string, string>): Promise<void>
  removeVolume(name: string): Promise<void>
  /** Image id for a reference present in the store, or undefined. */
  imageId(ref: string): Promise<string | undefined>
  removeImage(ref: string): Promise<void>
  createContainer(options: ContainerCreateOptions): Promise<string>
  startContainer(id: string): Promise<void>
  stopContainer(id: string, timeoutSeconds?: number): Promise<void>
  removeContainer(id: string, opts: { force?: boolean; volumes?: boolean }): Promise<void>
  containerStatus(id: string): Promise<ContainerStatus | undefined>
}
