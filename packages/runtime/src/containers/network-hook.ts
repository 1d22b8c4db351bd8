import type { ContainerRecord } from './config.js'

/** What the network layer hands a starting container. */
export interface NetworkAttachment {
  /** A netns file to join (ns.net=<path>); undefined = the default for the mode. */
  readonly netnsPath?: string
  /** Full /etc/hosts content; undefined = the runtime's default file. */
  readonly hosts?: string
  /** Full /etc/resolv.conf content; undefined = derived from the host's. */
  readonly resolvConf?: string
  readonly hostname?: string
}

/**
 * The narrow seam between containers and networking (src/network implements it). Without
 * it the runtime supports `none` (a fresh netns with only lo, made by the child's clone) and
 * `host`.
 */
export interface NetworkAttacher {
  /** Called at every start, before the supervisor is spawned. */
  prepare(container: ContainerRecord): Promise<NetworkAttachment>
  /**
   * Called when the container stopped for good and, with `removed`, when it is removed (its
   * `network connect`ed networks are then forgotten too); idempotent.
   */
  release(container: ContainerRecord, opts?: { removed?: boolean }): Promise<void>
}

/** Modes the runtime handles itself when no attacher is configured. */
export const BUILTIN_NETWORK_MODES = ['none', 'host'] as const
