/**
 * Docker's default container baseline (moby daemon/pkg/oci/defaults.go, runc specconv),
 * as data: mounts with their exact options, masked and read-only paths, device nodes,
 * sysctls. RUNTIME-FACTS §2.
 */

export interface DefaultMount {
  readonly destination: string
  readonly type: string
  readonly source: string
  /** Mount options as docker writes them in the OCI spec (`nosuid`, `mode=755`, `ro`...). */
  readonly options: readonly string[]
}

/** Docker's DefaultShmSize: 64 MiB. */
export const DEFAULT_SHM_SIZE = 67_108_864

export interface DefaultMountOptions {
  readonly privileged?: boolean
  /** --read-only: /sys and /sys/fs/cgroup stay ro; /proc, /dev, /dev/pts, /dev/shm, /dev/mqueue stay writable. */
  readonly readOnly?: boolean
  /** --shm-size in bytes. */
  readonly shmSize?: number
  /** `ipc: none` drops /dev/shm. */
  readonly ipcNone?: boolean
}

export function defaultMounts(opts: DefaultMountOptions = {}): DefaultMount[] {
  const mounts: DefaultMount[] = [
    { destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'noexec', 'nodev'] },
    { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
    {
      destination: '/dev/pts',
      type: 'devpts',
      source: 'devpts',
      options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5'],
    },
    // privileged containers get a writable /sys (docker clears the ro there too).
    { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', opts.privileged ? 'rw' : 'ro'] },
    { destination: '/sys/fs/cgroup', type: 'cgroup', source: 'cgroup', options: [opts.privileged ? 'rw' : 'ro', 'nosuid', 'noexec', 'nodev'] },
    { destination: '/dev/mqueue', type: 'mqueue', source: 'mqueue', options: ['nosuid', 'noexec', 'nodev'] },
  ]
  if (!opts.ipcNone) {
    mounts.push({
      destination: '/dev/shm',
      type: 'tmpfs',
      source: 'shm',
      options: ['nosuid', 'noexec', 'nodev', 'mode=1777', `size=${opts.shmSize ?? DEFAULT_SHM_SIZE}`],
    })
  }
  return mounts
}

/** Mounts --read-only leaves writable (docker: every non-user mount gets ro except these). */
export const WRITABLE_WHEN_READ_ONLY: readonly string[] = ['/proc', '/dev', '/dev/pts', '/dev/shm', '/dev/mqueue']

export const DEFAULT_MASKED_PATHS: readonly string[] = [
  '/proc/acpi',
  '/proc/asound',
  '/proc/interrupts',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/sched_debug',
  '/proc/scsi',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/sys/devices/virtual/powercap',
  '/sys/firmware',
]

export const DEFAULT_READONLY_PATHS: readonly string[] = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger']

/**
 * Masked paths for a container: docker's list plus every
 * /sys/devices/system/cpu/cpu<N>/thermal_throttle the host has (pass the CPU dir names the
 * host lists, see listThermalThrottle). Privileged (or systempaths=unconfined) clears it.
 */
export function maskedPaths(opts: { privileged?: boolean; thermalThrottle?: readonly string[] } = {}): string[] {
  if (opts.privileged) return []
  return [...DEFAULT_MASKED_PATHS, ...(opts.thermalThrottle ?? [])]
}

export function readonlyPaths(opts: { privileged?: boolean } = {}): string[] {
  return opts.privileged ? [] : [...DEFAULT_READONLY_PATHS]
}

export interface DefaultDevice {
  readonly path: string
  readonly type: 'c'
  readonly major: number
  readonly minor: number
  readonly mode: number
  readonly uid: number
  readonly gid: number
}

/** runc's AllowedDevices nodes created in every container's /dev (docker's own list is empty). */
export const DEFAULT_DEVICES: readonly DefaultDevice[] = [
  { path: '/dev/null', type: 'c', major: 1, minor: 3, mode: 0o666, uid: 0, gid: 0 },
  { path: '/dev/random', type: 'c', major: 1, minor: 8, mode: 0o666, uid: 0, gid: 0 },
  { path: '/dev/full', type: 'c', major: 1, minor: 7, mode: 0o666, uid: 0, gid: 0 },
  { path: '/dev/tty', type: 'c', major: 5, minor: 0, mode: 0o666, uid: 0, gid: 0 },
  { path: '/dev/zero', type: 'c', major: 1, minor: 5, mode: 0o666, uid: 0, gid: 0 },
  { path: '/dev/urandom', type: 'c', major: 1, minor: 9, mode: 0o666, uid: 0, gid: 0 },
]

/** Symlinks runc makes in /dev: [target, link]. */
export const DEFAULT_DEV_SYMLINKS: readonly (readonly [string, string])[] = [
  ['/proc/self/fd', '/dev/fd'],
  ['/proc/self/fd/0', '/dev/stdin'],
  ['/proc/self/fd/1', '/dev/stdout'],
  ['/proc/self/fd/2', '/dev/stderr'],
  ['pts/ptmx', '/dev/ptmx'],
]

/**
 * Docker's default sysctls, set only in a private network namespace; ping_group_range is
 * skipped in a user namespace (the range would not map).
 */
export function defaultSysctls(opts: { privateNetns: boolean; userns?: boolean }): Record<string, string> {
  if (!opts.privateNetns) return {}
  const out: Record<string, string> = { 'net.ipv4.ip_unprivileged_port_start': '0' }
  if (!opts.userns) out['net.ipv4.ping_group_range'] = '0 2147483647'
  return out
}
