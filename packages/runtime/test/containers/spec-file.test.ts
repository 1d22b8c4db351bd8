import { describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  parseSpecRecords,
  serializeSpec,
  specRecords,
  writeSpecFile,
  SPEC_KEYS,
  type SupervisorSpec,
} from '../../src/containers/spec-file.js'
import { MS, RLIMIT, splitMountOptions } from '../../src/mounts/linux-constants.js'
import { isTscError } from '../../src/errors.js'

const base: SupervisorSpec = { id: 'a'.repeat(64), name: 'web', argv: ['/bin/true'], env: ['PATH=/bin'], uid: 0, gid: 0 }

const US = '\x1f'

describe('serializeSpec', () => {
  it('writes key=value records separated by NUL, lists in order', () => {
    const buf = serializeSpec({ ...base, argv: ['sh', '-c', 'echo a=b'], env: ['A=1', 'B=x=y'] })
    expect(buf.toString()).toBe(
      `id=${'a'.repeat(64)}\0name=web\0arg=sh\0arg=-c\0arg=echo a=b\0env=A=1\0env=B=x=y\0uid=0\0gid=0\0`,
    )
  })

  it('encodes every section with the spec.h field layout', () => {
    const spec: SupervisorSpec = {
      ...base,
      dir: '/var/lib/x',
      cwd: '/app',
      uid: 65534,
      gid: 65534,
      groups: [1, 2],
      tty: true,
      stdin: true,
      umask: 0o027,
      rootfs: { lower: ['/l2', '/l1'], upper: '/u', work: '/w', target: '/t', readonly: true },
      namespaces: { net: '/run/netns/x', pid: 'new', cgroup: 'new', ipc: 'host' },
      mounts: [
        { type: 'proc', source: 'proc', target: '/proc', flags: MS.NOSUID | MS.NODEV | MS.NOEXEC, kind: 'dir' },
        { type: 'bind', source: '/h/resolv', target: '/etc/resolv.conf', flags: MS.BIND | MS.RDONLY, data: '', kind: 'file' },
      ],
      devices: [{ path: '/dev/null', type: 'c', major: 1, minor: 3, mode: 0o666, uid: 0, gid: 0 }],
      symlinks: [{ target: 'pts/ptmx', link: '/dev/ptmx' }],
      maskedPaths: ['/proc/kcore'],
      readonlyPaths: ['/proc/sys'],
      hostname: 'h',
      domainname: 'd',
      sysctls: [['net.ipv4.ip_unprivileged_port_start', '0']],
      cgroupProcs: ['/sys/fs/cgroup/pids/x/cgroup.procs'],
      cgroupFreezer: '/sys/fs/cgroup/freezer/x/freezer.state',
      rlimits: [{ resource: RLIMIT.NOFILE, soft: 1024, hard: -1 }],
      oomScoreAdj: -500,
      capabilities: { bounding: 0xa80425fbn, effective: 0xa80425fbn, permitted: 0xa80425fbn, inheritable: 0n, ambient: 0n },
      noNewPrivileges: true,
      seccomp: '/s.bpf',
      pdeathsig: 9,
      log: { path: '/l.json', maxSize: 1000, maxFiles: 3 },
      eventsPath: '/events.jsonl',
      restart: { policy: 'on-failure', max: 5 },
      health: { argv: ['/bin/sh', '-c', 'true'], intervalMs: 1000, timeoutMs: 500, retries: 2, startPeriodMs: 0, startIntervalMs: 100 },
      stopSignal: 15,
      stopTimeout: 3,
      exitHook: ['/bin/rm', '-rf', '/x'],
    }
    const recs = specRecords(spec)
    const get = (k: string) => recs.filter(([key]) => key === k).map(([, v]) => v)
    expect(get('group')).toEqual(['1', '2'])
    expect(get('umask')).toEqual(['27'])
    expect(get('rootfs.lower')).toEqual(['/l2', '/l1'])
    expect(get('ns.net')).toEqual(['/run/netns/x'])
    expect(get('ns.ipc')).toEqual(['host'])
    expect(get('mount')).toEqual([
      ['proc', 'proc', '/proc', String(MS.NOSUID | MS.NODEV | MS.NOEXEC), '', 'dir'].join(US),
      ['bind', '/h/resolv', '/etc/resolv.conf', String(MS.BIND | MS.RDONLY), '', 'file'].join(US),
    ])
    expect(get('device')).toEqual([['/dev/null', 'c', '1', '3', '666', '0', '0'].join(US)])
    expect(get('symlink')).toEqual([`pts/ptmx${US}/dev/ptmx`])
    expect(get('sysctl')).toEqual([`net.ipv4.ip_unprivileged_port_start${US}0`])
    expect(get('rlimit')).toEqual([`7${US}1024${US}-1`])
    expect(get('cap.effective')).toEqual(['a80425fb'])
    expect(get('cap.ambient')).toEqual(['0'])
    expect(get('nnp')).toEqual(['1'])
    expect(get('restart')).toEqual(['on-failure'])
    expect(get('health.arg')).toEqual(['/bin/sh', '-c', 'true'])
    expect(get('hook.exit')).toEqual(['/bin/rm', '-rf', '/x'])
    for (const [k] of recs) expect(SPEC_KEYS).toContain(k)
    expect(parseSpecRecords(serializeSpec(spec))).toEqual(recs)
  })

  it('accepts bigint limits beyond 2^53', () => {
    const recs = specRecords({ ...base, rlimits: [{ resource: RLIMIT.MEMLOCK, soft: 1n << 60n, hard: 1n << 60n }] })
    expect(recs.find(([k]) => k === 'rlimit')![1]).toBe(`8${US}${1n << 60n}${US}${1n << 60n}`)
  })

  it.each([
    ['a NUL in an argument', { argv: ['a\0b'] }, 'arg'],
    ['a separator in a mount field', { mounts: [{ type: 'tmpfs', source: `x${US}y`, target: '/t', flags: 0, kind: 'dir' as const }] }, 'mount'],
    ['a relative mount target', { mounts: [{ type: 'tmpfs', source: 't', target: 'tmp', flags: 0, kind: 'dir' as const }] }, 'mount'],
    ['.. in a mount target', { mounts: [{ type: 'tmpfs', source: 't', target: '/a/../b', flags: 0, kind: 'dir' as const }] }, 'mount'],
    ['an env entry without =', { env: ['FOO'] }, 'env'],
    ['soft above hard', { rlimits: [{ resource: 7, soft: -1, hard: 10 }] }, 'rlimit'],
    ['a negative uid', { uid: -1 }, 'uid'],
    ['an empty command', { argv: [] }, 'arg'],
    ['a bad namespace', { namespaces: { net: 'other' as never } }, 'ns.net'],
    ['upper without work', { rootfs: { lower: ['/l'], upper: '/u', target: '/t' } }, 'rootfs.work'],
    ['a bad sysctl key', { sysctls: [['../etc', '1'] as const] }, 'sysctl'],
  ])('refuses %s with SPEC_INVALID naming the key', (_what, patch, key) => {
    let err: unknown
    try {
      serializeSpec({ ...base, ...patch } as SupervisorSpec)
    } catch (e) {
      err = e
    }
    expect(isTscError(err, 'SPEC_INVALID')).toBe(true)
    expect((err as Error).message).toContain(`spec: bad value for ${key}:`)
  })

  it('writeSpecFile writes the bytes with mode 0600', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsc-spec-'))
    try {
      const p = join(dir, 'spec')
      writeSpecFile(p, base)
      expect(readFileSync(p)).toEqual(serializeSpec(base))
      expect(statSync(p).mode & 0o777).toBe(0o600)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('splitMountOptions', () => {
  it('turns flag words into MS_* and keeps the rest as data', () => {
    expect(splitMountOptions(['nosuid', 'ro', 'size=64m', 'mode=1777'])).toEqual({ flags: MS.NOSUID | MS.RDONLY, data: 'size=64m,mode=1777' })
    expect(splitMountOptions(['rw', 'rbind'], MS.RDONLY)).toEqual({ flags: MS.BIND | MS.REC, data: '' })
  })
})
