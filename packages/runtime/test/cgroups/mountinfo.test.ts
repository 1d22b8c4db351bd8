import { describe, expect, it } from 'vitest'
import { detectCgroupLayout, parseMountinfo } from '../../src/cgroups/index.js'

// Read off this host (cgroup v1 hybrid), abridged.
const HYBRID = `22 1 0:21 / / rw,relatime - overlay overlay rw,lowerdir=/a,upperdir=/b,workdir=/c
31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755
32 31 0:29 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu
33 31 0:30 / /sys/fs/cgroup/cpuacct rw,relatime - cgroup cgroup rw,cpuacct
34 31 0:31 / /sys/fs/cgroup/cpuset rw,relatime - cgroup cgroup rw,cpuset
35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory
36 31 0:33 / /sys/fs/cgroup/devices rw,relatime - cgroup cgroup rw,devices
37 31 0:34 / /sys/fs/cgroup/freezer rw,relatime - cgroup cgroup rw,freezer
38 31 0:35 / /sys/fs/cgroup/blkio rw,relatime - cgroup cgroup rw,blkio
39 31 0:36 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids
40 31 0:37 / /sys/fs/cgroup/systemd rw,relatime - cgroup cgroup rw,name=systemd
41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw
`
// A systemd host on cgroup v2, with optional fields before the separator.
const UNIFIED = `24 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
35 24 0:30 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:9 - cgroup2 cgroup2 rw,nsdelegate,memory_recursiveprot
`
// Debian 10 style: cpu and cpuacct co-mounted, plus xattr/release_agent noise.
const LEGACY = `25 24 0:22 / /sys/fs/cgroup/cpu,cpuacct rw,nosuid,nodev,noexec,relatime shared:10 - cgroup cgroup rw,xattr,cpu,cpuacct
26 24 0:23 / /sys/fs/cgroup/memory rw,nosuid,nodev,noexec,relatime shared:11 - cgroup cgroup rw,memory
27 24 0:24 / /sys/fs/cgroup/systemd rw,nosuid,nodev,noexec,relatime shared:12 - cgroup cgroup rw,xattr,name=systemd,release_agent=/lib/systemd/x
28 24 0:25 / /mnt/with\\040space rw - tmpfs tmpfs rw
`

describe('parseMountinfo', () => {
  it('reads fields, optional tags and escapes', () => {
    const m = parseMountinfo(UNIFIED + LEGACY)
    expect(m[1]).toMatchObject({ id: 35, parentId: 24, mountPoint: '/sys/fs/cgroup', fsType: 'cgroup2', source: 'cgroup2' })
    expect(m[1]!.superOptions).toBe('rw,nsdelegate,memory_recursiveprot')
    expect(m.at(-1)!.mountPoint).toBe('/mnt/with space')
  })
  it('skips garbage lines', () => {
    expect(parseMountinfo('nonsense\n\n1 2 3\n')).toEqual([])
  })
})

describe('detectCgroupLayout', () => {
  it('hybrid: v1 controllers and a controller-less unified mount', () => {
    const l = detectCgroupLayout(parseMountinfo(HYBRID))
    expect(l.mode).toBe('hybrid')
    expect(l.unified).toBe('/sys/fs/cgroup/unified')
    expect(l.v1.memory).toBe('/sys/fs/cgroup/memory')
    expect(l.v1.cpuacct).toBe('/sys/fs/cgroup/cpuacct')
    expect(l.v1['name=systemd']).toBe('/sys/fs/cgroup/systemd')
  })
  it('unified', () => {
    expect(detectCgroupLayout(parseMountinfo(UNIFIED))).toEqual({ mode: 'v2', v1: {}, unified: '/sys/fs/cgroup' })
  })
  it('co-mounted v1 controllers share a mount point; flags are not controllers', () => {
    const l = detectCgroupLayout(parseMountinfo(LEGACY))
    expect(l.mode).toBe('v1')
    expect(l.v1).toEqual({
      cpu: '/sys/fs/cgroup/cpu,cpuacct',
      cpuacct: '/sys/fs/cgroup/cpu,cpuacct',
      memory: '/sys/fs/cgroup/memory',
      'name=systemd': '/sys/fs/cgroup/systemd',
    })
  })
})
