import { ComposeFileError, COMPOSE_ERROR_CODES } from '../errors.js'
import { isPlainObject } from './merge-tags.js'

type Obj = Record<string, unknown>

export interface ProfilesResult {
  /** The model with disabled services removed (their dependents' depends_on left as written). */
  readonly model: Obj
  /** Active profiles after adding those of explicitly targeted services. */
  readonly activeProfiles: readonly string[]
  readonly enabled: readonly string[]
  /** Disabled service name -> its profiles. */
  readonly disabled: Readonly<Record<string, readonly string[]>>
}

export interface ProfilesOptions {
  /**
   * Fail when an enabled service needs a disabled one (default true), with docker compose's
   * message; `config` passes false and lets the consistency checks report it.
   */
  readonly strict?: boolean
}

/**
 * Applies profiles as docker compose does: a service without `profiles` is always enabled;
 * one with profiles is enabled when one of them is active (`*` activates all). A service
 * targeted on the command line (`up db`) adds its own profiles to the active set, so the
 * services sharing them are enabled too; the profiles of its dependencies are NOT activated:
 * a required dependency left disabled is an error (`service "db" is required by "web" but is
 * disabled. Can be enabled by profiles [dev]`), an optional one (`required: false`) stays in
 * depends_on, as compose-go's WithProfiles leaves it: `config` prints it, the dependency
 * graph ignores it.
 */
export function applyProfiles(
  model: Obj,
  activeProfiles: readonly string[],
  targetedServices: readonly string[] = [],
  opts: ProfilesOptions = {},
): ProfilesResult {
  const services = isPlainObject(model.services) ? model.services : {}
  const profilesOf = (name: string): string[] => {
    const p = (services[name] as Obj | undefined)?.profiles
    return Array.isArray(p) ? p.map(String) : typeof p === 'string' ? [p] : []
  }
  const active = [...activeProfiles]
  const isEnabled = (name: string, profiles: readonly string[]) => {
    const own = profilesOf(name)
    return own.length === 0 || profiles.includes('*') || own.some((p) => profiles.includes(p))
  }
  for (const t of targetedServices) {
    if (!Object.hasOwn(services, t)) {
      throw new ComposeFileError(COMPOSE_ERROR_CODES.NO_SUCH_SERVICE, `no such service: ${t}`)
    }
    if (!isEnabled(t, activeProfiles)) for (const p of profilesOf(t)) if (!active.includes(p)) active.push(p)
  }

  const enabled: string[] = []
  const disabled: Record<string, string[]> = {}
  for (const name of Object.keys(services)) {
    if (isEnabled(name, active)) enabled.push(name)
    else disabled[name] = profilesOf(name)
  }

  const kept: Obj = {}
  for (const name of enabled) {
    kept[name] = checkDisabledDependencies(name, services[name], disabled, opts.strict !== false)
  }
  return { model: { ...model, services: kept }, activeProfiles: active, enabled, disabled }
}

function checkDisabledDependencies(name: string, svc: unknown, disabled: Record<string, string[]>, strict: boolean): unknown {
  if (!isPlainObject(svc)) return svc
  const fail = (dep: string): never => {
    throw new ComposeFileError(COMPOSE_ERROR_CODES.SERVICE_DISABLED,
      `service "${dep}" is required by "${name}" but is disabled. Can be enabled by profiles [${disabled[dep].join(' ')}]`,
      { hint: `enable one of those profiles with --profile or COMPOSE_PROFILES` })
  }
  const isOff = (dep: string) => Object.hasOwn(disabled, dep)
  const dependsOn = svc.depends_on
  if (Array.isArray(dependsOn)) {
    for (const d of dependsOn) if (typeof d === 'string' && isOff(d) && strict) fail(d)
  } else if (isPlainObject(dependsOn)) {
    for (const [dep, cfg] of Object.entries(dependsOn)) {
      const required = !(isPlainObject(cfg) && (cfg.required === false || cfg.required === 'false'))
      if (isOff(dep) && required && strict) fail(dep)
    }
  }
  if (!strict) return svc
  const refs: string[] = []
  if (Array.isArray(svc.links)) for (const l of svc.links) if (typeof l === 'string') refs.push(l.split(':')[0])
  if (Array.isArray(svc.volumes_from)) {
    for (const v of svc.volumes_from) if (typeof v === 'string' && !v.startsWith('container:')) refs.push(v.split(':')[0])
  }
  for (const key of ['network_mode', 'pid', 'ipc'] as const) {
    const v = svc[key]
    if (typeof v === 'string' && v.startsWith('service:')) refs.push(v.slice('service:'.length))
  }
  for (const r of refs) if (isOff(r)) fail(r)
  return svc
}

/** `COMPOSE_PROFILES=a,b` as docker compose reads it (empty items ignored). */
export function profilesFromEnv(value: string | undefined): string[] {
  if (!value) return []
  return value.split(',').map((s) => s.trim()).filter((s) => s !== '')
}
