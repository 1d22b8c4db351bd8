/** One line of /proc/<pid>/mountinfo (proc(5)). */
export interface MountInfo {
  readonly id: number
  readonly parentId: number
  readonly root: string
  readonly mountPoint: string
  readonly options: string
  readonly fsType: string
  readonly source: string
  readonly superOptions: string
}

// mountinfo escapes space, tab, newline and backslash as \ooo.
const unescape = (s: string): string => s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)))

/** Parses mountinfo text; malformed lines are skipped (the kernel never writes them). */
export function parseMountinfo(text: string): MountInfo[] {
  const out: MountInfo[] = []
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    const f = line.split(' ')
    const sep = f.indexOf('-', 6)
    if (sep < 0 || f.length < sep + 3) continue
    out.push({
      id: Number(f[0]),
      parentId: Number(f[1]),
      root: unescape(f[3]!),
      mountPoint: unescape(f[4]!),
      options: f[5]!,
      fsType: f[sep + 1]!,
      source: unescape(f[sep + 2]!),
      superOptions: f[sep + 3] ?? '',
    })
  }
  return out
}

/** Where the cgroup hierarchies are mounted. */
export interface CgroupLayout {
  /** v2 = unified only; hybrid = v1 controllers plus a cgroup2 mount; v1 = no cgroup2 mount. */
  readonly mode: 'v1' | 'v2' | 'hybrid'
  /** v1 controller (or `name=systemd`) → mount point. Co-mounted controllers share one. */
  readonly v1: Readonly<Record<string, string>>
  /** The cgroup2 mount point, if any. */
  readonly unified: string | null
}

// Super options of a v1 mount mix controllers with flags (xattr, noprefix, clone_children).
const V1_CONTROLLERS = new Set([
  'cpu', 'cpuacct', 'cpuset', 'memory', 'devices', 'freezer', 'net_cls', 'blkio', 'perf_event',
  'net_prio', 'hugetlb', 'pids', 'rdma', 'misc',
])

/**
 * Finds the cgroup mounts. A cgroup2 mount with v1 controllers next to it is the hybrid
 * layout (this machine: /sys/fs/cgroup/unified, no controllers there); the v1 hierarchies
 * then carry the limits. The first mount of a controller wins (bind mounts repeat it).
 */
export function detectCgroupLayout(mounts: readonly MountInfo[]): CgroupLayout {
  const v1: Record<string, string> = {}
  let unified: string | null = null
  for (const m of mounts) {
    if (m.fsType === 'cgroup2') {
      unified ??= m.mountPoint
    } else if (m.fsType === 'cgroup') {
      for (const opt of m.superOptions.split(',')) {
        if (!V1_CONTROLLERS.has(opt) && !opt.startsWith('name=')) continue
        v1[opt] ??= m.mountPoint
      }
    }
  }
  const hasV1 = Object.keys(v1).some((k) => !k.startsWith('name='))
  const mode = hasV1 ? (unified ? 'hybrid' : 'v1') : 'v2'
  return { mode, v1, unified }
}
