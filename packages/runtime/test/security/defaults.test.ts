import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_DEVICES,
  defaultMounts,
  defaultSysctls,
  listThermalThrottle,
  maskedPaths,
  parseSecurityOpts,
  readonlyPaths,
} from '../../src/security/index.js'
import { isTscError } from '../../src/errors.js'

describe("docker's default mounts", () => {
  it('has the seven mounts with exact options', () => {
    expect(defaultMounts().map((m) => `${m.destination} ${m.type} ${m.source} ${m.options.join(',')}`)).toEqual([
      '/proc proc proc nosuid,noexec,nodev',
      '/dev tmpfs tmpfs nosuid,strictatime,mode=755,size=65536k',
      '/dev/pts devpts devpts nosuid,noexec,newinstance,ptmxmode=0666,mode=0620,gid=5',
      '/sys sysfs sysfs nosuid,noexec,nodev,ro',
      '/sys/fs/cgroup cgroup cgroup ro,nosuid,noexec,nodev',
      '/dev/mqueue mqueue mqueue nosuid,noexec,nodev',
      '/dev/shm tmpfs shm nosuid,noexec,nodev,mode=1777,size=67108864',
    ])
  })
  it('privileged: /sys and cgroup writable; shm size and ipc none', () => {
    const p = defaultMounts({ privileged: true })
    expect(p.find((m) => m.destination === '/sys')!.options).toContain('rw')
    expect(p.find((m) => m.destination === '/sys/fs/cgroup')!.options[0]).toBe('rw')
    expect(defaultMounts({ shmSize: 1024 }).at(-1)!.options).toContain('size=1024')
    expect(defaultMounts({ ipcNone: true }).some((m) => m.destination === '/dev/shm')).toBe(false)
  })
})

describe('masked and read-only paths', () => {
  it("docker's lists, cleared when privileged", () => {
    expect(maskedPaths()).toHaveLength(12)
    expect(maskedPaths()).toContain('/proc/kcore')
    expect(maskedPaths()).toContain('/proc/interrupts')
    expect(maskedPaths()).toContain('/sys/devices/virtual/powercap')
    expect(maskedPaths({ thermalThrottle: ['/sys/devices/system/cpu/cpu0/thermal_throttle'] })).toHaveLength(13)
    expect(readonlyPaths()).toEqual(['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'])
    expect(maskedPaths({ privileged: true })).toEqual([])
    expect(readonlyPaths({ privileged: true })).toEqual([])
  })
  it('lists thermal_throttle dirs of a sysfs tree, numerically', () => {
    const root = mkdtempSync(join(tmpdir(), 'tsc-sys-'))
    try {
      for (const c of ['cpu0', 'cpu10', 'cpu2']) mkdirSync(join(root, 'devices/system/cpu', c, 'thermal_throttle'), { recursive: true })
      mkdirSync(join(root, 'devices/system/cpu/cpu3'), { recursive: true })
      mkdirSync(join(root, 'devices/system/cpu/cpufreq'), { recursive: true })
      expect(listThermalThrottle(root)).toEqual([
        '/sys/devices/system/cpu/cpu0/thermal_throttle',
        '/sys/devices/system/cpu/cpu2/thermal_throttle',
        '/sys/devices/system/cpu/cpu10/thermal_throttle',
      ])
      expect(listThermalThrottle(join(root, 'none'))).toEqual([])
    } finally {
      rmSync(root, { recursive: true })
    }
  })
})

describe('devices and sysctls', () => {
  it("runc's six device nodes", () => {
    expect(DEFAULT_DEVICES.map((d) => `${d.path} ${d.major}:${d.minor} ${d.mode.toString(8)}`)).toEqual([
      '/dev/null 1:3 666',
      '/dev/random 1:8 666',
      '/dev/full 1:7 666',
      '/dev/tty 5:0 666',
      '/dev/zero 1:5 666',
      '/dev/urandom 1:9 666',
    ])
  })
  it('sysctls only in a private netns; no ping range in a userns', () => {
    expect(defaultSysctls({ privateNetns: true })).toEqual({
      'net.ipv4.ip_unprivileged_port_start': '0',
      'net.ipv4.ping_group_range': '0 2147483647',
    })
    expect(defaultSysctls({ privateNetns: true, userns: true })).toEqual({ 'net.ipv4.ip_unprivileged_port_start': '0' })
    expect(defaultSysctls({ privateNetns: false })).toEqual({})
  })
})

describe('--security-opt', () => {
  it.each([
    [[], { noNewPrivileges: false, seccomp: { kind: 'default' } }],
    [['no-new-privileges'], { noNewPrivileges: true }],
    [['no-new-privileges=true'], { noNewPrivileges: true }],
    [['no-new-privileges:true'], { noNewPrivileges: true }],
    [['no-new-privileges', 'no-new-privileges=false'], { noNewPrivileges: false }],
    [['seccomp=unconfined'], { seccomp: { kind: 'unconfined' } }],
    [['seccomp:unconfined'], { seccomp: { kind: 'unconfined' } }],
    [['seccomp=builtin'], { seccomp: { kind: 'default' } }],
    [['seccomp=/etc/p.json'], { seccomp: { kind: 'file', path: '/etc/p.json' } }],
    [['systempaths=unconfined'], { unconfinedSystemPaths: true }],
  ])('%j', (opts, want) => {
    expect(parseSecurityOpts(opts)).toMatchObject(want)
  })
  it('accepts label and apparmor with a note', () => {
    const r = parseSecurityOpts(['label=disable', 'apparmor=unconfined', 'label:type:svirt_t'])
    expect(r.notes).toHaveLength(3)
    expect(r.notes[0]).toContain('label=disable ignored')
  })
  it.each([
    ['bogus', 'expected key=value'],
    ['foo=bar', 'unknown option "foo"'],
    ['no-new-privileges=maybe', 'expected true or false'],
    ['seccomp=', 'expected unconfined or the path'],
    ['systempaths=confined', 'only supported value'],
  ])('refuses %s', (opt, msg) => {
    let err: unknown
    try {
      parseSecurityOpts([opt])
    } catch (e) {
      err = e
    }
    expect(isTscError(err, 'INVALID_SECURITY_OPT')).toBe(true)
    expect((err as Error).message).toContain(`invalid --security-opt "${opt}"`)
    expect((err as Error).message).toContain(msg)
  })
})
