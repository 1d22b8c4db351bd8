import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_SECCOMP_PROFILE,
  type ResolvedSeccomp,
  type SeccompProfile,
  allowedSyscalls,
  parseSeccompProfile,
  resolveCapabilities,
  resolveSeccomp,
  seccompBpfPath,
  seccompKey,
  selectSeccompProfile,
} from '../../src/security/index.js'
import { createSeccompNative, encodeAction } from '../../src/native/seccomp.js'
import { isTscError } from '../../src/errors.js'

const DEFAULT_CAPS = resolveCapabilities().names
const resolveDefault = (caps = DEFAULT_CAPS, arch = 'x86_64', kernel = '6.18') => resolveSeccomp(DEFAULT_SECCOMP_PROFILE, caps, arch, { kernel })
const rulesFor = (r: ResolvedSeccomp, name: string) => r.rules.filter((x) => x.syscall === name)

describe("docker's default profile as data", () => {
  it('has the shape of moby/profiles: 33 rules, EPERM by default, 361 names in rule 0', () => {
    const p = DEFAULT_SECCOMP_PROFILE
    expect(p.defaultAction).toBe('SCMP_ACT_ERRNO')
    expect(p.defaultErrnoRet).toBe(1)
    expect(p.syscalls).toHaveLength(33)
    expect(p.syscalls[0]!.names).toHaveLength(361)
    expect(p.syscalls[0]!.names).not.toContain('socket')
  })
})

