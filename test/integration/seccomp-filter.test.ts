import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seccompNative } from '../../packages/runtime/src/native/seccomp.js'
import {
  DEFAULT_SECCOMP_PROFILE,
  parseSeccompProfile,
  resolveCapabilities,
  resolveSeccomp,
  seccompBpfPath,
  seccompBpfPathAsync,
} from '../../packages/runtime/src/security/index.js'
import { CLEAN, type KernelSnapshot, leftoversSince, snapshotKernel } from '../helpers/leftovers.js'

// Real kernel: compile with libseccomp, load the raw program in a forked child
// (PR_SET_NO_NEW_PRIVS + seccomp(SECCOMP_SET_MODE_FILTER)), exec busybox/perl probes.
const tag = `tsc-itsc-${process.pid}`
const MARK = { cgroupPrefix: tag, processMarker: tag }
const native = seccompNative()
const BB = '/bin/busybox'
const PERL = '/usr/bin/perl'
let before: KernelSnapshot
let dir: string
let defaultBpf: Buffer

const compile = (profileJson: string) => native.compile(resolveSeccomp(parseSeccompProfile(profileJson), resolveCapabilities().names)).bpf
const run = (bpf: Buffer | null, ...argv: string[]) => native.runUnderFilter(bpf, argv)
// perl's syscall(): x86_64 numbers. keyctl(KEYCTL_GET_KEYRING_ID, session, 0) has no side effect.
const perl = (bpf: Buffer | null, code: string) => run(bpf, PERL, '-e', code, tag)

beforeAll(() => {
  before = snapshotKernel(MARK)
  dir = mkdtempSync(join(tmpdir(), `${tag}-`))
  defaultBpf = native.compile(resolveSeccomp(DEFAULT_SECCOMP_PROFILE, resolveCapabilities().names, 'x86_64', { kernel: '6.18' })).bpf
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  expect(leftoversSince(before, MARK)).toEqual(CLEAN)
})

