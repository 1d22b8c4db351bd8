import type { NormalizeContext, KeyPath } from './context.js'
import { fail, isRecord } from './context.js'
import { VALIDATION_CODES } from '../validate/error-codes.js'

/** Scalars in mappings print as strings, as docker compose's Mapping types do. */
export function scalarString(v: unknown): string {
  return typeof v === 'string' ? v : String(v)
}

/**
 * `KEY=VALUE` list or mapping -> mapping with equals: `KEY` alone (or `KEY: null`) means
 * "take it from the project environment", and stays null when the environment lacks it
 * (keepUnset), or is dropped (build args).
 */
export function mappingWithEquals(
  value: unknown, ctx: NormalizeContext, keepUnset: boolean, resolve = true,
): Record<string, string | null> {
  const out: Record<string, string | null> = {}
  const put = (k: string, v: string | null): void => {
    if (v === null && resolve) {
      const env = ctx.lookup(k)
      if (env !== undefined) out[k] = env
      else if (keepUnset) out[k] = null
      return
    }
    out[k] = v
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = scalarString(item)
      const eq = s.indexOf('=')
      if (eq === -1) put(s, null)
      else put(s.slice(0, eq), s.slice(eq + 1))
    }
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) put(k, v === null || v === undefined ? null : scalarString(v))
  }
  return out
}

/** Labels, annotations, sysctls: a list `K=V` (or `K`, empty value) or a mapping, as a mapping. */
export function mapping(value: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = scalarString(item)
      const eq = s.indexOf('=')
      if (eq === -1) out[s] = ''
      else out[s.slice(0, eq)] = s.slice(eq + 1)
    }
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) out[k] = v === null || v === undefined ? '' : scalarString(v)
  }
  return out
}

/** `extra_hosts` as host -> addresses; `host:ip`, `host=ip`, mapping or list forms. */
export function hostsList(value: unknown, ctx: NormalizeContext, path: KeyPath): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  const add = (host: string, ips: string[], at: KeyPath): void => {
    if (host === '' || /[:=]/.test(host)) fail(ctx, VALIDATION_CODES.INVALID_EXTRA_HOST, at, `bad host name "${host}"`)
    const clean = ips.map((ip) => (ip.length > 2 && ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip))
    out[host] = [...(out[host] ?? []), ...clean]
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const s = scalarString(item)
      let sep = s.indexOf('=')
      if (sep === -1) sep = s.indexOf(':')
      if (sep === -1) fail(ctx, VALIDATION_CODES.INVALID_EXTRA_HOST, [...path, i], `invalid extra host "${s}": expected HOST=IP or HOST:IP`)
      add(s.slice(0, sep), s.slice(sep + 1).split(','), [...path, i])
    })
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      add(k, Array.isArray(v) ? v.map(scalarString) : [v === null || v === undefined ? '' : scalarString(v)], [...path, k])
    }
  }
  return out
}

export function stringList(value: unknown): string[] {
  if (value === null || value === undefined) return []
  return Array.isArray(value) ? value.map(scalarString) : [scalarString(value)]
}