describe('resolveSeccomp with the default profile', () => {
  const r = resolveDefault()
  const allowed = allowedSyscalls(r)

  it('targets x86_64 with its x86 and x32 sub-architectures', () => {
    expect(r.arches).toEqual(['x86_64', 'x86', 'x32'])
    expect(r.defaultAction).toEqual({ action: 'errno', value: 1 })
  })

  it('does not allow keyctl, add_key, request_key and the other denied syscalls', () => {
    for (const s of ['keyctl', 'add_key', 'request_key', 'io_uring_setup', 'userfaultfd', 'pivot_root', 'kexec_load', 'open_by_handle_at']) {
      expect(rulesFor(r, s), s).toEqual([])
    }
  })

  it('keeps CAP_SYS_ADMIN syscalls out with default caps', () => {
    for (const s of ['mount', 'umount2', 'unshare', 'setns', 'sethostname', 'bpf', 'perf_event_open', 'fsopen']) expect(allowed.has(s), s).toBe(false)
  })

  it('allows the everyday and the newer ones', () => {
    for (const s of ['read', 'execve', 'memfd_create', 'pidfd_open', 'close_range', 'openat2', 'faccessat2', 'landlock_create_ruleset', 'seccomp', 'name_to_handle_at', 'statmount', 'mseal', 'arch_prctl', 'modify_ldt', 'ptrace', 'process_vm_readv']) {
      expect(allowed.has(s), s).toBe(true)
    }
    for (const s of ['s390_runtime_instr', 'set_tls', 'riscv_flush_icache', 'swapcontext']) expect(allowed.has(s), s).toBe(false)
  })

  it('socket: every domain but AF_ALG (38) and AF_VSOCK (40)', () => {
    expect(rulesFor(r, 'socket').map((x) => x.args.map((a) => `${a.index} ${a.op} ${a.value}`))).toEqual([
      ['0 SCMP_CMP_LT 38'],
      ['0 SCMP_CMP_EQ 39'],
      ['0 SCMP_CMP_GT 40'],
    ])
  })

  it('personality: only the five values', () => {
    expect(rulesFor(r, 'personality').map((x) => x.args[0]!.value)).toEqual([0n, 8n, 0x20000n, 0x20008n, 0xffffffffn])
  })

  it('clone without namespace flags; clone3 → ENOSYS', () => {
    expect(rulesFor(r, 'clone')).toEqual([
      { syscall: 'clone', action: { action: 'allow' }, args: [{ index: 0, op: 'SCMP_CMP_MASKED_EQ', value: 0x7e020000n, valueTwo: 0n }] },
    ])
    expect(rulesFor(r, 'clone3')).toEqual([{ syscall: 'clone3', action: { action: 'errno', value: 38 }, args: [] }])
  })

  it('CAP_SYS_ADMIN opens the admin group, plain clone and clone3', () => {
    const a = resolveDefault(resolveCapabilities({ capAdd: ['SYS_ADMIN'] }).names)
    const al = allowedSyscalls(a)
    for (const s of ['mount', 'unshare', 'setns', 'clone', 'clone3', 'sethostname']) expect(al.has(s), s).toBe(true)
    expect(rulesFor(a, 'clone')).toEqual([{ syscall: 'clone', action: { action: 'allow' }, args: [] }])
    expect(rulesFor(a, 'clone3').every((x) => x.action.action === 'allow')).toBe(true)
    expect(al.has('keyctl')).toBe(false)
  })

  it('other cap-gated groups follow their capability', () => {
    const caps = (c: string) => allowedSyscalls(resolveDefault(resolveCapabilities({ capAdd: [c] }).names))
    expect(caps('SYS_TIME').has('settimeofday')).toBe(true)
    expect(caps('SYS_MODULE').has('finit_module')).toBe(true)
    expect(caps('SYS_PTRACE').has('kcmp')).toBe(true)
    expect(caps('SYS_BOOT').has('reboot')).toBe(true)
    expect(caps('DAC_READ_SEARCH').has('open_by_handle_at')).toBe(true)
    expect(caps('BPF').has('bpf')).toBe(true)
    expect(caps('PERFMON').has('perf_event_open')).toBe(true)
    expect(caps('SYS_NICE').has('mbind')).toBe(true)
    expect(caps('SYS_NICE').has('reboot')).toBe(false)
    // CAP_SYS_CHROOT is a default capability
    expect(allowed.has('chroot')).toBe(true)
    expect(allowedSyscalls(resolveDefault(resolveCapabilities({ capDrop: ['SYS_CHROOT'] }).names)).has('chroot')).toBe(false)
  })

  it('minKernel: ptrace only on ≥ 4.8 unless CAP_SYS_PTRACE', () => {
    expect(allowedSyscalls(resolveDefault(DEFAULT_CAPS, 'x86_64', '4.4.0')).has('ptrace')).toBe(false)
    expect(allowedSyscalls(resolveDefault(DEFAULT_CAPS, 'x86_64', '4.8.1')).has('ptrace')).toBe(true)
  })

  it('resolves per arch: aarch64 gets arm and the arm rules, no x86 ones', () => {
    const a = resolveDefault(DEFAULT_CAPS, 'aarch64')
    expect(a.arches).toEqual(['aarch64', 'arm'])
    const al = allowedSyscalls(a)
    expect(al.has('set_tls')).toBe(true)
    expect(al.has('arch_prctl')).toBe(false)
  })

  it('is deterministic (same cache key) and cap-dependent (different key)', () => {
    expect(seccompKey(resolveDefault())).toBe(seccompKey(resolveDefault()))
    expect(seccompKey(resolveDefault())).not.toBe(seccompKey(resolveDefault(resolveCapabilities({ capAdd: ['SYS_ADMIN'] }).names)))
    expect(seccompKey(resolveDefault())).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('resolving custom profiles', () => {
  const profile = (syscalls: SeccompProfile['syscalls'], extra: Partial<SeccompProfile> = {}): SeccompProfile => ({
    defaultAction: 'SCMP_ACT_ALLOW',
    syscalls,
    ...extra,
  })

  it('repeated comparisons on one argument become separate rules (runc OR semantics)', () => {
    const r = resolveSeccomp(
      profile([
        {
          names: ['socket', 'socketpair'],
          action: 'SCMP_ACT_ERRNO',
          args: [
            { index: 0, op: 'SCMP_CMP_EQ', value: 1n, valueTwo: 0n },
            { index: 0, op: 'SCMP_CMP_EQ', value: 2n, valueTwo: 0n },
            { index: 1, op: 'SCMP_CMP_EQ', value: 3n, valueTwo: 0n },
          ],
        },
      ]),
      [],
    )
    expect(r.rules.map((x) => `${x.syscall}:${x.args.map((a) => `${a.index}=${a.value}`).join('&')}`)).toEqual([
      'socket:0=1',
      'socket:0=2',
      'socket:1=3',
      'socketpair:0=1',
      'socketpair:0=2',
      'socketpair:1=3',
    ])
  })

  it('distinct argument indexes stay ANDed in one rule', () => {
    const r = resolveSeccomp(
      profile([{ names: ['kill'], action: 'SCMP_ACT_ERRNO', args: [{ index: 0, op: 'SCMP_CMP_EQ', value: 1n, valueTwo: 0n }, { index: 1, op: 'SCMP_CMP_EQ', value: 9n, valueTwo: 0n }] }]),
      [],
    )
    expect(r.rules).toHaveLength(1)
    expect(r.rules[0]!.args).toHaveLength(2)
  })

  it('drops rules equal to the default action and exact duplicates', () => {
    const r = resolveSeccomp(
      profile([
        { names: ['read'], action: 'SCMP_ACT_ALLOW' },
        { names: ['mkdir', 'mkdir'], action: 'SCMP_ACT_ERRNO', errnoRet: 13 },
      ]),
      [],
    )
    expect(r.rules).toEqual([{ syscall: 'mkdir', action: { action: 'errno', value: 13 }, args: [] }])
  })

  it('architectures without archMap; native only when neither is given', () => {
    expect(resolveSeccomp(profile([], { architectures: ['SCMP_ARCH_X86', 'SCMP_ARCH_X86_64'] }), []).arches).toEqual(['x86_64', 'x86'])
    expect(resolveSeccomp(profile([]), []).arches).toEqual(['x86_64'])
  })

  it('maps every action', () => {
    const acts = ['SCMP_ACT_KILL', 'SCMP_ACT_KILL_PROCESS', 'SCMP_ACT_TRAP', 'SCMP_ACT_LOG', 'SCMP_ACT_TRACE', 'SCMP_ACT_ERRNO'] as const
    const r = resolveSeccomp(profile(acts.map((a, i) => ({ names: [`s${i}`], action: a }))), [])
    expect(r.rules.map((x) => x.action)).toEqual([
      { action: 'kill_thread' },
      { action: 'kill_process' },
      { action: 'trap' },
      { action: 'log' },
      { action: 'trace', value: 1 },
      { action: 'errno', value: 1 },
    ])
    expect(() => resolveSeccomp(profile([{ names: ['x'], action: 'SCMP_ACT_NOTIFY' }]), [])).toThrow('SCMP_ACT_NOTIFY needs a seccomp listener')
  })

  it('selects the profile like docker: none when unconfined or privileged', () => {
    expect(selectSeccompProfile({ kind: 'unconfined' })).toBeNull()
    expect(selectSeccompProfile({ kind: 'default' }, { privileged: true })).toBeNull()
    expect(selectSeccompProfile({ kind: 'default' })).toBe(DEFAULT_SECCOMP_PROFILE)
    const p = selectSeccompProfile({ kind: 'file', path: '/p.json' }, { fileText: '{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[]}' })
    expect(p!.defaultAction).toBe('SCMP_ACT_ALLOW')
  })
})

describe('parseSeccompProfile (docker JSON format)', () => {
  it('reads a full profile, keeping 64-bit values exact', () => {
    const p = parseSeccompProfile(`{
      "defaultAction": "SCMP_ACT_ERRNO", "defaultErrnoRet": 1,
      "archMap": [{"architecture": "SCMP_ARCH_X86_64", "subArchitectures": ["SCMP_ARCH_X86"]}],
      "syscalls": [
        {"names": ["read", "write"], "action": "SCMP_ACT_ALLOW"},
        {"name": "ioctl", "action": "SCMP_ACT_ALLOW", "args": [{"index": 1, "value": 18446744073709551615, "valueTwo": 0, "op": "SCMP_CMP_MASKED_EQ"}]},
        {"names": ["mount"], "action": "SCMP_ACT_ALLOW", "includes": {"caps": ["CAP_SYS_ADMIN"], "minKernel": "5.1"}, "excludes": {"arches": ["s390"]}, "comment": "x"}
      ]}`)
    expect(p.syscalls).toHaveLength(3)
    expect(p.syscalls[1]!.names).toEqual(['ioctl'])
    expect(p.syscalls[1]!.args![0]!.value).toBe(18446744073709551615n)
    expect(p.syscalls[2]!.includes).toEqual({ caps: ['CAP_SYS_ADMIN'], minKernel: '5.1', arches: undefined })
    expect(resolveSeccomp(p, ['CAP_SYS_ADMIN']).arches).toEqual(['x86_64', 'x86'])
  })

  it.each([
    ['{', 'not valid JSON'],
    ['[]', 'top level: expected an object'],
    ['{"defaultAction":"SCMP_ACT_NOPE","syscalls":[]}', 'defaultAction: unknown action "SCMP_ACT_NOPE"'],
    ['{"defaultAction":"SCMP_ACT_ALLOW","syscalls":{}}', 'syscalls: expected a list'],
    ['{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"action":"SCMP_ACT_ERRNO"}]}', 'syscalls[0]: needs "names"'],
    ['{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["a"],"action":"X"}]}', 'syscalls[0].action: unknown action "X"'],
    ['{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["a"],"action":"SCMP_ACT_ERRNO","errnoRet":-1}]}', 'errnoRet must be an errno number'],
    ['{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["a"],"action":"SCMP_ACT_ERRNO","args":[{"index":6,"value":1,"op":"SCMP_CMP_EQ"}]}]}', 'syscalls[0].args[0].index: expected 0-5'],
    ['{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["a"],"action":"SCMP_ACT_ERRNO","args":[{"index":0,"value":1,"op":"EQ"}]}]}', 'args[0].op: unknown operator "EQ"'],
    ['{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["a"],"action":"SCMP_ACT_ERRNO","args":[{"index":0,"value":-1,"op":"SCMP_CMP_EQ"}]}]}', 'args[0].value: expected an unsigned 64-bit integer'],
    ['{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["a"],"action":"SCMP_ACT_ERRNO","args":[{"index":0,"value":99999999999999999999,"op":"SCMP_CMP_EQ"}]}]}', 'does not fit in 64 bits'],
    ['{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["a"],"action":"SCMP_ACT_ALLOW","includes":{"minKernel":"new"}}]}', 'includes.minKernel: expected a kernel version'],
    ['{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":"read","action":"SCMP_ACT_ALLOW"}]}', 'syscalls[0].names: expected a list of strings'],
  ])('refuses %s', (text, msg) => {
    let err: unknown
    try {
      parseSeccompProfile(text, '/etc/p.json')
    } catch (e) {
      err = e
    }
    expect(isTscError(err, 'INVALID_SECCOMP_PROFILE')).toBe(true)
    expect((err as Error).message).toContain('/etc/p.json: ')
    expect((err as Error).message).toContain(msg)
  })
})

describe('the native wrapper and the BPF cache (stub binding)', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })

  it('encodes actions and operators, and passes numbers for syscalls libseccomp lacks', () => {
    expect(encodeAction({ action: 'allow' })).toBe(0x7fff0000)
    expect(encodeAction({ action: 'errno', value: 38 })).toBe(0x00050026)
    expect(encodeAction({ action: 'kill_process' })).toBe(0x80000000)
    expect(encodeAction({ action: 'kill_thread' })).toBe(0)
    const calls: unknown[][] = []
    const native = createSeccompNative({
      seccompCompile: (...a: unknown[]) => {
        calls.push(a)
        return { bpf: Buffer.alloc(8), skipped: [] }
      },
      seccompRunUnderFilter: async () => ({ exitCode: 0, signal: null, output: '' }),
      seccompVersion: () => '2.5.4',
    } as never)
    native.compile(resolveDefault())
    const [arches, def, rules] = calls[0] as [string[], number, { name: string; nr: number; args: { op: number }[] }[]]
    expect(arches).toEqual(['x86_64', 'x86', 'x32'])
    expect(def).toBe(0x00050001)
    expect(rules.find((x) => x.name === 'statmount')!.nr).toBe(457)
    expect(rules.find((x) => x.name === 'read')!.nr).toBe(-1)
    expect(rules.find((x) => x.name === 'clone')!.args[0]!.op).toBe(7)
  })

  it('writes <root>/seccomp/<sha256>.bpf once per resolved filter', () => {
    const root = mkdtempSync(join(tmpdir(), 'tsc-sc-'))
    dirs.push(root)
    let compiles = 0
    const native = {
      compile: () => {
        compiles++
        return { bpf: Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]), skipped: [] }
      },
      runUnderFilter: async () => ({ exitCode: 0, signal: null, output: '' }),
      version: () => 'stub',
    }
    const r = resolveDefault()
    const p1 = seccompBpfPath(root, r, native)
    const p2 = seccompBpfPath(root, r, native)
    expect(p1).toBe(p2)
    expect(p1).toBe(join(root, 'seccomp', `${seccompKey(r)}.bpf`))
    expect(compiles).toBe(1)
    expect(readFileSync(p1)).toEqual(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]))
    seccompBpfPath(root, resolveDefault(resolveCapabilities({ capAdd: ['ALL'] }).names), native)
    expect(compiles).toBe(2)
    expect(readdirSync(join(root, 'seccomp')).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})
