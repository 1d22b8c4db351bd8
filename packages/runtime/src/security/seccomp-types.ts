/** Docker's seccomp profile format (moby/profiles seccomp, runtime-spec LinuxSeccomp + includes/excludes). */
export type SeccompActionName =
  | 'SCMP_ACT_KILL'
  | 'SCMP_ACT_KILL_THREAD'
  | 'SCMP_ACT_KILL_PROCESS'
  | 'SCMP_ACT_TRAP'
  | 'SCMP_ACT_ERRNO'
  | 'SCMP_ACT_TRACE'
  | 'SCMP_ACT_ALLOW'
  | 'SCMP_ACT_LOG'
  | 'SCMP_ACT_NOTIFY'

export type SeccompOperator =
  | 'SCMP_CMP_NE'
  | 'SCMP_CMP_LT'
  | 'SCMP_CMP_LE'
  | 'SCMP_CMP_EQ'
  | 'SCMP_CMP_GE'
  | 'SCMP_CMP_GT'
  | 'SCMP_CMP_MASKED_EQ'

export interface SeccompArg {
  readonly index: number
  /** uint64: bigint keeps values past 2^53 exact. */
  readonly value: bigint
  readonly valueTwo: bigint
  readonly op: SeccompOperator
}

export interface SeccompFilter {
  /** Go architecture names, as docker compares them with runtime.GOARCH (`amd64`, `arm64`, `x32`…). */
  readonly arches?: readonly string[]
  readonly caps?: readonly string[]
  /** `4.8`: the rule applies only on kernels at least this new. */
  readonly minKernel?: string
}

export interface SeccompRule {
  readonly names: readonly string[]
  readonly action: SeccompActionName
  readonly errnoRet?: number
  readonly args?: readonly SeccompArg[]
  readonly includes?: SeccompFilter
  readonly excludes?: SeccompFilter
  readonly comment?: string
}

export interface SeccompProfile {
  readonly defaultAction: SeccompActionName
  readonly defaultErrnoRet?: number
  /** Explicit architectures (`SCMP_ARCH_X86_64`…); used when archMap is absent. */
  readonly architectures?: readonly string[]
  /** Native architecture → sub-architectures added to the same filter. */
  readonly archMap?: readonly { readonly architecture: string; readonly subArchitectures: readonly string[] }[]
  readonly syscalls: readonly SeccompRule[]
}

/** An action as the kernel/libseccomp encodes it (SECCOMP_RET_* | data). */
export interface ResolvedAction {
  readonly action: 'allow' | 'errno' | 'kill_thread' | 'kill_process' | 'trap' | 'trace' | 'log'
  /** errno for `errno`, message data for `trace`. */
  readonly value?: number
}

export interface ResolvedRule {
  readonly syscall: string
  readonly action: ResolvedAction
  /** ANDed comparisons; at most one per argument index (libseccomp's rule). */
  readonly args: readonly SeccompArg[]
}

/** A profile resolved for one container (caps, arch, kernel): what libseccomp compiles. */
export interface ResolvedSeccomp {
  readonly defaultAction: ResolvedAction
  /** libseccomp architecture names, native first (`x86_64`, `x86`, `x32`). */
  readonly arches: readonly string[]
  readonly rules: readonly ResolvedRule[]
}
