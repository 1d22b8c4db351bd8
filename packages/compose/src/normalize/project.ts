import type { ComposeModel } from '../model/types.js'
import type { NormalizeContext } from './context.js'
import { fail, isRecord } from './context.js'
import { VALIDATION_CODES as C } from '../validate/error-codes.js'
import { mapping, scalarString } from './mappings.js'
import { normalizeServiceKeys } from './service.js'
import { resolvePath } from './paths.js'
import { envFileEntries } from './env-files.js'

export interface NormalizeOptions {
  /** Apply docker compose's implicit defaults (default network, resource names, implicit
   *  dependencies). `config --no-normalize` turns this off; long syntax is always produced. */
  readonly defaults: boolean
}

const TOP_LEVEL_RESOURCES = ['networks', 'volumes', 'secrets', 'configs'] as const
const SERVICE_PREFIX = 'service:'

function toBool(v: unknown): boolean {
  return typeof v === 'boolean' ? v : /^(true|1|yes|on)$/i.test(String(v))
}

/** A top-level network/volume/secret/config in canonical form. */
function normalizeResource(kind: string, key: string, raw: unknown, ctx: NormalizeContext, defaults: boolean): Record<string, unknown> {
  const r: Record<string, unknown> = isRecord(raw) ? { ...raw } : {}
  if (r.external !== undefined) {
    // Legacy `external: { name: x }` means name x, external true.
    if (isRecord(r.external)) {
      if (r.external.name !== undefined) {
        if (r.name !== undefined && r.name !== r.external.name) {
          fail(ctx, C.CONFLICTING_OPTIONS, [kind, key, 'external', 'name'], `"${kind}.${key}.external.name" (deprecated) and "${kind}.${key}.name" disagree`)
        }
        r.name = r.external.name
      }
      r.external = true
    } else r.external = toBool(r.external)
  }
  for (const k of ['internal', 'attachable', 'enable_ipv4', 'enable_ipv6']) if (r[k] !== undefined) r[k] = toBool(r[k])
  if (r.labels !== undefined) r.labels = mapping(r.labels)
  if (isRecord(r.driver_opts)) r.driver_opts = Object.fromEntries(Object.entries(r.driver_opts).map(([k, v]) => [k, scalarString(v)]))
  if ((kind === 'secrets' || kind === 'configs') && typeof r.file === 'string') r.file = resolvePath(ctx, r.file)
  if (kind === 'volumes' && isRecord(r.driver_opts) && (r.driver === undefined || r.driver === 'local') && r.driver_opts.o === 'bind' && typeof r.driver_opts.device === 'string') {
    // A local volume with o=bind is a bind mount in disguise: its device is a host path.
    r.driver_opts = { ...r.driver_opts, device: resolvePath(ctx, r.driver_opts.device) }
  }
  if (defaults && r.name === undefined) r.name = r.external === true ? key : `${ctx.projectName}_${key}`
  return r
}

function implicitDependencies(svc: Record<string, unknown>): void {
  const deps: Record<string, unknown> = isRecord(svc.depends_on) ? { ...svc.depends_on } : {}
  const add = (name: string, restart: boolean): void => {
    if (!(name in deps)) deps[name] = restart ? { condition: 'service_started', restart: true, required: true } : { condition: 'service_started', required: true }
  }
  for (const link of (svc.links as string[] | undefined) ?? []) add(link.split(':')[0]!, true)
  for (const key of ['network_mode', 'ipc', 'pid', 'uts', 'cgroup']) {
    const ref = svc[key]
    if (typeof ref === 'string' && ref.startsWith(SERVICE_PREFIX)) add(ref.slice(SERVICE_PREFIX.length), true)
  }
  for (const from of (svc.volumes_from as string[] | undefined) ?? []) {
    if (!from.startsWith('container:')) add(from.split(':')[0]!, false)
  }
  if (Object.keys(deps).length > 0) svc.depends_on = deps
}

/**
 * Merged compose document -> normalized model: every short syntax in long form, paths
 * absolute, env_file folded into environment, and (with `defaults`) the implicit default
 * network, `<project>_<key>` resource names and implicit dependencies docker compose adds.
 */
export function normalizeModel(doc: Record<string, unknown>, ctx: NormalizeContext, options: NormalizeOptions): ComposeModel {
  const out: Record<string, unknown> = { name: ctx.projectName }
  const services: Record<string, Record<string, unknown>> = {}
  let usesDefaultNetwork = false
  for (const [name, raw] of Object.entries((doc.services as Record<string, unknown> | undefined) ?? {})) {
    const src = { ...(raw as Record<string, unknown>) }
    if (src.env_file !== undefined) {
      const fromFiles = envFileEntries(name, src.env_file, ctx)
      const own = src.environment
      // `environment` wins over env_file; both become one mapping.
      src.environment = { ...fromFiles, ...(own === undefined ? {} : Object.fromEntries(Object.entries(listToRecord(own)))) }
      delete src.env_file
    }
    delete src.extends
    const svc = normalizeServiceKeys(name, src, ctx)
    if (options.defaults) {
      implicitDependencies(svc)
      if (svc.network_mode === undefined && svc.provider === undefined) {
        if (!isRecord(svc.networks) || Object.keys(svc.networks).length === 0) svc.networks = { default: null }
        if ('default' in (svc.networks as object)) usesDefaultNetwork = true
      }
    }
    services[name] = svc
  }
  out.services = services
  for (const kind of TOP_LEVEL_RESOURCES) {
    const declared = doc[kind]
    const entries: Record<string, unknown> = {}
    for (const [key, raw] of Object.entries(isRecord(declared) ? declared : {})) entries[key] = normalizeResource(kind, key, raw, ctx, options.defaults)
    if (kind === 'networks' && options.defaults && usesDefaultNetwork && !('default' in entries)) {
      entries.default = normalizeResource(kind, 'default', null, ctx, true)
    }
    if (Object.keys(entries).length > 0) out[kind] = entries
  }
  if (isRecord(doc.models)) out.models = doc.models
  for (const [k, v] of Object.entries(doc)) if (k.startsWith('x-')) out[k] = v
  return out as unknown as ComposeModel
}

/** environment in list form -> record with null for bare keys, so env_file can sit under it. */
function listToRecord(v: unknown): Record<string, unknown> {
  if (!Array.isArray(v)) return isRecord(v) ? v : {}
  const r: Record<string, unknown> = {}
  for (const item of v) {
    const s = String(item)
    const eq = s.indexOf('=')
    if (eq === -1) r[s] = null
    else r[s.slice(0, eq)] = s.slice(eq + 1)
  }
  return r
}
