import type { ComposeModel } from './types.js'
import { NESTED } from './field-order.js'

const TOP_ORDER = ['name', 'services', 'networks', 'volumes', 'secrets', 'configs', 'models']

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** `extra_hosts` prints as sorted `host=ip` entries, as docker compose's HostsList does. */
export function hostsAsList(hosts: Readonly<Record<string, readonly string[]>>): string[] {
  return Object.entries(hosts).flatMap(([h, ips]) => ips.map((ip) => `${h}=${ip}`)).sort()
}

/** A ulimit with a single value prints as that number, as docker compose prints it. */
function ulimitsPrintable(u: Record<string, { single?: number; soft?: number; hard?: number }>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(u).map(([k, v]) => [k, v.single !== undefined ? v.single : { soft: v.soft, hard: v.hard }]))
}

function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]))
}

/** Orders an object's keys as the Go struct declares them; unknown keys follow, sorted. */
function ordered(o: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const keys = [...order.filter((k) => k in o), ...Object.keys(o).filter((k) => !order.includes(k)).sort()]
  return Object.fromEntries(keys.map((k) => [k, o[k]]))
}

function orderNested(value: unknown, path: string): unknown {
  if (Array.isArray(value)) return value.map((v) => orderNested(v, path))
  if (!isRecord(value)) return value
  const order = NESTED[path]
  if (!order) return value
  const o = ordered(value, order)
  for (const k of Object.keys(o)) if (NESTED[`${path}.${k}`]) o[k] = orderNested(o[k], `${path}.${k}`)
  return o
}

function servicePrintable(svc: Record<string, unknown>): Record<string, unknown> {
  const s = { ...svc }
  for (const k of ['ports', 'volumes', 'healthcheck', 'deploy', 'logging', 'secrets', 'configs', 'devices']) if (s[k] !== undefined) s[k] = orderNested(s[k], k)
  if (isRecord(s.depends_on)) s.depends_on = Object.fromEntries(Object.entries(s.depends_on).map(([k, v]) => [k, orderNested(v, 'depends_on')]))
  if (isRecord(s.extra_hosts)) s.extra_hosts = hostsAsList(s.extra_hosts as Record<string, string[]>)
  if (isRecord(s.ulimits)) s.ulimits = ulimitsPrintable(s.ulimits as Record<string, { single?: number }>)
  if (isRecord(s.build)) {
    const b = { ...s.build }
    if (isRecord(b.extra_hosts)) b.extra_hosts = hostsAsList(b.extra_hosts as Record<string, string[]>)
    if (isRecord(b.ulimits)) b.ulimits = ulimitsPrintable(b.ulimits as Record<string, { single?: number }>)
    s.build = b
  }
  return sortKeys(s)
}

/**
 * The model as docker compose prints it: the same fields, with the few types whose printed
 * form differs from their model form (extra_hosts, single-value ulimits) converted, and keys
 * in a stable order (top level as docker compose prints it, service keys sorted).
 */
export function toPrintable(model: ComposeModel): Record<string, unknown> {
  const m = model as unknown as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const k of TOP_ORDER) {
    if (m[k] === undefined) continue
    if (k === 'services') {
      out.services = Object.fromEntries(Object.entries(m.services as Record<string, Record<string, unknown>>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([n, s]) => [n, servicePrintable(s)]))
    } else out[k] = m[k]
  }
  for (const k of Object.keys(m)) if (!(k in out) && k.startsWith('x-')) out[k] = m[k]
  return out
}
