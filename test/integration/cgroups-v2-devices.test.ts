/**
 * cgroup v2 device control on the real kernel: the BPF_PROG_TYPE_CGROUP_DEVICE program
 * compiled from docker's rules (src/cgroups/device-filter.ts) and attached by the supervisor
 * (native/supervisor/device-filter.c) to a container cgroup on this hybrid host's cgroup2
 * mount (/sys/fs/cgroup/unified: no controllers needed for device programs). The container
 * keeps CAP_MKNOD, so only the filter stands between it and a host disk it mknods.
 * Disks are only ever opened read-only.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type CgroupManager, createCgroupManager } from '../../packages/runtime/src/cgroups/index.js'
import { type SupervisorSpec, writeSpecFile } from '../../packages/runtime/src/containers/spec-file.js'
import { MS } from '../../packages/runtime/src/mounts/linux-constants.js'
import { supervisorPath } from '../../packages/runtime/src/native/load.js'
import { makeBusyboxRootfs } from '../helpers/busybox.js'
import { eventually } from '../helpers/eventually.js'
import { CLEAN, type KernelSnapshot, leftoversSince, snapshotKernel } from '../helpers/leftovers.js'

const SUP = supervisorPath()
const DOCKER_CAPS = 0xa80425fbn // docker's 14, CAP_MKNOD among them
const PREFIX = `tscdev${process.pid}`
let root: string
let lower: string
let before: KernelSnapshot
let mgr: CgroupManager
let counter = 0

/**
 * A host block device the host itself can open (this machine's sandbox refuses some disks
 * even to root, whatever the cgroup): real disks first (zram, virtio...), then loop devices.
 * It exists and opens, so an unfiltered open succeeds and only the filter can make it fail.
 */
function hostDisk(): { name: string; major: number; minor: number } {
  const names = readdirSync('/sys/block').sort((a, b) => Number(a.startsWith('loop')) - Number(b.startsWith('loop')) || a.localeCompare(b))
  for (const name of names) {
    try {
      const [major, minor] = readFileSync(`/sys/block/${name}/dev`, 'utf8').trim().split(':').map(Number)
      closeSync(openSync(`/dev/${name}`, 'r'))
      return { name, major: major!, minor: minor! }
    } catch {
      // refused or missing on the host: try the next one
    }
  }
  throw new Error('no block device in /sys/block that this host can open read-only')
}

const disk = hostDisk()

function spec(argv: string[], cgroup: string | null, opts: { filter?: boolean; tty?: boolean } = {}): string {
  const dir = join(root, `c${++counter}`)
  for (const d of ['upper', 'work', 'rootfs']) mkdirSync(join(dir, d), { recursive: true })
  const nodev = MS.NOSUID | MS.NOEXEC | MS.NODEV
  const filter = cgroup && opts.filter !== false ? mgr.deviceFilter!(cgroup) : null
  const s: SupervisorSpec = {
    id: String(counter).padStart(64, '0'),
    name: `${PREFIX}-${counter}`,
    dir,
    argv,
    env: ['PATH=/bin', 'HOME=/root'],
    uid: 0,
    gid: 0,
    tty: opts.tty,
    rootfs: { lower: [lower], upper: join(dir, 'upper'), work: join(dir, 'work'), target: join(dir, 'rootfs') },
    mounts: [
      { type: 'proc', source: 'proc', target: '/proc', flags: nodev, kind: 'dir' },
      { type: 'tmpfs', source: 'tmpfs', target: '/dev', flags: MS.NOSUID | MS.STRICTATIME, data: 'mode=755,size=65536k', kind: 'dir' },
      { type: 'devpts', source: 'devpts', target: '/dev/pts', flags: MS.NOSUID | MS.NOEXEC, data: 'newinstance,ptmxmode=0666,mode=0620,gid=5', kind: 'dir' },
    ],
    devices: [['null', 1, 3], ['zero', 1, 5], ['full', 1, 7], ['random', 1, 8], ['urandom', 1, 9], ['tty', 5, 0]].map(([n, major, minor]) => ({
      path: `/dev/${n}`, type: 'c' as const, major: major as number, minor: minor as number, mode: 0o666, uid: 0, gid: 0,
    })),
    symlinks: [{ target: 'pts/ptmx', link: '/dev/ptmx' }],
    cgroupProcs: cgroup ? mgr.procsFiles(cgroup) : [],
    ...(filter ? { deviceFilter: filter } : {}),
    capabilities: { bounding: DOCKER_CAPS, effective: DOCKER_CAPS, permitted: DOCKER_CAPS, inheritable: 0n, ambient: 0n },
  }
  const p = join(dir, 'spec')
  writeSpecFile(p, s)
  return p
}

function start(specPath: string): SpawnSyncReturns<string> {
  return spawnSync(SUP, ['start', specPath], { encoding: 'utf8', timeout: 20_000 })
}

/** mknod the host disk inside the container, then open it read-only. */
const PROBE = [
  `mknod /dev/xdisk b ${disk.major} ${disk.minor} && echo mknod:ok`,
  'if head -c 512 /dev/xdisk >/dev/null 2>/tmp/err; then echo disk:open; else echo "disk:$(cat /tmp/err)"; fi',
].join('\n')

function newCgroup(name: string): string {
  const path = mgr.pathFor(name)
  mgr.create(path)
  return path
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tsc-devices-'))
  lower = makeBusyboxRootfs(join(root, 'lower'))
  before = snapshotKernel({ cgroupPrefix: PREFIX, processMarker: root })
  mgr = createCgroupManager({ parent: PREFIX, version: 'v2' })
})

