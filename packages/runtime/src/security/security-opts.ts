import { RuntimeError } from '../errors.js'

export const INVALID_SECURITY_OPT = 'INVALID_SECURITY_OPT'

export type SeccompChoice =
  | { readonly kind: 'default' }
  | { readonly kind: 'unconfined' }
  /** The CLI reads the file (docker does it client-side too) and passes the JSON text. */
  | { readonly kind: 'file'; readonly path: string }

export interface SecurityOpts {
  readonly noNewPrivileges: boolean
  readonly seccomp: SeccompChoice
  /** systempaths=unconfined: no masked or read-only /proc and /sys paths. */
  readonly unconfinedSystemPaths: boolean
  /** Options accepted for compatibility but without effect here (SELinux labels, AppArmor). */
  readonly notes: readonly string[]
}

const bad = (opt: string, why: string) =>
  new RuntimeError(INVALID_SECURITY_OPT, `invalid --security-opt ${JSON.stringify(opt)}: ${why}`, { exitCode: 125 })

function bool(opt: string, v: string): boolean {
  if (v === '' || v === 'true') return true
  if (v === 'false') return false
  throw bad(opt, 'expected true or false')
}

/**
 * docker's --security-opt values: `no-new-privileges[=|:true|false]`, `seccomp=unconfined`,
 * `seccomp=builtin`, `seccomp=<file.json>`, `systempaths=unconfined`; `label=…` and
 * `apparmor=…` are accepted and ignored with a note (no SELinux/AppArmor here). The
 * legacy `key:value` form is accepted like docker does.
 */
export function parseSecurityOpts(opts: readonly string[] = []): SecurityOpts {
  let noNewPrivileges = false
  let seccomp: SeccompChoice = { kind: 'default' }
  let unconfinedSystemPaths = false
  const notes: string[] = []
  for (const opt of opts) {
    if (opt === 'no-new-privileges') {
      noNewPrivileges = true
      continue
    }
    let i = opt.indexOf('=')
    if (i < 0) i = opt.indexOf(':')
    if (i < 0) throw bad(opt, 'expected key=value (no-new-privileges, seccomp, systempaths, label, apparmor)')
    const key = opt.slice(0, i)
    const value = opt.slice(i + 1)
    switch (key) {
      case 'no-new-privileges':
        noNewPrivileges = bool(opt, value)
        break
      case 'seccomp':
        if (value === 'unconfined') seccomp = { kind: 'unconfined' }
        else if (value === 'builtin' || value === 'default') seccomp = { kind: 'default' }
        else if (value === '') throw bad(opt, 'expected unconfined or the path of a JSON profile')
        else seccomp = { kind: 'file', path: value }
        break
      case 'systempaths':
        if (value !== 'unconfined') throw bad(opt, 'the only supported value is unconfined')
        unconfinedSystemPaths = true
        break
      case 'label':
        notes.push(`--security-opt ${opt} ignored: SELinux labels are not supported`)
        break
      case 'apparmor':
        notes.push(`--security-opt ${opt} ignored: AppArmor profiles are not supported`)
        break
      default:
        throw bad(opt, `unknown option "${key}"`)
    }
  }
  return { noNewPrivileges, seccomp, unconfinedSystemPaths, notes }
}
