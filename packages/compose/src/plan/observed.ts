/** What exists on the host for a project, read once before planning (no decisions here). */
export type ContainerState = 'created' | 'running' | 'paused' | 'restarting' | 'exited' | 'dead' | 'removing'

export interface ObservedContainer {
  readonly id: string
  readonly name: string
  readonly service: string
  readonly number: number
  readonly oneoff: boolean
  readonly configHash: string
  /** Image id the container was created from. */
  readonly imageId?: string
  readonly state: ContainerState
  readonly exitCode?: number
  readonly health?: 'starting' | 'healthy' | 'unhealthy'
  readonly labels: Readonly<Record<string, string>>
}

export interface ObservedProject {
  readonly containers: readonly ObservedContainer[]
  /** Runtime names of networks / volumes that exist. */
  readonly networks: ReadonlySet<string>
  readonly volumes: ReadonlySet<string>
  /** Image reference (as written in the service) → image id present in the store. */
  readonly images: ReadonlyMap<string, string>
}