afterAll(async () => {
  for (const p of mgr.listUnder()) await mgr.killAll(p)
  await mgr.remove(mgr.parent)
  // the program dies with the cgroup: nothing of ours is left in any hierarchy. Other suites
  // may run at the same time: only what this one could have made counts (mounts under its
  // temp dir or where a container's would land if they leaked, cgroups, processes).
  const ours = () => {
    const l = leftoversSince(before, { cgroupPrefix: PREFIX, processMarker: root })
    return { ...l, mounts: l.mounts.filter((m) => m.startsWith(root) || /^\/(proc|dev)(\/|$)/.test(m)), links: [], netns: [], nftTables: [] }
  }
  await eventually(() => expect(ours()).toEqual(CLEAN), 5000)
  rmSync(root, { recursive: true, force: true })
})

describe('cgroup v2 device filter', () => {
  it('without a filter (the control) the container can open a host disk it mknods', () => {
    const r = start(spec(['sh', '-c', PROBE], newCgroup('control'), { filter: false }))
    expect(r.stdout).toBe('mknod:ok\ndisk:open\n')
    expect(r.status).toBe(0)
  })

  it("with docker's rules: EPERM on the disk and fuse, the default nodes work", () => {
    const script = [
      PROBE,
      'mknod /dev/xfuse c 10 229 && { cat /dev/xfuse 2>&1 || true; }',
      'echo x > /dev/null && echo null:ok',
      'echo "zero:$(head -c 4 /dev/zero | wc -c) urandom:$(head -c 4 /dev/urandom | wc -c) random:$(head -c 4 /dev/random | wc -c)"',
      'echo x 2>&1 > /dev/full | sed "s/.*: //"',
    ].join('\n')
    const r = start(spec(['sh', '-c', script], newCgroup('docker')))
    expect(r.stderr).toBe('')
    expect(r.stdout.split('\n')).toEqual([
      'mknod:ok',
      'disk:head: /dev/xdisk: Operation not permitted',
      'cat: can\'t open \'/dev/xfuse\': Operation not permitted',
      'null:ok',
      'zero:4 urandom:4 random:4',
      'No space left on device',
      '',
    ])
    expect(r.status).toBe(0)
  })

  it('a tty container gets its pty from /dev/ptmx and can use /dev/tty and /dev/pts/*', () => {
    const r = spawnSync(SUP, ['start', spec(['sh', '-c', 'echo tty:$(tty); echo a > /dev/tty && echo b > $(tty) && echo ok'], newCgroup('tty'), { tty: true })], {
      encoding: 'utf8', timeout: 20_000, input: '',
    })
    expect(r.stdout.replace(/\r/g, '')).toBe('tty:/dev/pts/0\na\nb\nok\n')
    expect(r.status).toBe(0)
  })

  it('a process joining by exec is filtered too', async () => {
    const cg = newCgroup('exec')
    const specPath = spec(['sh', '-c', `mknod /dev/xdisk b ${disk.major} ${disk.minor}; exec sleep 60`], cg)
    const pidFile = join(root, 'exec.pid')
    const child = spawn(SUP, ['start', '--pid-file', pidFile, specPath], { stdio: 'ignore' })
    const exited = new Promise((r) => child.on('exit', r))
    try {
      const pid = await eventually(() => Number(readFileSync(pidFile, 'utf8')) || Promise.reject(new Error('no pid yet')))
      await eventually(() => expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8')).toContain('sleep'))
      const r = spawnSync(SUP, ['exec', '--spec', specPath, '--pid', String(pid), '--', 'sh', '-c', 'head -c 1 /dev/xdisk; echo x > /dev/null && echo null:ok'], {
        encoding: 'utf8', timeout: 20_000,
      })
      expect(r.stderr).toBe('head: /dev/xdisk: Operation not permitted\n')
      expect(r.stdout).toBe('null:ok\n')
    } finally {
      child.kill('SIGKILL') // the container dies with it (start mode: pdeathsig)
      await exited
    }
  })

  it('privileged containers get no filter, and the disk opens', () => {
    const cg = newCgroup('privileged')
    expect(mgr.deviceFilter!(cg, { privileged: true })).toBeNull()
    expect(start(spec(['sh', '-c', PROBE], cg, { filter: false })).stdout).toBe('mknod:ok\ndisk:open\n')
  })

  it('each start replaces the program of the previous one (no pile-up to the kernel limit of 64)', () => {
    const cg = newCgroup('restarts')
    const specPath = spec(['true'], cg)
    for (let i = 0; i < 70; i++) {
      const r = start(specPath)
      expect(r.stderr).toBe('')
      expect(r.status).toBe(0)
    }
    expect(start(spec(['sh', '-c', PROBE], cg)).stdout).toBe('mknod:ok\ndisk:head: /dev/xdisk: Operation not permitted\n')
  })

  it('a bad program is refused before the container starts, with the verifier saying why', () => {
    const cg = newCgroup('bad')
    const p = spec(['true'], cg)
    // an exit without r0 set: the verifier refuses "R0 !read_ok"
    const bad = Buffer.from('9500000000000000', 'hex')
    const text = readFileSync(p).toString('latin1').replace(/cgroup\.devices=([^\x1f]*)\x1f[0-9a-f]+/, `cgroup.devices=$1\x1f${bad.toString('hex')}`)
    writeFileSync(p, Buffer.from(text, 'latin1'))
    const r = start(p)
    expect(r.status).toBe(125)
    expect(r.stderr).toMatch(/^device filter: bpf\(BPF_PROG_LOAD\) for \/sys\/fs\/cgroup\/unified\/.*: the verifier refused the program: .+/)
  })
})
