/**
 * Host devices in containers, as docker does them (--device, --device-cgroup-rule, compose
 * `devices:` / `device_cgroup_rules:`), on the real kernel: the node made in the container
 * with the host node's numbers and mode, and the device cgroup allowing it on top of docker's
 * defaults (v1: the devices controller; v2: the BPF filter, on this hybrid host's unified
 * mount). Anything opened for writing is /dev/zero, /dev/null or /dev/full, or a node whose
 * major no driver holds (an open the cgroup lets through fails ENXIO, one it refuses EPERM):
 * no open ever reaches a real device other than those.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCgroupManager } from '../../packages/runtime/src/cgroups/manager.js'
import { containerDevices } from '../../packages/runtime/src/containers/host-devices.js'
import { ContainerManager } from '../../packages/runtime/src/containers/manager.js'
import { DockerSecurity } from '../../packages/runtime/src/containers/security-planner.js'
import { RecordSpecBuilder } from '../../packages/runtime/src/containers/spec-builder.js'
import { NativeSupervisorPort } from '../../packages/runtime/src/containers/supervisor-adapter.js'
import { NameIndex } from '../../packages/runtime/src/state/name-index.js'
import { VolumeStore } from '../../packages/runtime/src/volumes/volume-store.js'
import { ComposeSuite, NOTHING_LEFT as COMPOSE_NOTHING_LEFT } from '../e2e/compose-harness.js'
import { ContainersSuite, NOTHING_LEFT } from './containers-harness.js'

let s: ContainersSuite
let hostDevs: string
let major: number

/**
 * A char major no driver has registered (/proc/devices), from the ranges LANANA keeps for
 * local use: nodes with it are harmless whatever the cgroup says (an open fails ENXIO).
 */
function freeCharMajor(): number {
  const text = readFileSync('/proc/devices', 'utf8')
  const chars = text.slice(text.indexOf('Character devices:'), text.indexOf('Block devices:'))
  const used = new Set(chars.split('\n').map((l) => Number.parseInt(l, 10)).filter((n) => !Number.isNaN(n)))
  const free = [60, 61, 62, 63, 120, 121, 122, 123, 124, 125, 126, 127, 240, 241, 242, 243, 244].find((m) => !used.has(m))
  if (free === undefined) throw new Error('no free local-use char major in /proc/devices')
  return free
}

const mknod = (path: string, type: 'c' | 'b', ma: number, mi: number, mode = '0660') => execFileSync('mknod', ['-m', mode, path, type, String(ma), String(mi)])

