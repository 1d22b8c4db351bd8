import type { ContainerRecord } from './config.js'

/**
 * What the spec needs from the security layer for one container. The container side asks
 * one question (`plan(rec)`); src/security answers it (Docker's baseline, cap add/drop,
 * privileged, security-opt, seccomp compiled to a cached BPF file).
 */
export interface SecurityPlan {
  /** Capability masks (bit n = CAP number n). */
  readonly caps: { bounding: bigint; effective: bigint; permitted: bigint; inheritable: bigint; ambient: bigint }
  readonly noNewPrivileges: boolean
  /** Path of the raw BPF program, or undefined for unconfined. */
  readonly seccompPath?: string
  readonly maskedPaths: readonly string[]
  readonly readonlyPaths: readonly string[]
  /** Sysctls applied in the container (defaults for a private netns + user ones). */
  readonly sysctls: Readonly<Record<string, string>>
}

export interface SecurityPlanner {
  /** Throws on invalid capabilities or security options (called at create). */
  validate?(rec: ContainerRecord): void
  plan(rec: ContainerRecord, opts: { privateNetns: boolean }): Promise<SecurityPlan> | SecurityPlan
}
