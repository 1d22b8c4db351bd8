/**
 * The order of a container start (container.c): the child builds its filesystem while the
 * supervisor writes its pid into every cgroup.procs, and waits for "go" only before what
 * must run inside its cgroups. These check what that order must keep: the cgroup namespace
 * is unshared after the join (its root is the container's cgroup in every hierarchy), the
 * first process is already limited by its cgroups, and a failure on either side of "go"
 * is reported with its own message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, rmdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { supervisorPath } from '../../packages/runtime/src/native/load.js'
import { writeSpecFile, type SupervisorSpec } from '../../packages/runtime/src/containers/spec-file.js'
import { MS } from '../../packages/runtime/src/mounts/linux-constants.js'
import { makeBusyboxRootfs } from '../helpers/busybox.js'
import { CLEAN, leftoversSince, snapshotKernel, type KernelSnapshot } from '../helpers/leftovers.js'
import { eventually } from '../helpers/eventually.js'

const SUP = supervisorPath()
const PREFIX = `tscso${process.pid}`
const CG = '/sys/fs/cgroup'

let root: string
let lower: string
let before: KernelSnapshot
let counter = 0
const opts = () => ({ cgroupPrefix: PREFIX, processMarker: root })

/** Every mounted hierarchy once: v2 is the root itself; v1 (and hybrid) one dir per mount. */
function hierarchies(): string[] {
  if (existsSync(join(CG, 'cgroup.procs'))) return [CG]
  const seen = new Set<string>()
  for (const name of readdirSync(CG)) {
    const p = join(CG, name)
    if (lstatSync(p).isSymbolicLink() || !existsSync(join(p, 'cgroup.procs'))) continue
    seen.add(realpathSync(p))
  }
  return [...seen]
}

/** A cgroup named `name` in every hierarchy (cpuset filled in, pids enabled on v2). */
function makeCgroups(name: string): string[] {
  const dirs: string[] = []
  for (const h of hierarchies()) {
    if (h === CG && existsSync(join(CG, 'cgroup.subtree_control')) && !readFileSync(join(CG, 'cgroup.subtree_control'), 'utf8').includes('pids'))
      writeFileSync(join(CG, 'cgroup.subtree_control'), '+pids')
    const d = join(h, name)
    mkdirSync(d)
    dirs.push(d)
    if (existsSync(join(h, 'cpuset.cpus')) && !existsSync(join(CG, 'cgroup.procs'))) {
      writeFileSync(join(d, 'cpuset.cpus'), readFileSync(join(h, 'cpuset.cpus')))
      writeFileSync(join(d, 'cpuset.mems'), readFileSync(join(h, 'cpuset.mems')))
    }
  }
  return dirs
}

async function removeCgroups(dirs: string[]): Promise<void> {
  // the container's processes are gone, but the kernel may still be releasing them
  for (const d of dirs) await eventually(() => rmdirSync(d))
}

function spec(argv: string[], patch: Partial<SupervisorSpec> = {}): string {
  const dir = join(root, `c${++counter}`)
  for (const d of ['upper', 'work', 'rootfs']) mkdirSync(join(dir, d), { recursive: true })
  const nodev = MS.NOSUID | MS.NOEXEC | MS.NODEV
  const s: SupervisorSpec = {
    id: String(counter).padStart(64, '0'),
    name: `${PREFIX}-${counter}`,
    dir,
    argv,
    env: ['PATH=/bin'],
    uid: 0,
    gid: 0,
    rootfs: { lower: [lower], upper: join(dir, 'upper'), work: join(dir, 'work'), target: join(dir, 'rootfs') },
    mounts: [
      { type: 'proc', source: 'proc', target: '/proc', flags: nodev, kind: 'dir' },
      { type: 'tmpfs', source: 'tmpfs', target: '/dev', flags: MS.NOSUID, data: 'mode=755', kind: 'dir' },
    ],
    devices: [{ path: '/dev/null', type: 'c', major: 1, minor: 3, mode: 0o666, uid: 0, gid: 0 }],
    hostname: `so${counter}`,
    namespaces: { ipc: 'new', uts: 'new', pid: 'new', net: 'new', cgroup: 'new' },
    ...patch,
  }
  const p = join(dir, 'spec')
  writeSpecFile(p, s)
  return p
}

