export {
  CAPABILITIES,
  CAP_LAST,
  DEFAULT_CAPABILITIES,
  INVALID_CAPABILITY,
  capNumber,
  capName,
  capMask,
  capMaskHex,
  capNamesOf,
  normalizeCapability,
  ownCapabilities,
  resolveCapabilities,
} from './capabilities.js'
export type { CapabilityOptions, ResolvedCapabilities } from './capabilities.js'
export {
  DEFAULT_SHM_SIZE,
  DEFAULT_MASKED_PATHS,
  DEFAULT_READONLY_PATHS,
  DEFAULT_DEVICES,
  DEFAULT_DEV_SYMLINKS,
  WRITABLE_WHEN_READ_ONLY,
  defaultMounts,
  defaultSysctls,
  maskedPaths,
  readonlyPaths,
} from './defaults.js'
export type { DefaultMount, DefaultMountOptions, DefaultDevice } from './defaults.js'
export { listThermalThrottle } from './thermal.js'
export { parseSecurityOpts, INVALID_SECURITY_OPT } from './security-opts.js'
export type { SecurityOpts, SeccompChoice } from './security-opts.js'
export { DEFAULT_SECCOMP_PROFILE, CLONE_NAMESPACE_FLAGS, AF_ALG, AF_VSOCK } from './seccomp-default.js'
export { parseSeccompProfile, INVALID_SECCOMP_PROFILE } from './seccomp-parse.js'
export { resolveSeccomp, selectSeccompProfile, allowedSyscalls } from './seccomp-resolve.js'
export type { ResolveSeccompOptions } from './seccomp-resolve.js'
export { seccompBpfPath, seccompBpfPathAsync, seccompKey } from './seccomp-cache.js'
export { X86_64_RECENT_SYSCALLS } from './seccomp-numbers.js'
export type {
  SeccompProfile,
  SeccompRule,
  SeccompArg,
  SeccompFilter,
  SeccompActionName,
  SeccompOperator,
  ResolvedSeccomp,
  ResolvedRule,
  ResolvedAction,
} from './seccomp-types.js'
