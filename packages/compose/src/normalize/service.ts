import type { KeyPath, NormalizeContext } from './context.js'
import { attempt, fail, isRecord } from './context.js'
import { VALIDATION_CODES as C } from '../validate/error-codes.js'
import { canonicalBytes, canonicalDuration, shellSplit } from './units.js'
import { parsePortSpec, type RawPort } from './ports.js'
import { cleanTarget, parseDeviceSpec, parseVolumeSpec, type RawVolume } from './volumes.js'
import { hostsList, mapping, mappingWithEquals, scalarString, stringList } from './mappings.js'
import { isNonPathContext, isRemoteContext, resolvePath } from './paths.js'

type Transform = (value: unknown, ctx: NormalizeContext, path: KeyPath, service: Record<string, unknown>) => unknown

const duration = (code: string): Transform => (v, ctx, path) => attempt(ctx, code, path, () => canonicalDuration(v),
  'durations are written like 10s, 1m30s, 500ms or 1h')
const bytes: Transform = (v, ctx, path) => attempt(ctx, C.INVALID_SIZE, path, () => canonicalBytes(v),
  'sizes are written like 512m, 1g, 64k or a number of bytes')
const toNumber: Transform = (v, ctx, path) => {
  const n = typeof v === 'number' ? v : Number(v)
  if (typeof v === 'string' && v.trim() === '') fail(ctx, C.INVALID_VALUE, path, `expected a number, found ""`)
  if (!Number.isFinite(n)) fail(ctx, C.INVALID_VALUE, path, `expected a number, found "${String(v)}"`)
  return n
}
const toBool: Transform = (v) => (typeof v === 'boolean' ? v : /^(true|1|yes|on)$/i.test(String(v)))
const list: Transform = (v) => stringList(v)
const asMapping: Transform = (v) => mapping(v)

const command: Transform = (v, ctx, path) => {
  if (v === null) return null
  if (typeof v === 'string') return attempt(ctx, C.INVALID_COMMAND, path, () => shellSplit(v))
  return (v as unknown[]).map(scalarString)
}

function ports(value: unknown, ctx: NormalizeContext, path: KeyPath): RawPort[] {
  const out: RawPort[] = []
  ;(value as unknown[]).forEach((entry, i) => {
    const at = [...path, i]
    if (typeof entry === 'number') out.push({ mode: 'ingress', target: entry, protocol: 'tcp' })
    else if (typeof entry === 'string') out.push(...attempt(ctx, C.INVALID_PORT, at, () => parsePortSpec(entry)))
    else if (isRecord(entry)) {
      const p: RawPort = { ...entry, target: Number(toNumber(entry.target, ctx, [...at, "target"], entry)) }
      if (entry.published !== undefined && entry.published !== null) p.published = scalarString(entry.published)
      p.mode ??= 'ingress'
      p.protocol ??= 'tcp'
      if (p.target < 1 || p.target > 65535 || !Number.isInteger(p.target)) {
        fail(ctx, C.INVALID_PORT, [...at, 'target'], `invalid container port ${p.target}: expected 1-65535`)
      }
      out.push(p)
    }
  })
  return out
}

function volumes(value: unknown, ctx: NormalizeContext, path: KeyPath): RawVolume[] {
  return (value as unknown[]).map((entry, i) => {
    const at = [...path, i]
    const vol: RawVolume = typeof entry === 'string'
      ? attempt(ctx, C.INVALID_VOLUME, at, () => parseVolumeSpec(entry))
      : structuredClone(entry as RawVolume)
    vol.target = cleanTarget(String(vol.target ?? ''))
    if (vol.type !== 'tmpfs' && vol.type !== 'npipe' && !vol.target) fail(ctx, C.INVALID_VOLUME, at, 'a volume needs a target path in the container')
    if (vol.read_only !== undefined) vol.read_only = Boolean(toBool(vol.read_only, ctx, at, {}))
    if (vol.type === 'bind') {
      if (!vol.source) fail(ctx, C.INVALID_VOLUME, at, 'a bind mount needs a source path on the host')
      vol.source = resolvePath(ctx, vol.source)
      if (vol.bind) {
        vol.bind.create_host_path = vol.bind.create_host_path === undefined ? true : Boolean(toBool(vol.bind.create_host_path, ctx, at, {}))
      }
    }
    if (vol.type === 'volume' && vol.volume?.nocopy !== undefined) vol.volume.nocopy = Boolean(toBool(vol.volume.nocopy, ctx, at, {}))
    if (vol.type === 'tmpfs' && isRecord(vol.tmpfs)) {
      const t = vol.tmpfs as Record<string, unknown>
      if (t.size !== undefined) t.size = (attempt(ctx, C.INVALID_SIZE, [...at, 'tmpfs', 'size'], () => canonicalBytes(t.size)))
      if (t.mode !== undefined) t.mode = typeof t.mode === 'number' ? t.mode : parseInt(String(t.mode), 8)
    }
    return vol
  })
}