describe('seccomp BPF from libseccomp, loaded by the kernel', () => {
  it('compiles the default profile to a valid program, and measures it', () => {
    expect(defaultBpf.length % 8).toBe(0)
    expect(defaultBpf.length / 8).toBeLessThan(4096)
    const variants: Record<string, string[]> = {
      default: resolveCapabilities().names as string[],
      'cap-add SYS_ADMIN': resolveCapabilities({ capAdd: ['SYS_ADMIN'] }).names as string[],
      'cap-add ALL': resolveCapabilities({ capAdd: ['ALL'] }).names as string[],
    }
    for (const [name, caps] of Object.entries(variants)) {
      const r = resolveSeccomp(DEFAULT_SECCOMP_PROFILE, caps, 'x86_64', { kernel: '6.18' })
      const times: number[] = []
      let insns = 0
      for (let i = 0; i < 10; i++) {
        const t = process.hrtime.bigint()
        insns = native.compile(r).bpf.length / 8
        times.push(Number(process.hrtime.bigint() - t) / 1e6)
      }
      times.sort((a, b) => a - b)
      console.log(`seccomp compile (${name}, ${r.rules.length} rules, ${r.arches.join('+')}): median ${times[5]!.toFixed(1)} ms, ${insns} insns, libseccomp ${native.version()}`)
      expect(times[5]).toBeLessThan(500)
    }
  })

  it('the default profile lets ordinary programs run', async () => {
    expect(await run(defaultBpf, BB, 'sh', '-c', `echo hi; ls / >/dev/null; cat /proc/self/status >/dev/null`)).toEqual({ exitCode: 0, signal: null, output: 'hi\n' })
  })

  it('keyctl and add_key fail with EPERM under the default profile; unconfined allows them', async () => {
    const code = '$r = syscall(250, 0, -3, 0); print "keyctl $r $!\\n"; my ($t, $d, $v) = ("user", "tsc-k", "v"); $r = syscall(248, $t, $d, $v, 1, -2); print "add_key $r $!\\n"'
    const filtered = await perl(defaultBpf, code)
    expect(filtered.output).toBe('keyctl -1 Operation not permitted\nadd_key -1 Operation not permitted\n')
    const open = await perl(null, code)
    expect(open.output).toMatch(/^keyctl \d+ \nadd_key \d+ \n$/)
  })

  it('unshare needs CAP_SYS_ADMIN in the profile', async () => {
    const denied = await run(defaultBpf, BB, 'unshare', '-U', 'true')
    expect(denied.exitCode).not.toBe(0)
    expect(denied.output).toContain('Operation not permitted')
    expect(await run(null, BB, 'unshare', '-U', 'true')).toMatchObject({ exitCode: 0 })
    const admin = native.compile(resolveSeccomp(DEFAULT_SECCOMP_PROFILE, resolveCapabilities({ capAdd: ['SYS_ADMIN'] }).names)).bpf
    expect(await run(admin, BB, 'unshare', '-U', 'true')).toMatchObject({ exitCode: 0 })
  })

  it('clone3 returns ENOSYS; clone with namespace flags is refused; plain fork works', async () => {
    const r = await perl(defaultBpf, '$r = syscall(435, 0, 0); print "clone3 $!\\n"; $r = syscall(56, 0x20000000, 0, 0, 0, 0); print "clone-newuts $!\\n"; my $p = fork(); if ($p == 0) { exit 7 } waitpid($p, 0); print "fork ", $? >> 8, "\\n"')
    expect(r.output).toBe('clone3 Function not implemented\nclone-newuts Operation not permitted\nfork 7\n')
  })

  it('socket: AF_ALG refused by the filter, AF_UNIX allowed', async () => {
    const code = 'socket(S, 38, 5, 0) or print "alg $!\\n"; socket(T, 1, 1, 0) and print "unix ok\\n"; socket(V, 40, 1, 0) or print "vsock $!\\n"'
    expect((await perl(defaultBpf, code)).output).toBe('alg Operation not permitted\nunix ok\nvsock Operation not permitted\n')
    // Without the filter the kernel itself answers (AF_ALG is not built into this kernel).
    expect((await perl(null, code)).output).not.toContain('alg Operation not permitted')
  })

  it('personality: the query value passes, others are refused', async () => {
    const r = await perl(defaultBpf, '$r = syscall(135, 0xffffffff); print "query ", ($r >= 0 ? "ok" : $!), "\\n"; $r = syscall(135, 0x0400000); print "other $!\\n"')
    expect(r.output).toBe('query ok\nother Operation not permitted\n')
  })

  it('a custom profile that denies mkdir stops busybox mkdir; unconfined does not', async () => {
    const deny = compile('{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["mkdir","mkdirat"],"action":"SCMP_ACT_ERRNO"}]}')
    const target = join(dir, 'x')
    const r = await run(deny, BB, 'mkdir', target)
    expect(r.exitCode).toBe(1)
    expect(r.output).toContain('Operation not permitted')
    expect(existsSync(target)).toBe(false)
    expect(await run(null, BB, 'mkdir', target)).toMatchObject({ exitCode: 0 })
    expect(statSync(target).isDirectory()).toBe(true)
  })

  it('custom errnoRet and kill actions', async () => {
    const eacces = compile('{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["mkdir","mkdirat"],"action":"SCMP_ACT_ERRNO","errnoRet":13}]}')
    expect((await run(eacces, BB, 'mkdir', join(dir, 'y'))).output).toContain('Permission denied')
    const kill = compile('{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["mkdir","mkdirat"],"action":"SCMP_ACT_KILL_PROCESS"}]}')
    expect(await run(kill, BB, 'mkdir', join(dir, 'z'))).toMatchObject({ exitCode: null, signal: 31 }) // SIGSYS
  })

  it('argument filters: refuse kill(…, SIGTERM) only', async () => {
    const bpf = compile('{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["kill"],"action":"SCMP_ACT_ERRNO","args":[{"index":1,"value":15,"op":"SCMP_CMP_EQ"}]}]}')
    const r = await perl(bpf, 'kill(15, $$) or print "term $!\\n"; kill(0, $$) and print "zero ok\\n"')
    expect(r.output).toBe('term Operation not permitted\nzero ok\n')
  })

  it('seccompBpfPath writes the program once under the state root', () => {
    const root = join(dir, 'state')
    const r = resolveSeccomp(DEFAULT_SECCOMP_PROFILE, resolveCapabilities().names, 'x86_64', { kernel: '6.18' })
    const t0 = process.hrtime.bigint()
    const p = seccompBpfPath(root, r)
    const first = Number(process.hrtime.bigint() - t0) / 1e6
    const mtime = statSync(p).mtimeMs
    const t1 = process.hrtime.bigint()
    expect(seccompBpfPath(root, r)).toBe(p)
    const cached = Number(process.hrtime.bigint() - t1) / 1e6
    console.log(`seccompBpfPath: first ${first.toFixed(1)} ms, cached ${cached.toFixed(3)} ms`)
    expect(statSync(p).mtimeMs).toBe(mtime)
    expect(statSync(p).size).toBe(defaultBpf.length)
    expect(readdirSync(join(root, 'seccomp'))).toEqual([p.split('/').pop()])
  })

  it('compiles off the JS thread to the same program', async () => {
    const r = resolveSeccomp(DEFAULT_SECCOMP_PROFILE, resolveCapabilities().names, 'x86_64', { kernel: '6.18' })
    let ticks = 0
    const timer = setInterval(() => ticks++, 1)
    const compiled = await native.compileAsync(r)
    clearInterval(timer)
    expect(compiled.bpf.equals(defaultBpf)).toBe(true)
    expect(compiled.skipped).toEqual(['riscv_hwprobe'])
    expect(ticks).toBeGreaterThan(0) // the event loop kept running meanwhile
    const root = join(dir, 'state-async')
    const p = await seccompBpfPathAsync(root, r)
    expect(statSync(p).size).toBe(defaultBpf.length)
    await expect(native.compileAsync({ ...r, arches: ['x86_64', 'vax'] })).rejects.toThrow('EINVAL: seccomp_arch_resolve_name vax')
  })
})
