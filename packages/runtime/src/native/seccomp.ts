import { KernelError } from '../errors.js'
import { recentSyscallNumber } from '../security/seccomp-numbers.js'
import type { ResolvedAction, ResolvedSeccomp, SeccompOperator } from '../security/seccomp-types.js'
import { loadBinding } from './load.js'

/** The raw addon surface (native/src/seccomp.cc), typed privately. */
interface RawSeccompBinding {
  seccompCompile(
    arches: string[],
    defaultAction: number,
    rules: { name: string; nr: number; action: number; args: { index: number; op: number; value: bigint; valueTwo: bigint }[] }[],
  ): { bpf: Buffer; skipped: string[] }
  seccompCompileAsync(
    arches: string[],
    defaultAction: number,
    rules: { name: string; nr: number; action: number; args: { index: number; op: number; value: bigint; valueTwo: bigint }[] }[],
  ): Promise<{ bpf: Buffer; skipped: string[] }>
  seccompRunUnderFilter(bpf: Buffer | null, argv: string[]): Promise<{ exitCode: number | null; signal: number | null; output: string }>
  seccompVersion(): string
}

export interface CompiledSeccomp {
  /** struct sock_filter[] as the kernel loads it with seccomp(SECCOMP_SET_MODE_FILTER). */
  readonly bpf: Buffer
  /** Syscall names neither libseccomp nor our number table knows (left to the default action). */
  readonly skipped: readonly string[]
}

export interface RunUnderFilterResult {
  readonly exitCode: number | null
  readonly signal: number | null
  /** stdout and stderr together. */
  readonly output: string
}

export interface SeccompNative {
  /** Compiles on the JS thread (a few to tens of ms: prefer compileAsync where a Promise fits). */
  compile(resolved: ResolvedSeccomp): CompiledSeccomp
  /** The same compile on a worker thread. */
  compileAsync(resolved: ResolvedSeccomp): Promise<CompiledSeccomp>
  /** Test helper: fork, PR_SET_NO_NEW_PRIVS, load `bpf` (null = no filter), exec argv. */
  runUnderFilter(bpf: Buffer | null, argv: string[]): Promise<RunUnderFilterResult>
  /** libseccomp version linked into the addon. */
  version(): string
}

// SECCOMP_RET_* values (libseccomp's SCMP_ACT_* are the same numbers).
const RET = { kill_process: 0x8000_0000, kill_thread: 0, trap: 0x0003_0000, errno: 0x0005_0000, trace: 0x7ff0_0000, log: 0x7ffc_0000, allow: 0x7fff_0000 }
const OP: Record<SeccompOperator, number> = {
  SCMP_CMP_NE: 1,
  SCMP_CMP_LT: 2,
  SCMP_CMP_LE: 3,
  SCMP_CMP_EQ: 4,
  SCMP_CMP_GE: 5,
  SCMP_CMP_GT: 6,
  SCMP_CMP_MASKED_EQ: 7,
}

export function encodeAction(a: ResolvedAction): number {
  const base = RET[a.action]
  return a.action === 'errno' || a.action === 'trace' ? (base | ((a.value ?? 0) & 0xffff)) >>> 0 : base
}

function kernelErr(err: unknown): unknown {
  const e = err as { code?: string; syscall?: string; path?: string }
  if (e && typeof e.code === 'string' && /^E[A-Z0-9]+$/.test(e.code)) return new KernelError(e.code, e.syscall ?? 'seccomp', e.path, undefined, { cause: err })
  return err
}

type CompileArgs = Parameters<RawSeccompBinding['seccompCompile']>

/** Resolved filter → the addon's arguments: encoded actions and operators, fallback numbers. */
function compileArgs(resolved: ResolvedSeccomp): CompileArgs {
  const native = resolved.arches[0] ?? 'x86_64'
  const rules = resolved.rules.map((r) => ({
    name: r.syscall,
    nr: recentSyscallNumber(r.syscall, native) ?? -1,
    action: encodeAction(r.action),
    args: r.args.map((a) => ({ index: a.index, op: OP[a.op], value: a.value, valueTwo: a.valueTwo })),
  }))
  return [[...resolved.arches], encodeAction(resolved.defaultAction), rules]
}

/** The wrapper is a function of the binding, so it can be tested with a stub binding. */
export function createSeccompNative(binding: RawSeccompBinding): SeccompNative {
  return {
    compile(resolved) {
      try {
        return binding.seccompCompile(...compileArgs(resolved))
      } catch (err) {
        throw kernelErr(err)
      }
    },
    compileAsync: (resolved) => binding.seccompCompileAsync(...compileArgs(resolved)).catch((err: unknown) => Promise.reject(kernelErr(err))),
    runUnderFilter: (bpf, argv) => binding.seccompRunUnderFilter(bpf, argv).catch((err: unknown) => Promise.reject(kernelErr(err))),
    version: () => binding.seccompVersion(),
  }
}

let cached: SeccompNative | undefined
export function seccompNative(): SeccompNative {
  cached ??= createSeccompNative(loadBinding<RawSeccompBinding>())
  return cached
}
