import { existsSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs'
import { basename, join } from 'node:path'
import { release } from 'node:os'
import { RuntimeError } from '../errors.js'
import {
  defaultSysctls, listThermalThrottle, maskedPaths, ownCapabilities, parseSecurityOpts, readonlyPaths, resolveCapabilities,
  resolveSeccomp, seccompBpfPath, selectSeccompProfile,
} from '../security/index.js'
import type { ContainerRecord } from './config.js'
import type { SecurityPlan, SecurityPlanner } from './security-plan.js'

const ARCH: Record<string, string> = { x64: 'x86_64', arm64: 'aarch64' }

/** What "all capabilities" can mean here: this process' bounding set, read once. */
let available: bigint | undefined | null = null
function availableCapabilities(): bigint | undefined {
  if (available === null) available = ownCapabilities()
  return available
}

/**
 * Docker's security for a container from src/security: capabilities (cap add/drop,
 * privileged, non-root), masked and read-only paths, default sysctls, no-new-privileges and
 * the seccomp profile compiled once per distinct filter under <root>/seccomp.
 */
export class DockerSecurity implements SecurityPlanner {
  private thermal: string[] | undefined

  constructor(private readonly stateRoot: string) {}

  /** Checked at create so a bad --cap-add or --security-opt leaves nothing behind. */
  validate(rec: ContainerRecord): void {
    const h = rec.HostConfig
    resolveCapabilities({ capAdd: h.CapAdd, capDrop: h.CapDrop, privileged: h.Privileged, uid: rec.Process.uid, available: availableCapabilities() })
    const opts = parseSecurityOpts(h.SecurityOpt)
    if (opts.seccomp.kind === 'file') selectSeccompProfile(opts.seccomp, { fileText: profileText(opts.seccomp.path) })
  }

  plan(rec: ContainerRecord, o: { privateNetns: boolean }): SecurityPlan {
    const h = rec.HostConfig
    const caps = resolveCapabilities({ capAdd: h.CapAdd, capDrop: h.CapDrop, privileged: h.Privileged, uid: rec.Process.uid, available: availableCapabilities() })
    const opts = parseSecurityOpts(h.SecurityOpt)
    const profile = selectSeccompProfile(opts.seccomp, {
      privileged: h.Privileged,
      ...(opts.seccomp.kind === 'file' ? { fileText: profileText(opts.seccomp.path) } : {}),
    })
    let seccompPath: string | undefined
    if (profile) {
      const arch = ARCH[process.arch] ?? process.arch
      // The default profile resolves to the same filter for the same caps, arch and kernel:
      // an alias file named by those skips resolving the 442-name profile on every start.
      const alias = opts.seccomp.kind === 'default' ? join(this.stateRoot, 'seccomp', `default-${caps.bounding.toString(16)}-${arch}-${release()}.bpf`) : undefined
      if (alias && existsSync(alias)) seccompPath = alias
      else {
        seccompPath = seccompBpfPath(this.stateRoot, resolveSeccomp(profile, caps.names, arch, { kernel: release() }))
        if (alias) publishAlias(seccompPath, alias)
      }
    }
    const unconfinedPaths = h.Privileged || opts.unconfinedSystemPaths
    this.thermal ??= listThermalThrottle()
    return {
      caps: { bounding: caps.bounding, effective: caps.effective, permitted: caps.permitted, inheritable: caps.inheritable, ambient: caps.ambient },
      noNewPrivileges: opts.noNewPrivileges,
      ...(seccompPath ? { seccompPath } : {}),
      maskedPaths: maskedPaths({ privileged: unconfinedPaths, thermalThrottle: this.thermal }),
      readonlyPaths: readonlyPaths({ privileged: unconfinedPaths }),
      sysctls: { ...defaultSysctls({ privateNetns: o.privateNetns }), ...h.Sysctls },
    }
  }
}

function publishAlias(target: string, alias: string): void {
  const tmp = `${alias}.${process.pid}.tmp`
  try {
    symlinkSync(basename(target), tmp)
    renameSync(tmp, alias)
  } catch {
    rmSync(tmp, { force: true })
  }
}

/** A seccomp=… value is a path (the CLI form) or the profile JSON itself (the API form, as docker's client sends). */
function profileText(pathOrJson: string): string {
  if (pathOrJson.trimStart().startsWith('{')) return pathOrJson
  try {
    return readFileSync(pathOrJson, 'utf8')
  } catch {
    throw new RuntimeError('INVALID_SECURITY_OPT', `opening seccomp profile (${pathOrJson}) failed: no such file or directory`, { exitCode: 125 })
  }
}
