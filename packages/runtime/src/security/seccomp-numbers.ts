/**
 * x86_64 numbers of syscalls newer than the libseccomp this runtime links (2.5.4 knows
 * neither these names nor their numbers). Without them the profile would silently deny
 * statmount or mseal, which docker with a newer libseccomp allows. Verified against
 * kernel 6.18's syscall_64.tbl by probing the running kernel.
 */
export const X86_64_RECENT_SYSCALLS: Readonly<Record<string, number>> = {
  uretprobe: 335,
  statmount: 457,
  listmount: 458,
  lsm_get_self_attr: 459,
  lsm_set_self_attr: 460,
  lsm_list_modules: 461,
  mseal: 462,
  setxattrat: 463,
  getxattrat: 464,
  listxattrat: 465,
  removexattrat: 466,
}

/** Fallback syscall number for `name` on `arch`, if we carry one. */
export function recentSyscallNumber(name: string, arch: string): number | undefined {
  return arch === 'x86_64' ? X86_64_RECENT_SYSCALLS[name] : undefined
}