const run = (...args: string[]) => s.cli(['container', 'run', '--rm', '--network', 'none', ...args])
const ok = async (...args: string[]): Promise<string> => {
  const r = await run(...args)
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}${r.stdout}`)
  return r.stdout
}

/** What an open of PATH for reading, then for writing, says (cgroup: EPERM; no driver: ENXIO). */
const probe = (path: string) =>
  `if cat ${path} >/dev/null 2>/tmp/e; then echo read:ok; else echo "read:$(sed 's/.*: //' /tmp/e)"; fi; ` +
  `if (echo x > ${path}) 2>/tmp/e; then echo write:ok; else echo "write:$(sed 's/.*: //' /tmp/e)"; fi`

const ENXIO = 'No such device or address'
const EPERM = 'Operation not permitted'

beforeAll(async () => {
  s = await ContainersSuite.create('dev')
  major = freeCharMajor()
  hostDevs = join(s.root, 'hostdevs')
  mkdirSync(join(hostDevs, 'dir', 'sub'), { recursive: true })
  mknod(join(hostDevs, 'free0'), 'c', major, 0, '0640')
  mknod(join(hostDevs, 'dir', 'null'), 'c', 1, 3, '0666')
  mknod(join(hostDevs, 'dir', 'sub', 'zero'), 'c', 1, 5, '0604')
  writeFileSync(join(hostDevs, 'dir', 'not-a-device'), '')
  execFileSync('chown', ['12:34', join(hostDevs, 'free0')])
})

afterAll(async () => {
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

describe('--device (cgroup v1, the devices controller)', () => {
  it('/dev/zero:/dev/myzero reads zeros, with the host node type, numbers and mode', async () => {
    const out = await ok('--device', '/dev/zero:/dev/myzero', 'busybox', 'sh', '-c', 'head -c 6 /dev/myzero | od -An -tx1; stat -c "%F %t:%T %a %u:%g" /dev/myzero')
    expect(out.split('\n').map((l) => l.trim())).toEqual(['00 00 00 00 00 00', 'character special file 1:5 666 0:0', ''])
  })

  it('keeps mode and owner of the host node; a container path outside /dev gets its directories', async () => {
    const out = await ok('--device', `${join(hostDevs, 'free0')}:/opt/devs/free`, 'busybox', 'stat', '-c', '%F %t:%T %a %u:%g', '/opt/devs/free')
    expect(out.trim()).toBe(`character special file ${major.toString(16)}:0 640 12:34`)
  })

  it('permissions r: the node opens for reading, writing is refused by the cgroup (EPERM)', async () => {
    const host = join(hostDevs, 'free0')
    expect(await ok('--device', `${host}:/dev/mydev:r`, 'busybox', 'sh', '-c', probe('/dev/mydev'))).toBe(`read:${ENXIO}\nwrite:${EPERM}\n`)
    expect(await ok('--device', `${host}:/dev/mydev:rw`, 'busybox', 'sh', '-c', probe('/dev/mydev'))).toBe(`read:${ENXIO}\nwrite:${ENXIO}\n`)
    expect(await ok('--device', `${host}:/dev/mydev`, 'busybox', 'sh', '-c', probe('/dev/mydev'))).toBe(`read:${ENXIO}\nwrite:${ENXIO}\n`)
    // the control: the same node mknod'ed without --device is refused both ways
    expect(await ok('busybox', 'sh', '-c', `mknod /dev/mydev c ${major} 0; ${probe('/dev/mydev')}`)).toBe(`read:${EPERM}\nwrite:${EPERM}\n`)
  })

  it("permissions never narrow docker's defaults: /dev/zero:...:r stays writable, as in docker", async () => {
    expect(await ok('--device', '/dev/zero:/dev/z:r', 'busybox', 'sh', '-c', 'echo x > /dev/z && echo write:ok')).toBe('write:ok\n')
  })

  it('the container cgroup holds the device rule (devices.list)', async () => {
    const id = (await s.ok(['container', 'run', '-d', '--network', 'none', '--device', `${join(hostDevs, 'free0')}:/dev/mydev:rm`, '--device-cgroup-rule', `c ${major}:7 w`, 'busybox', 'sleep', '60'])).trim()
    try {
      const list = readFileSync(`/sys/fs/cgroup/devices/${s.cgroupParent}/${id}/devices.list`, 'utf8').split('\n')
      expect(list).toContain(`c ${major}:0 rm`)
      expect(list).toContain(`c ${major}:7 w`)
      expect(list).toContain('c 1:5 rwm')
      expect(list).not.toContain('a *:* rwm')
    } finally {
      await s.ok(['container', 'rm', '-f', id])
    }
  })

  it('a directory adds every device node under it, at the same relative paths', async () => {
    const out = await ok('--device', `${join(hostDevs, 'dir')}:/dev/hostdir`, 'busybox', 'sh', '-c',
      'find /dev/hostdir | sort; stat -c "%n %t:%T %a" /dev/hostdir/null /dev/hostdir/sub/zero; echo x > /dev/hostdir/null && head -c 2 /dev/hostdir/sub/zero | od -An -tx1')
    expect(out.split('\n').map((l) => l.trim())).toEqual([
      '/dev/hostdir', '/dev/hostdir/null', '/dev/hostdir/sub', '/dev/hostdir/sub/zero',
      '/dev/hostdir/null 1:3 666', '/dev/hostdir/sub/zero 1:5 604', '00 00', '',
    ])
  })

  it('a missing device: docker\'s one-line error, exit 125, nothing left (run and create)', async () => {
    for (const cmd of [['container', 'run', '--rm', '--network', 'none'], ['container', 'create', '--network', 'none']]) {
      const r = await s.cli([...cmd, '--name', 'devnope', '--device', '/dev/nope', 'busybox', 'true'])
      expect(r.code).toBe(125)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
      expect(r.stderr).toContain('error gathering device information while adding custom device "/dev/nope": no such file or directory')
      expect(r.stdout).toBe('')
      expect(s.containerDirs()).toEqual([])
      expect(await s.ok(['container', 'ps', '-aq'])).toBe('')
    }
    const notDev = await run('--device', join(hostDevs, 'dir', 'not-a-device'), 'busybox', 'true')
    expect(notDev.code).toBe(125)
    expect(notDev.stderr).toContain('not-a-device": not a device node')
    const badPerm = await run('--device', '/dev/zero:/dev/z:rx', 'busybox', 'true')
    expect(badPerm.code).toBe(125)
    expect(badPerm.stderr).toContain('invalid argument "/dev/zero:/dev/z:rx" for "--device" flag: bad mode specified: rx')
    expect(s.containerDirs()).toEqual([])
  })

  it('a host device gone between create and start: start fails naming it, no cgroup is left', async () => {
    const node = join(hostDevs, 'gone')
    mknod(node, 'c', 1, 3, '0666')
    const id = (await s.ok(['container', 'create', '--network', 'none', '--device', `${node}:/dev/x`, 'busybox', 'true'])).trim()
    execFileSync('rm', [node])
    const r = await s.cli(['container', 'start', id])
    expect(r.code).not.toBe(0)
    expect(r.stderr).toContain(`error gathering device information while adding custom device "${node}": no such file or directory`)
    expect(readdirSync(`/sys/fs/cgroup/devices/${s.cgroupParent}`).filter((d) => d === id)).toEqual([])
    await s.ok(['container', 'rm', id])
  })

  it('inspect shows HostConfig.Devices and DeviceCgroupRules like docker', async () => {
    const id = (await s.ok(['container', 'create', '--network', 'none', '--device', '/dev/zero:/dev/myzero:r', '--device', '/dev/null', '--device-cgroup-rule', 'c 1:3 mr', '--device-cgroup-rule', 'a *:* rwm', 'busybox', 'true'])).trim()
    const plain = (await s.ok(['container', 'create', '--network', 'none', 'busybox', 'true'])).trim()
    try {
      const [h] = JSON.parse(await s.ok(['container', 'inspect', id])).map((c: { HostConfig: unknown }) => c.HostConfig)
      expect(h.Devices).toEqual([
        { PathOnHost: '/dev/zero', PathInContainer: '/dev/myzero', CgroupPermissions: 'r' },
        { PathOnHost: '/dev/null', PathInContainer: '/dev/null', CgroupPermissions: 'rwm' },
      ])
      expect(h.DeviceCgroupRules).toEqual(['c 1:3 mr', 'a *:* rwm'])
      const [p] = JSON.parse(await s.ok(['container', 'inspect', plain])).map((c: { HostConfig: unknown }) => c.HostConfig)
      expect([p.Devices, p.DeviceCgroupRules]).toEqual([[], null])
    } finally {
      await s.ok(['container', 'rm', id, plain])
    }
  })
})

describe('--device-cgroup-rule', () => {
  it("lets a mknod'ed node open; without it the open is refused", async () => {
    const script = `mknod /dev/x c ${major} 1 && ${probe('/dev/x')}`
    expect(await ok('busybox', 'sh', '-c', script)).toBe(`read:${EPERM}\nwrite:${EPERM}\n`)
    expect(await ok('--device-cgroup-rule', `c ${major}:1 r`, 'busybox', 'sh', '-c', script)).toBe(`read:${ENXIO}\nwrite:${EPERM}\n`)
    expect(await ok('--device-cgroup-rule', `c ${major}:* rw`, 'busybox', 'sh', '-c', script)).toBe(`read:${ENXIO}\nwrite:${ENXIO}\n`)
    expect(await ok('--device-cgroup-rule', 'a *:* rwm', 'busybox', 'sh', '-c', script)).toBe(`read:${ENXIO}\nwrite:${ENXIO}\n`)
  })

  it('a bad rule is refused before anything is made', async () => {
    const r = await run('--device-cgroup-rule', 'c 1:3 rwx', 'busybox', 'true')
    expect(r.code).toBe(125)
    expect(r.stderr).toContain(`invalid argument "c 1:3 rwx" for "--device-cgroup-rule" flag: invalid device cgroup format 'c 1:3 rwx'`)
    expect(s.containerDirs()).toEqual([])
  })

  // A privileged container cannot start on this host (capset of every capability is EPERM
  // without CAP_SYS_RESOURCE), so the cgroups a start would make are checked directly.
  it('--privileged still allows every device, whatever --device and the rules say', async () => {
    const rules = containerDevices({ Devices: [{ PathOnHost: join(hostDevs, 'free0'), PathInContainer: '/dev/x', CgroupPermissions: 'r' }], DeviceCgroupRules: ['c 1:3 r'] }).rules
    const v1 = createCgroupManager({ parent: `${s.cgroupParent}-priv` })
    const path = v1.pathFor('c')
    try {
      v1.create(path, { privileged: true, devices: rules })
      expect(readFileSync(`/sys/fs/cgroup/devices/${path}/devices.list`, 'utf8')).toBe('a *:* rwm\n')
      v1.create(v1.pathFor('d'), { devices: rules })
      expect(readFileSync(`/sys/fs/cgroup/devices/${v1.pathFor('d')}/devices.list`, 'utf8')).toContain(`c ${major}:0 r\n`)
    } finally {
      await v1.remove(v1.parent)
    }
    const v2 = createCgroupManager({ parent: `${s.cgroupParent}-priv`, version: 'v2' })
    expect(v2.deviceFilter!(v2.pathFor('c'), { privileged: true, devices: rules })).toBeNull()
  })
})

describe('cgroup v2 (BPF device filter on the unified mount)', () => {
  it('--device and --device-cgroup-rule through the runtime with a v2 cgroup', async () => {
    const parent = `${s.cgroupParent}-v2`
    const v2 = createCgroupManager({ parent, version: 'v2' })
    const out = join(s.root, 'v2-out')
    mkdirSync(out)
    const mgr = new ContainerManager({
      paths: s.rt.paths,
      names: new NameIndex(s.rt.paths),
      images: { resolve: (ref) => s.rt.images.resolve(ref) },
      volumes: new VolumeStore(s.rt.paths, () => []),
      cgroups: () => v2,
      cgroupParent: parent,
      supervisor: new NativeSupervisorPort(),
      specs: new RecordSpecBuilder(new DockerSecurity(s.root), () => undefined),
    })
    const script = [
      'head -c 3 /dev/myzero | od -An -tx1 > /out/zero',
      `{ ${probe('/dev/mydev')}; } > /out/mydev`,
      `mknod /dev/ruled c ${major} 1 && { ${probe('/dev/ruled')}; } > /out/ruled`,
      `mknod /dev/other c ${major} 2 && { ${probe('/dev/other')}; } > /out/other`,
    ].join('; ')
    const rec = await mgr.create({
      image: 'busybox',
      cmd: ['sh', '-c', script],
      network: { mode: 'none' },
      mounts: [{ type: 'bind', source: out, target: '/out' }],
      devices: [
        { PathOnHost: '/dev/zero', PathInContainer: '/dev/myzero', CgroupPermissions: 'rwm' },
        { PathOnHost: join(hostDevs, 'free0'), PathInContainer: '/dev/mydev', CgroupPermissions: 'r' },
      ],
      deviceCgroupRules: [`c ${major}:1 rw`],
    })
    try {
      await mgr.start(rec.Id)
      expect(readdirSync(`/sys/fs/cgroup/unified/${parent}`)).toContain(rec.Id)
      expect(await mgr.wait(rec.Id)).toBe(0)
      const read = (f: string) => readFileSync(join(out, f), 'utf8')
      expect(read('zero').trim()).toBe('00 00 00')
      expect(read('mydev')).toBe(`read:${ENXIO}\nwrite:${EPERM}\n`)
      expect(read('ruled')).toBe(`read:${ENXIO}\nwrite:${ENXIO}\n`)
      expect(read('other')).toBe(`read:${EPERM}\nwrite:${EPERM}\n`)
    } finally {
      await mgr.remove(rec.Id, { force: true })
      await v2.remove(parent)
    }
  })
})

describe('compose devices: (e2e through the CLI)', () => {
  let c: ComposeSuite

  beforeAll(async () => {
    c = await ComposeSuite.create('devices')
  })

  afterAll(async () => {
    expect(await c.cleanup()).toEqual(COMPOSE_NOTHING_LEFT)
  })

  it('short and long syntax and device_cgroup_rules reach the container', async () => {
    c.write(`
