/**
 * Linux ABI numbers the TypeScript side resolves before handing a spec to the native
 * supervisor (spec.h: "C parses, it does not decide"). Values from <linux/mount.h>,
 * <asm-generic/resource.h> and <asm-generic/signal.h>; identical on x86_64 and arm64.
 */

/** mount(2) flags. */
export const MS = {
  RDONLY: 0x1,
  NOSUID: 0x2,
  NODEV: 0x4,
  NOEXEC: 0x8,
  SYNCHRONOUS: 0x10,
  REMOUNT: 0x20,
  MANDLOCK: 0x40,
  DIRSYNC: 0x80,
  NOSYMFOLLOW: 0x100,
  NOATIME: 0x400,
  NODIRATIME: 0x800,
  BIND: 0x1000,
  MOVE: 0x2000,
  REC: 0x4000,
  SILENT: 0x8000,
  UNBINDABLE: 0x20000,
  PRIVATE: 0x40000,
  SLAVE: 0x80000,
  SHARED: 0x100000,
  RELATIME: 0x200000,
  STRICTATIME: 0x1000000,
  LAZYTIME: 0x2000000,
} as const

/**
 * Mount options as written in compose files / docker `--mount` / fstab, to MS_* flags.
 * Options not listed here are filesystem data (`size=`, `mode=`...), see splitMountOptions.
 */
export const MOUNT_OPTION_FLAGS: Readonly<Record<string, { set: number } | { clear: number }>> = {
  ro: { set: MS.RDONLY },
  rw: { clear: MS.RDONLY },
  nosuid: { set: MS.NOSUID },
  suid: { clear: MS.NOSUID },
  nodev: { set: MS.NODEV },
  dev: { clear: MS.NODEV },
  noexec: { set: MS.NOEXEC },
  exec: { clear: MS.NOEXEC },
  sync: { set: MS.SYNCHRONOUS },
  async: { clear: MS.SYNCHRONOUS },
  dirsync: { set: MS.DIRSYNC },
  noatime: { set: MS.NOATIME },
  atime: { clear: MS.NOATIME },
  nodiratime: { set: MS.NODIRATIME },
  diratime: { clear: MS.NODIRATIME },
  relatime: { set: MS.RELATIME },
  norelatime: { clear: MS.RELATIME },
  strictatime: { set: MS.STRICTATIME },
  nostrictatime: { clear: MS.STRICTATIME },
  bind: { set: MS.BIND },
  rbind: { set: MS.BIND | MS.REC },
  private: { set: MS.PRIVATE },
  rprivate: { set: MS.PRIVATE | MS.REC },
  slave: { set: MS.SLAVE },
  rslave: { set: MS.SLAVE | MS.REC },
  shared: { set: MS.SHARED },
  rshared: { set: MS.SHARED | MS.REC },
  unbindable: { set: MS.UNBINDABLE },
  runbindable: { set: MS.UNBINDABLE | MS.REC },
}

/** `['nosuid', 'ro', 'size=64m']` → flags plus the comma-joined data string for mount(2). */
export function splitMountOptions(options: readonly string[], initialFlags = 0): { flags: number; data: string } {
  let flags = initialFlags
  const data: string[] = []
  for (const o of options) {
    const f = MOUNT_OPTION_FLAGS[o]
    if (!f) data.push(o)
    else if ('set' in f) flags |= f.set
    else flags &= ~f.clear
  }
  return { flags: flags >>> 0, data: data.join(',') }
}

/** setrlimit(2) resources. */
export const RLIMIT = {
  CPU: 0,
  FSIZE: 1,
  DATA: 2,
  STACK: 3,
  CORE: 4,
  RSS: 5,
  NPROC: 6,
  NOFILE: 7,
  MEMLOCK: 8,
  AS: 9,
  LOCKS: 10,
  SIGPENDING: 11,
  MSGQUEUE: 12,
  NICE: 13,
  RTPRIO: 14,
  RTTIME: 15,
} as const

/** The signals the runtime sends itself (full table with parsing: util/signals.ts). */
export const SIG = {
  HUP: 1,
  INT: 2,
  QUIT: 3,
  KILL: 9,
  USR1: 10,
  USR2: 12,
  PIPE: 13,
  ALRM: 14,
  TERM: 15,
  CHLD: 17,
  CONT: 18,
  STOP: 19,
  WINCH: 28,
} as const

/** Device node types for mknod. */
export const S_IFCHR = 0o020000
export const S_IFBLK = 0o060000
