import { createHash } from 'node:crypto'
import type { Service } from './types.js'
import { hostsAsList } from './printable.js'
import { NESTED, SERVICE_FIELDS } from './field-order.js'

/**
 * The service config hash docker compose stores as the `com.docker.compose.config-hash` label
 * and prints with `config --hash`: sha256 of the JSON encoding (Go encoding/json) of the
 * service without build, pull_policy, scale, deploy.replicas, depends_on and profiles.
 * Go encodes struct fields in declaration order and map keys sorted, so we list the field
 * orders of compose-go's types here; keys we do not list follow, sorted.
 */
export const CONFIG_HASH_LABEL = 'com.docker.compose.config-hash'

/** Keys whose values are Go maps (sorted keys), not structs. */
const MAPS = new Set(['annotations', 'environment', 'labels', 'sysctls', 'storage_opt', 'networks', 'ulimits', 'logging.options', 'deploy.labels', 'networks.*.driver_opts'])

/** Go's encoding/json escapes <, > and & (and U+2028/9) inside strings. */
function goString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function encode(value: unknown, path: string): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string') return goString(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return `[${value.map((v) => encode(v, path)).join(',')}]`
  const obj = value as Record<string, unknown>
  if (path === 'ulimits.*' && typeof obj.single === 'number') return String(obj.single)
  const isMap = MAPS.has(path)
  const order = isMap ? [] : (NESTED[path] ?? [])
  const keys = [...order.filter((k) => k in obj), ...Object.keys(obj).filter((k) => !order.includes(k)).sort()]
  const parts: string[] = []
  for (const k of keys) {
    const v = obj[k]
    if (!isMap && isEmpty(v)) continue
    const childPath = isMap ? `${path}.*` : path === '' ? k : `${path}.${k}`
    parts.push(`${goString(k)}:${encode(v, childPath)}`)
  }
  return `{${parts.join(',')}}`
}

/** Go's omitempty: zero values and empty collections are left out. */
function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === false || v === 0 || v === '' ||
    (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && Object.keys(v).length === 0)
}

/** The JSON docker compose hashes for a service (exported for tests and debugging). */
export function configHashInput(service: Service): string {
  const s: Record<string, unknown> = { ...service }
  for (const k of ['build', 'pull_policy', 'scale', 'depends_on', 'profiles']) delete s[k]
  for (const k of Object.keys(s)) if (k.startsWith('x-')) delete s[k]
  if (s.deploy) {
    const d = { ...(s.deploy as Record<string, unknown>) }
    delete d.replicas
    s.deploy = d
  }
  if (s.extra_hosts && !Array.isArray(s.extra_hosts)) s.extra_hosts = hostsAsList(s.extra_hosts as Record<string, string[]>)
  const parts: string[] = []
  const known = new Set(SERVICE_FIELDS)
  const keys = [...SERVICE_FIELDS, ...Object.keys(s).filter((k) => !known.has(k)).sort()]
  for (const k of keys) {
    const v = s[k]
    // command and entrypoint are encoded even when empty: docker compose does not omit them.
    if (k === 'command' || k === 'entrypoint') {
      parts.push(`${goString(k)}:${encode(v ?? null, k)}`)
      continue
    }
    if (isEmpty(v)) continue
    parts.push(`${goString(k)}:${encode(v, k)}`)
  }
  return `{${parts.join(',')}}`
}

export function configHash(service: Service): string {
  return createHash('sha256').update(configHashInput(service)).digest('hex')
}
