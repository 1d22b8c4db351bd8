import { RuntimeError } from '../errors.js'
import { DEFAULT_SECCOMP_PROFILE, EPERM } from './seccomp-default.js'
import { INVALID_SECCOMP_PROFILE, parseSeccompProfile } from './seccomp-parse.js'
import type {
  ResolvedAction,
  ResolvedRule,
  ResolvedSeccomp,
  SeccompActionName,
  SeccompArg,
  SeccompFilter,
  SeccompProfile,
} from './seccomp-types.js'
import type { SeccompChoice } from './security-opts.js'

/** libseccomp arch name → Go's GOARCH, which docker's includes/excludes compare against. */
const GOARCH: Record<string, string> = {
  x86_64: 'amd64',
  x86: '386',
  x32: 'x32',
  aarch64: 'arm64',
  arm: 'arm',
  ppc64le: 'ppc64le',
  s390x: 's390x',
  s390: 's390',
  riscv64: 'riscv64',
  loongarch64: 'loong64',
  mips64: 'mips64',
  mips64n32: 'mips64n32',
  mipsel64: 'mips64le',
}

const scmpArch = (a: string) => a.replace(/^SCMP_ARCH_/, '').toLowerCase()

function kernelAtLeast(kernel: string | undefined, min: string): boolean {
  if (!kernel) return true // unknown: assume new enough, as on any kernel this runtime supports
  const [a = 0, b = 0] = kernel.split(/[.-]/).map(Number)
  const [c = 0, d = 0] = min.split('.').map(Number)
  return a > c || (a === c && b >= d)
}

function toAction(name: SeccompActionName, errnoRet: number | undefined, where: string): ResolvedAction {
  switch (name) {
    case 'SCMP_ACT_ALLOW':
      return { action: 'allow' }
    case 'SCMP_ACT_ERRNO':
      return { action: 'errno', value: errnoRet ?? EPERM }
    case 'SCMP_ACT_TRACE':
      return { action: 'trace', value: errnoRet ?? EPERM }
    case 'SCMP_ACT_KILL':
    case 'SCMP_ACT_KILL_THREAD':
      return { action: 'kill_thread' }
    case 'SCMP_ACT_KILL_PROCESS':
      return { action: 'kill_process' }
    case 'SCMP_ACT_TRAP':
      return { action: 'trap' }
    case 'SCMP_ACT_LOG':
      return { action: 'log' }
    case 'SCMP_ACT_NOTIFY':
      throw new RuntimeError(INVALID_SECCOMP_PROFILE, `${where}: SCMP_ACT_NOTIFY needs a seccomp listener, which is not supported`, {
        exitCode: 125,
      })
  }
}

const sameAction = (a: ResolvedAction, b: ResolvedAction) => a.action === b.action && (a.value ?? 0) === (b.value ?? 0)

export interface ResolveSeccompOptions {
  /** Running kernel version (`6.18.4`) for minKernel filters; unknown = new enough. */
  readonly kernel?: string
}

/**
 * Resolves a docker profile for one container, as docker/runc do: rules whose includes do
 * not hold (arch, every listed cap in the bounding set, minKernel) or whose excludes match
 * are dropped; the archMap entry of the native arch gives the filter's arches; rules with
 * the default action are dropped (libseccomp refuses them); several comparisons on one
 * argument become separate rules (runc's OR semantics); one rule per syscall name.
 */
export function resolveSeccomp(
  profile: SeccompProfile,
  caps: readonly string[],
  arch = 'x86_64',
  opts: ResolveSeccompOptions = {},
): ResolvedSeccomp {
  const goarch = GOARCH[arch] ?? arch
  const capSet = new Set(caps)
  const applies = (f: SeccompFilter | undefined, include: boolean): boolean => {
    if (!f) return include
    if (include) {
      if (f.arches?.length && !f.arches.includes(goarch)) return false
      if (f.caps?.length && !f.caps.every((c) => capSet.has(c))) return false
      if (f.minKernel && !kernelAtLeast(opts.kernel, f.minKernel)) return false
      return true
    }
    // excludes: the rule is dropped when any listed arch or cap matches
    if (f.arches?.includes(goarch)) return true
    if (f.caps?.some((c) => capSet.has(c))) return true
    if (f.minKernel && kernelAtLeast(opts.kernel, f.minKernel)) return true
    return false
  }

  let arches: string[]
  const native = profile.archMap?.find((m) => scmpArch(m.architecture) === arch)
  if (profile.archMap?.length) arches = native ? [arch, ...native.subArchitectures.map(scmpArch)] : [arch]
  else if (profile.architectures?.length) arches = [arch, ...profile.architectures.map(scmpArch).filter((a) => a !== arch)]
  else arches = [arch]

  const defaultAction = toAction(profile.defaultAction, profile.defaultErrnoRet, 'defaultAction')
  const rules: ResolvedRule[] = []
  const seen = new Set<string>()
  const push = (syscall: string, action: ResolvedAction, args: readonly SeccompArg[]) => {
    const key = `${syscall}|${action.action}|${action.value ?? ''}|${args.map((a) => `${a.index}${a.op}${a.value}/${a.valueTwo}`).join(',')}`
    if (seen.has(key)) return
    seen.add(key)
    rules.push({ syscall, action, args })
  }
  profile.syscalls.forEach((rule, i) => {
    if (!applies(rule.includes, true) || applies(rule.excludes, false)) return
    const action = toAction(rule.action, rule.errnoRet, `syscalls[${i}]`)
    if (sameAction(action, defaultAction)) return
    const args = rule.args ?? []
    const perIndex = new Map<number, number>()
    for (const a of args) perIndex.set(a.index, (perIndex.get(a.index) ?? 0) + 1)
    for (const name of rule.names) {
      if (args.length === 0) {
        push(name, action, [])
        continue
      }
      const together: SeccompArg[] = []
      for (const a of args) {
        if (perIndex.get(a.index)! > 1) push(name, action, [a])
        else together.push(a)
      }
      if (together.length) push(name, action, together)
    }
  })
  return { defaultAction, arches, rules }
}

/**
 * The profile a container gets: none for `seccomp=unconfined` and for privileged
 * containers (docker skips seccomp for them), the parsed file for `seccomp=FILE`, else the
 * default. `fileText` is the JSON the CLI read from the path.
 */
export function selectSeccompProfile(choice: SeccompChoice, opts: { privileged?: boolean; fileText?: string } = {}): SeccompProfile | null {
  if (choice.kind === 'unconfined' || opts.privileged) return null
  if (choice.kind === 'file') {
    if (opts.fileText === undefined) {
      throw new RuntimeError(INVALID_SECCOMP_PROFILE, `seccomp profile ${choice.path}: the file was not read`, { exitCode: 125 })
    }
    return parseSeccompProfile(opts.fileText, choice.path)
  }
  return DEFAULT_SECCOMP_PROFILE
}

/** The syscalls a resolved filter allows without conditions (for tests and `inspect`). */
export function allowedSyscalls(resolved: ResolvedSeccomp): Set<string> {
  return new Set(resolved.rules.filter((r) => r.action.action === 'allow' && r.args.length === 0).map((r) => r.syscall))
}