function dependsOn(value: unknown): Record<string, unknown> {
  if (Array.isArray(value)) {
    return Object.fromEntries(value.map((n) => [String(n), { condition: 'service_started', required: true }]))
  }
  const out: Record<string, unknown> = {}
  for (const [name, dep] of Object.entries(value as Record<string, Record<string, unknown>>)) {
    const d: Record<string, unknown> = { ...dep, condition: dep.condition ?? 'service_started', required: dep.required ?? true }
    if (d.restart !== undefined) d.restart = toBool(d.restart, undefined as never, [], {})
    if (d.restart === false) delete d.restart
    out[name] = d
  }
  return out
}

function networks(value: unknown): Record<string, unknown> {
  if (Array.isArray(value)) return Object.fromEntries(value.map((n) => [String(n), null]))
  return { ...(value as Record<string, unknown>) }
}

function healthcheck(value: unknown, ctx: NormalizeContext, path: KeyPath): Record<string, unknown> {
  const h = { ...(value as Record<string, unknown>) }
  if (typeof h.test === 'string') h.test = ['CMD-SHELL', h.test]
  else if (Array.isArray(h.test)) h.test = h.test.map(scalarString)
  for (const k of ['interval', 'timeout', 'start_period', 'start_interval']) {
    if (h[k] !== undefined) h[k] = duration(C.INVALID_DURATION)(h[k], ctx, [...path, k], h)
  }
  if (h.retries !== undefined) h.retries = toNumber(h.retries, ctx, [...path, 'retries'], h)
  if (h.disable !== undefined) h.disable = toBool(h.disable, ctx, path, h)
  return h
}

function ulimits(value: unknown, ctx: NormalizeContext, path: KeyPath): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (isRecord(v)) out[k] = { soft: toNumber(v.soft, ctx, [...path, k, 'soft'], {}), hard: toNumber(v.hard, ctx, [...path, k, 'hard'], {}) }
    else out[k] = { single: toNumber(v, ctx, [...path, k], {}) }
  }
  return out
}

function fileRefs(defaultTarget: ((source: string) => string) | undefined): Transform {
  return (value) => (value as unknown[]).map((entry) => {
    const ref: Record<string, unknown> = typeof entry === 'string' ? { source: entry } : { ...(entry as object) }
    if (defaultTarget && ref.target === undefined) ref.target = defaultTarget(String(ref.source))
    if (ref.mode !== undefined && typeof ref.mode === 'string') ref.mode = parseInt(ref.mode, 8)
    return ref
  })
}

function build(value: unknown, ctx: NormalizeContext, path: KeyPath): Record<string, unknown> {
  const b: Record<string, unknown> = typeof value === 'string' ? { context: value } : { ...(value as object) }
  const context = String(b.context ?? '.')
  b.context = isRemoteContext(context) ? context : resolvePath(ctx, context)
  if (b.dockerfile === undefined && b.dockerfile_inline === undefined) b.dockerfile = 'Dockerfile'
  if (b.args !== undefined) b.args = mappingWithEquals(b.args, ctx, false)
  if (b.labels !== undefined) b.labels = mapping(b.labels)
  if (b.additional_contexts !== undefined) {
    const ac = mapping(b.additional_contexts)
    for (const [k, v] of Object.entries(ac)) ac[k] = isNonPathContext(v) ? v : resolvePath(ctx, v)
    b.additional_contexts = ac
  }
  if (b.ssh !== undefined) {
    b.ssh = Array.isArray(b.ssh) ? b.ssh.map(scalarString) : Object.entries(mapping(b.ssh)).map(([k, v]) => (v ? `${k}=${v}` : k))
  }
  if (b.shm_size !== undefined) b.shm_size = bytes(b.shm_size, ctx, [...path, 'shm_size'], b)
  if (b.extra_hosts !== undefined) b.extra_hosts = hostsList(b.extra_hosts, ctx, [...path, 'extra_hosts'])
  if (b.secrets !== undefined) b.secrets = fileRefs(undefined)(b.secrets, ctx, [...path, 'secrets'], b)
  if (b.ulimits !== undefined) b.ulimits = ulimits(b.ulimits, ctx, [...path, 'ulimits'])
  for (const k of ['no_cache', 'pull', 'privileged']) if (b[k] !== undefined) b[k] = toBool(b[k], ctx, path, b)
  return b
}

function resources(value: unknown, ctx: NormalizeContext, path: KeyPath): Record<string, unknown> {
  const r = { ...(value as Record<string, unknown>) }
  if (r.cpus !== undefined) r.cpus = toNumber(r.cpus, ctx, [...path, 'cpus'], r)
  if (r.memory !== undefined) r.memory = bytes(r.memory, ctx, [...path, 'memory'], r)
  if (r.pids !== undefined) r.pids = toNumber(r.pids, ctx, [...path, 'pids'], r)
  return r
}