function start(argv: string[], patch: Partial<SupervisorSpec> = {}) {
  return spawnSync(SUP, ['start', spec(argv, patch)], { encoding: 'utf8', timeout: 20_000 })
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tsc-start-order-'))
  lower = makeBusyboxRootfs(join(root, 'lower'))
  before = snapshotKernel(opts())
})

afterAll(() => {
  expect(leftoversSince(before, opts())).toEqual(CLEAN)
  rmSync(root, { recursive: true, force: true })
})

describe('container start order', () => {
  it('unshares the cgroup namespace after the join: every hierarchy shows its root as "/"', async () => {
    const dirs = makeCgroups(`${PREFIX}-ns`)
    try {
      const procs = dirs.map((d) => join(d, 'cgroup.procs'))
      const own = start(['cat', '/proc/self/cgroup'], { cgroupProcs: procs })
      expect(own.stderr).toBe('')
      expect(own.status).toBe(0)
      const lines = own.stdout.trim().split('\n')
      expect(lines.length).toBe(readFileSync('/proc/self/cgroup', 'utf8').trim().split('\n').length)
      for (const line of lines) expect(line).toMatch(/^\d+:[^:]*:\/$/)
      if (/^0::/m.test(readFileSync('/proc/self/cgroup', 'utf8'))) expect(lines).toContain('0::/')
      // the control: without its own namespace the same process sees where it was put
      const host = start(['cat', '/proc/self/cgroup'], { cgroupProcs: procs, namespaces: { ipc: 'new', uts: 'new', pid: 'new', net: 'new' } })
      expect(host.status).toBe(0)
      // (a controller this host does not mount under /sys/fs/cgroup stays at its root: "/")
      expect(host.stdout.trim().split('\n').filter((l) => l.endsWith(`/${PREFIX}-ns`)).length).toBe(dirs.length)
    } finally {
      await removeCgroups(dirs)
    }
  })

  it('limits the first process by its cgroups: pids.max refuses its third fork', async () => {
    const dirs = makeCgroups(`${PREFIX}-pids`)
    try {
      const pids = dirs.find((d) => existsSync(join(d, 'pids.max')))!
      expect(pids).toBeDefined()
      writeFileSync(join(pids, 'pids.max'), '3')
      const r = start(['sh', '-c', 'i=0; while [ $i -lt 6 ]; do sleep 5 & echo $i; i=$((i+1)); done'],
        { cgroupProcs: dirs.map((d) => join(d, 'cgroup.procs')) })
      // sh is 1, two sleeps make 3: the third fork fails, which busybox sh does not survive
      expect(r.stdout).toBe('0\n1\n')
      expect(r.stderr).toMatch(/can't fork: Resource temporarily unavailable/)
      expect(r.status).toBe(2)
      expect(readFileSync(join(pids, 'pids.events'), 'utf8')).toMatch(/^max [1-9]/m)
    } finally {
      await removeCgroups(dirs)
    }
  })

  it('reports a child failure before "go" with its own message, also while its cgroups are written', async () => {
    const bad = { type: 'bind', source: join(root, 'no-such-source'), target: '/mnt', flags: MS.BIND, kind: 'dir' } as const
    const message = `mounts: mount bind ${join(root, 'no-such-source')} on /mnt: ENOENT`
    const r = start(['true'], { mounts: [bad] })
    expect(r.status).toBe(125)
    expect(r.stderr).toContain(message)
    // the child fails long before the first cgroup.procs write returns: the supervisor then
    // writes the pid of an exiting task, and must still report the child's error, not its own
    const dirs = makeCgroups(`${PREFIX}-early`)
    try {
      for (let i = 0; i < 5; i++) {
        const again = start(['true'], { mounts: [bad], cgroupProcs: dirs.map((d) => join(d, 'cgroup.procs')) })
        expect(again.status).toBe(125)
        expect(again.stderr).toContain(message)
      }
    } finally {
      await removeCgroups(dirs)
    }
  })

  it('reports a failure after "go" (exec) with its own message and code', () => {
    const r = start(['no-such-binary'])
    expect(r.status).toBe(127)
    expect(r.stderr).toContain('exec: "no-such-binary": executable file not found in $PATH')
  })

  it("reports the supervisor's cgroup write failing while the child is still setting up", () => {
    // /dev/full opens for writing and refuses every write (ENOSPC), like a full cpuset
    const r = start(['true'], { cgroupProcs: ['/dev/full'] })
    expect(r.status).toBe(125)
    expect(r.stderr).toContain('cgroups: write pid to /dev/full: ENOSPC')
  })
})