services:
  app:
    image: busybox
    network_mode: none
    command: ["sleep", "600"]
    devices:
      - /dev/zero:/dev/myzero
      - source: ${join(hostDevs, 'free0')}
        target: /dev/mydev
        permissions: r
    device_cgroup_rules:
      - 'c ${major}:1 rw'
`)
    await c.ok(['up', '-d'])
    try {
      const out = await c.ok(['exec', '-T', 'app', 'sh', '-c', `head -c 2 /dev/myzero | od -An -tx1; ${probe('/dev/mydev')}; mknod /dev/r c ${major} 1 && ${probe('/dev/r')}`])
      expect(out.split('\n').map((l) => l.trim())).toEqual(['00 00', `read:${ENXIO}`, `write:${EPERM}`, `read:${ENXIO}`, `write:${ENXIO}`])
      const [id] = (await c.ok(['ps', '-q'])).split('\n')
      const [h] = JSON.parse(await c.ok(['container', 'inspect', id!])).map((x: { HostConfig: unknown }) => x.HostConfig)
      expect(h.Devices).toEqual([
        { PathOnHost: '/dev/zero', PathInContainer: '/dev/myzero', CgroupPermissions: 'rwm' },
        { PathOnHost: join(hostDevs, 'free0'), PathInContainer: '/dev/mydev', CgroupPermissions: 'r' },
      ])
      expect(h.DeviceCgroupRules).toEqual([`c ${major}:1 rw`])
    } finally {
      await c.ok(['down', '-t', '0'])
    }
  })

  it('a missing device fails up with the device named, and down leaves nothing', async () => {
    c.write(`
services:
  app:
    image: busybox
    network_mode: none
    command: ["true"]
    devices:
      - /dev/nope-tsc
`)
    const r = await c.cli(['up', '-d'])
    expect(r.code).not.toBe(0)
    expect(r.stderr).toContain('error gathering device information while adding custom device "/dev/nope-tsc": no such file or directory')
    await c.ok(['down', '-t', '0'])
    expect(c.stateDirs()).toEqual([])
  })
})
