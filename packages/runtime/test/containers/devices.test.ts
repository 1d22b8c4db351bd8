import type { BigIntStats } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { emulateDeviceRules } from '../../src/cgroups/device-filter.js'
import { containerDevices, devMajor, devMinor, type DeviceFs, privilegedDevices, resolveMapping, withPrivilegedDevices } from '../../src/containers/host-devices.js'
import { isDeviceMode, parseDeviceFlag } from '../../src/containers/parse-flags.js'

describe('--device flag (docker CLI ValidateDevice + parseLinuxDevice)', () => {
  it('HOST, HOST:CONTAINER, HOST:PERMS, HOST:CONTAINER:PERMS', () => {
    expect(parseDeviceFlag('/dev/zero', '/w')).toEqual({ PathOnHost: '/dev/zero', PathInContainer: '/dev/zero', CgroupPermissions: 'rwm' })
    expect(parseDeviceFlag('/dev/zero:/dev/myzero', '/w')).toEqual({ PathOnHost: '/dev/zero', PathInContainer: '/dev/myzero', CgroupPermissions: 'rwm' })
    expect(parseDeviceFlag('/dev/zero:r', '/w')).toEqual({ PathOnHost: '/dev/zero', PathInContainer: '/dev/zero', CgroupPermissions: 'r' })
    expect(parseDeviceFlag('/dev/zero:/dev/z/:mr', '/w')).toEqual({ PathOnHost: '/dev/zero', PathInContainer: '/dev/z', CgroupPermissions: 'mr' })
    expect(parseDeviceFlag('dev/zero:/dev/z', '/w').PathOnHost).toBe('/w/dev/zero')
  })

  it("refuses docker's bad forms with docker's words", () => {
    expect(() => parseDeviceFlag('/a:/b:/c:r', '/')).toThrow('invalid argument "/a:/b:/c:r" for "--device" flag: bad format for path: /a:/b:/c:r')
    expect(() => parseDeviceFlag(':/b', '/')).toThrow(/bad format for path/)
    expect(() => parseDeviceFlag('/a:/b:rx', '/')).toThrow(/bad mode specified: rx/)
    expect(() => parseDeviceFlag('/a:b', '/')).toThrow(/b is not an absolute path/)
    expect(() => parseDeviceFlag('zero:r', '/')).toThrow(/zero is not an absolute path/)
    expect(() => parseDeviceFlag('/a:/b:rr', '/')).toThrow(/bad mode specified/)
    expect(isDeviceMode('rwm')).toBe(true)
    expect(isDeviceMode('')).toBe(false)
  })
})

/** glibc's makedev, to build st_rdev values. */
const makedev = (major: number, minor: number): bigint =>
  (BigInt(major & 0xfff) << 8n) | (BigInt(major & ~0xfff) << 32n) | BigInt(minor & 0xff) | (BigInt(minor & ~0xff) << 12n)

type Kind = 'c' | 'b' | 'd' | 'f' | 'l'
function fakeFs(tree: Record<string, { kind: Kind; rdev?: bigint; mode?: number; to?: string }>): DeviceFs {
  const stat = (p: string): BigIntStats => {
    const e = tree[p]
    if (!e) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' })
    return {
      isCharacterDevice: () => e.kind === 'c',
      isBlockDevice: () => e.kind === 'b',
      isDirectory: () => e.kind === 'd',
      isSymbolicLink: () => e.kind === 'l',
      rdev: e.rdev ?? 0n,
      mode: BigInt(e.mode ?? 0o660),
      uid: 0n,
      gid: 6n,
    } as unknown as BigIntStats
  }
  return {
    lstat: stat,
    readdir: (p) => Object.keys(tree).filter((k) => k.startsWith(`${p}/`) && !k.slice(p.length + 1).includes('/')).map((k) => k.slice(p.length + 1)),
    realpath: (p) => tree[p]?.to ?? p,
  }
}

