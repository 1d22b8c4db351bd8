import { describe, expect, it } from 'vitest'
import {
  CAPABILITIES,
  DEFAULT_CAPABILITIES,
  capMask,
  capMaskHex,
  capName,
  capNamesOf,
  capNumber,
  ownCapabilities,
  resolveCapabilities,
} from '../../src/security/index.js'
import { isTscError } from '../../src/errors.js'

describe('capability table', () => {
  it('has 0..40 with the kernel numbers', () => {
    expect(CAPABILITIES.length).toBe(41)
    expect(capNumber('CAP_CHOWN')).toBe(0)
    expect(capNumber('CAP_NET_RAW')).toBe(13)
    expect(capNumber('CAP_SYS_ADMIN')).toBe(21)
    expect(capNumber('CAP_MKNOD')).toBe(27)
    expect(capNumber('CAP_AUDIT_WRITE')).toBe(29)
    expect(capNumber('CAP_SETFCAP')).toBe(31)
    expect(capNumber('CAP_SYSLOG')).toBe(34)
    expect(capNumber('CAP_AUDIT_READ')).toBe(37)
    expect(capNumber('CAP_PERFMON')).toBe(38)
    expect(capNumber('CAP_BPF')).toBe(39)
    expect(capNumber('CAP_CHECKPOINT_RESTORE')).toBe(40)
    expect(capName(40)).toBe('CAP_CHECKPOINT_RESTORE')
    expect(new Set(CAPABILITIES).size).toBe(41)
  })

  it("docker's default set is the CapEff docker containers show", () => {
    expect(DEFAULT_CAPABILITIES.length).toBe(14)
    // `grep CapEff /proc/self/status` in `docker run --rm busybox`
    expect(capMaskHex(capMask(DEFAULT_CAPABILITIES))).toBe('00000000a80425fb')
    expect(capNamesOf(0xa80425fbn).sort()).toEqual([...DEFAULT_CAPABILITIES].sort())
  })
})

describe('resolveCapabilities (docker TweakCapabilities)', () => {
  it('defaults: bounding = effective = permitted, no inheritable/ambient', () => {
    const r = resolveCapabilities()
    expect(r.names).toEqual(DEFAULT_CAPABILITIES)
    expect(r.bounding).toBe(0xa80425fbn)
    expect(r.effective).toBe(r.bounding)
    expect(r.permitted).toBe(r.bounding)
    expect(r.inheritable).toBe(0n)
    expect(r.ambient).toBe(0n)
  })

  it('adds and drops, case-insensitive, with or without CAP_', () => {
    const r = resolveCapabilities({ capAdd: ['net_admin', 'CAP_SYS_PTRACE', 'Sys_Time'], capDrop: ['mknod', 'CAP_NET_RAW'] })
    expect(r.names).toContain('CAP_NET_ADMIN')
    expect(r.names).toContain('CAP_SYS_PTRACE')
    expect(r.names).toContain('CAP_SYS_TIME')
    expect(r.names).not.toContain('CAP_MKNOD')
    expect(r.names).not.toContain('CAP_NET_RAW')
    expect(r.names.length).toBe(15)
  })

  it('adding a default again is not a duplicate', () => {
    expect(resolveCapabilities({ capAdd: ['CHOWN'] }).names.length).toBe(14)
  })

  it('--cap-add ALL gives everything but the drops', () => {
    const r = resolveCapabilities({ capAdd: ['all'], capDrop: ['SYS_ADMIN'] })
    expect(r.names.length).toBe(40)
    expect(r.names).not.toContain('CAP_SYS_ADMIN')
  })

  it('--cap-drop ALL keeps only the adds', () => {
    const r = resolveCapabilities({ capDrop: ['ALL'], capAdd: ['NET_BIND_SERVICE'] })
    expect(r.names).toEqual(['CAP_NET_BIND_SERVICE'])
    expect(r.bounding).toBe(1n << 10n)
    expect(resolveCapabilities({ capDrop: ['all'] }).bounding).toBe(0n)
  })

  it('privileged gets every capability the kernel has', () => {
    expect(resolveCapabilities({ privileged: true }).bounding).toBe((1n << 41n) - 1n)
    expect(resolveCapabilities({ privileged: true, lastCap: 37 }).bounding).toBe((1n << 38n) - 1n)
    expect(capMaskHex(resolveCapabilities({ privileged: true }).bounding)).toBe('000001ffffffffff')
  })

  it('a non-root user keeps the bounding set but has empty effective/permitted', () => {
    const r = resolveCapabilities({ uid: 1000 })
    expect(r.bounding).toBe(0xa80425fbn)
    expect(r.effective).toBe(0n)
    expect(r.permitted).toBe(0n)
  })

  it.each([
    [{ capAdd: ['CAP_FOO'] }, 'unknown capability "CAP_FOO" in --cap-add'],
    [{ capDrop: ['bogus'] }, 'unknown capability "bogus" in --cap-drop'],
    [{ capAdd: [''] }, 'unknown capability "" in --cap-add'],
  ])('refuses %j', (opts, msg) => {
    let err: unknown
    try {
      resolveCapabilities(opts)
    } catch (e) {
      err = e
    }
    expect(isTscError(err, 'INVALID_CAPABILITY')).toBe(true)
    expect((err as Error).message).toBe(msg)
    expect((err as { exitCode: number }).exitCode).toBe(125)
  })
})

describe('"all capabilities" on a host that withholds some', () => {
  // This machine's bounding set: everything through CAP_CHECKPOINT_RESTORE but CAP_SYS_RESOURCE.
  const available = 0x1fffeffffffn
  it('privileged and --cap-add ALL get the available ones only', () => {
    const priv = resolveCapabilities({ privileged: true, available })
    expect(priv.bounding).toBe(available)
    expect(priv.names).not.toContain('CAP_SYS_RESOURCE')
    const all = resolveCapabilities({ capAdd: ['ALL'], capDrop: ['NET_RAW'], available })
    expect(all.bounding).toBe(available & ~capMask(['CAP_NET_RAW']))
  })
  it('a capability named on its own is kept (the start then names it), defaults untouched', () => {
    expect(resolveCapabilities({ capAdd: ['SYS_RESOURCE'], available }).names).toContain('CAP_SYS_RESOURCE')
    expect(resolveCapabilities({ available }).bounding).toBe(capMask(DEFAULT_CAPABILITIES))
  })
  it('reads CapBnd from /proc/<pid>/status text', () => {
    expect(ownCapabilities('Name:\tx\nCapPrm:\t0000000000000001\nCapBnd:\t000001fffeffffff\n')).toBe(available)
    expect(ownCapabilities('Name:\tx\n')).toBeUndefined()
    expect(typeof ownCapabilities()).toBe('bigint')
  })
})