function deploy(value: unknown, ctx: NormalizeContext, path: KeyPath): Record<string, unknown> | undefined {
  if (value === null) return undefined
  const d = structuredClone(value as Record<string, unknown>)
  if (d.replicas !== undefined) d.replicas = toNumber(d.replicas, ctx, [...path, 'replicas'], d)
  if (d.labels !== undefined) d.labels = mapping(d.labels)
  const res = d.resources as Record<string, unknown> | undefined
  if (res?.limits) res.limits = resources(res.limits, ctx, [...path, 'resources', 'limits'])
  if (res?.reservations) res.reservations = resources(res.reservations, ctx, [...path, 'resources', 'reservations'])
  const rp = d.restart_policy as Record<string, unknown> | undefined
  if (rp) {
    for (const k of ['delay', 'window']) if (rp[k] !== undefined) rp[k] = duration(C.INVALID_DURATION)(rp[k], ctx, [...path, 'restart_policy', k], rp)
    if (rp.max_attempts !== undefined) rp.max_attempts = toNumber(rp.max_attempts, ctx, [...path, 'restart_policy', 'max_attempts'], rp)
  }
  for (const key of ['update_config', 'rollback_config']) {
    const u = d[key] as Record<string, unknown> | undefined
    if (!u) continue
    for (const k of ['delay', 'monitor']) if (u[k] !== undefined) u[k] = duration(C.INVALID_DURATION)(u[k], ctx, [...path, key, k], u)
    for (const k of ['parallelism', 'max_failure_ratio']) if (u[k] !== undefined) u[k] = toNumber(u[k], ctx, [...path, key, k], u)
  }
  return d
}

function devices(value: unknown, ctx: NormalizeContext, path: KeyPath): unknown[] {
  return (value as unknown[]).map((entry, i) => (typeof entry === 'string'
    ? attempt(ctx, C.INVALID_DEVICE, [...path, i], () => parseDeviceSpec(entry))
    : { permissions: 'rwm', ...(entry as object), target: (entry as { target?: string; source: string }).target ?? (entry as { source: string }).source }))
}

/** develop.watch as compose-go resolves it: paths absolute, ignore/include as lists. */
function develop(value: unknown, ctx: NormalizeContext): unknown {
  if (!isRecord(value) || !Array.isArray(value.watch)) return value
  return {
    ...value,
    watch: value.watch.map((rule) => {
      if (!isRecord(rule)) return rule
      const r: Record<string, unknown> = { ...rule }
      if (typeof r.path === 'string') r.path = resolvePath(ctx, r.path)
      for (const k of ['ignore', 'include'] as const) if (typeof r[k] === 'string') r[k] = [r[k]]
      return r
    }),
  }
}

function logging(value: unknown): Record<string, unknown> {
  const l = { ...(value as Record<string, unknown>) }
  if (isRecord(l.options)) {
    l.options = Object.fromEntries(Object.entries(l.options).map(([k, v]) => [k, v === null ? null : scalarString(v)]))
  }
  return l
}

const numberKeys = ['cpu_count', 'cpu_period', 'cpu_quota', 'cpu_rt_period', 'cpu_rt_runtime', 'cpu_shares', 'pids_limit', 'oom_score_adj', 'scale', 'mem_swappiness', 'cpu_percent', 'cpus'] as const
const boolKeys = ['privileged', 'read_only', 'init', 'tty', 'stdin_open', 'oom_kill_disable', 'attach'] as const

/**
 * Short syntax -> long syntax, one entry per service key (the path is `services.*.<key>`).
 * Keys absent from the table are already canonical and pass through unchanged.
 */
export const SERVICE_TRANSFORMS: Readonly<Record<string, Transform | undefined>> = {
  build,
  command,
  entrypoint: command,
  environment: (v, ctx) => mappingWithEquals(v, ctx, true),
  ports,
  expose: (v) => (v as unknown[]).map(scalarString),
  volumes,
  depends_on: dependsOn,
  networks,
  healthcheck,
  ulimits,
  deploy,
  devices,
  develop,
  logging,
  labels: asMapping,
  annotations: asMapping,
  sysctls: asMapping,
  extra_hosts: (v, ctx, path) => hostsList(v, ctx, path),
  dns: list,
  dns_search: list,
  tmpfs: list,
  label_file: list,
  secrets: fileRefs((s) => `/run/secrets/${s}`),
  configs: fileRefs(undefined),
  mem_limit: bytes,
  mem_reservation: bytes,
  memswap_limit: bytes,
  shm_size: bytes,
  stop_grace_period: duration(C.INVALID_DURATION),
  group_add: (v) => (v as unknown[]).map(scalarString),
  pull_policy: (v) => (v === 'if_not_present' ? 'missing' : v),
  ...Object.fromEntries(numberKeys.map((k) => [k, toNumber])),
  ...Object.fromEntries(boolKeys.map((k) => [k, toBool])),
}

/** Normalizes one service's keys through SERVICE_TRANSFORMS; undefined results are dropped. */
export function normalizeServiceKeys(name: string, raw: Record<string, unknown>, ctx: NormalizeContext): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(raw)) {
    const fn = SERVICE_TRANSFORMS[key]
    const v = fn && value !== undefined ? fn(value, ctx, ['services', name, key], raw) : value
    if (v !== undefined) out[key] = v
  }
  return out
}