describe('host devices (docker oci.DevicesFromPath)', () => {
  it('splits dev_t like glibc, large numbers included', () => {
    expect([devMajor(makedev(1, 5)), devMinor(makedev(1, 5))]).toEqual([1, 5])
    expect([devMajor(makedev(259, 0x12345)), devMinor(makedev(259, 0x12345))]).toEqual([259, 0x12345])
    expect([devMajor(makedev(4095, 1048575)), devMinor(makedev(4095, 1048575))]).toEqual([4095, 1048575])
  })

  const fs = fakeFs({
    '/dev/zero': { kind: 'c', rdev: makedev(1, 5), mode: 0o666 },
    '/dev/sda': { kind: 'b', rdev: makedev(8, 0) },
    '/dev/disk-link': { kind: 'l', to: '/dev/sda' },
    '/dev/snd': { kind: 'd' },
    '/dev/snd/controlC0': { kind: 'c', rdev: makedev(116, 0) },
    '/dev/snd/by-path': { kind: 'd' },
    '/dev/snd/by-path/x': { kind: 'l', to: '/dev/snd/controlC0' },
    '/dev/snd/sub': { kind: 'd' },
    '/dev/snd/sub/timer': { kind: 'c', rdev: makedev(116, 33) },
    '/dev/empty': { kind: 'd' },
    '/etc/passwd': { kind: 'f' },
  })

  it('a node keeps its type, numbers, mode and owner at the container path', () => {
    expect(resolveMapping({ PathOnHost: '/dev/zero', PathInContainer: '/dev/myzero', CgroupPermissions: 'r' }, fs)).toEqual([
      { node: { path: '/dev/myzero', type: 'c', major: 1, minor: 5, mode: 0o666, uid: 0, gid: 6 }, access: 'r' },
    ])
    expect(resolveMapping({ PathOnHost: '/dev/disk-link', PathInContainer: '/dev/xvda', CgroupPermissions: 'rwm' }, fs)[0]!.node).toMatchObject({ type: 'b', major: 8, minor: 0 })
  })

  it('--privileged: every node of the host /dev but pts, shm, mqueue, fd and console; --device paths win', () => {
    const dev = fakeFs({
      '/dev/null': { kind: 'c', rdev: makedev(1, 3), mode: 0o666 },
      '/dev/console': { kind: 'c', rdev: makedev(5, 1) },
      '/dev/pts': { kind: 'd' },
      '/dev/pts/0': { kind: 'c', rdev: makedev(136, 0) },
      '/dev/shm': { kind: 'd' },
      '/dev/mqueue': { kind: 'd' },
      '/dev/fd': { kind: 'l', to: '/proc/self/fd' },
      '/dev/net': { kind: 'd' },
      '/dev/net/tun': { kind: 'c', rdev: makedev(10, 200) },
      '/dev/loop0': { kind: 'b', rdev: makedev(7, 0) },
    })
    expect(privilegedDevices(dev).map((n) => `${n.path} ${n.type} ${n.major}:${n.minor}`)).toEqual(['/dev/loop0 b 7:0', '/dev/net/tun c 10:200', '/dev/null c 1:3'])
    const mapped = containerDevices({ Devices: [{ PathOnHost: '/dev/loop0', PathInContainer: '/dev/null', CgroupPermissions: 'r' }], DeviceCgroupRules: null }, dev)
    expect(withPrivilegedDevices(mapped.nodes, dev).map((n) => `${n.path} ${n.major}:${n.minor}`)).toEqual(['/dev/null 7:0', '/dev/loop0 7:0', '/dev/net/tun 10:200'])
  })

  it('a directory adds every node under it (symlinks skipped), at the same relative paths', () => {
    const nodes = resolveMapping({ PathOnHost: '/dev/snd', PathInContainer: '/dev/sound', CgroupPermissions: 'rw' }, fs)
    expect(nodes.map((n) => `${n.node.path} ${n.node.major}:${n.node.minor} ${n.access}`)).toEqual(['/dev/sound/controlC0 116:0 rw', '/dev/sound/sub/timer 116:33 rw'])
  })

  it("missing paths, plain files and empty directories are docker's one-line error, exit 125", () => {
    const err = (() => {
      try {
        resolveMapping({ PathOnHost: '/dev/nope', PathInContainer: '/dev/nope', CgroupPermissions: 'rwm' }, fs)
      } catch (e) {
        return e as { message: string; exitCode: number; code: string }
      }
    })()
    expect(err).toMatchObject({ code: 'DEVICE_NOT_FOUND', exitCode: 125, message: 'error gathering device information while adding custom device "/dev/nope": no such file or directory' })
    expect(() => resolveMapping({ PathOnHost: '/etc/passwd', PathInContainer: '/p', CgroupPermissions: 'r' }, fs)).toThrow('"/etc/passwd": not a device node')
    expect(() => resolveMapping({ PathOnHost: '/dev/empty', PathInContainer: '/e', CgroupPermissions: 'r' }, fs)).toThrow('"/dev/empty": not a device node')
  })

  it('containerDevices: nothing asked → no rules (backends use the defaults); otherwise merged rules', () => {
    expect(containerDevices({}, fs)).toEqual({ nodes: [] })
    expect(containerDevices({ Devices: [], DeviceCgroupRules: null }, fs)).toEqual({ nodes: [] })
    const d = containerDevices({ Devices: [{ PathOnHost: '/dev/sda', PathInContainer: '/dev/xvda', CgroupPermissions: 'r' }], DeviceCgroupRules: ['c 116:* rw'] }, fs)
    expect(d.nodes.map((n) => n.path)).toEqual(['/dev/xvda'])
    const state = emulateDeviceRules(d.rules!)
    expect(state.defaultAllow).toBe(false)
    expect(state.exceptions).toContainEqual({ type: 'b', major: 8, minor: 0, access: 2 })
    expect(state.exceptions).toContainEqual({ type: 'c', major: 116, minor: -1, access: 6 })
    expect(() => containerDevices({ DeviceCgroupRules: ['c 1:3 x'] }, fs)).toThrow("invalid device cgroup rule format: 'c 1:3 x'")
  })
})
