import { isPlainObject } from './merge-tags.js'
import { scalarTextForKey } from './unicity-keys.js'
import { pattern, RuleTable, type RuleState, type TreePath } from './tree-path.js'

type Indexer = (entry: unknown) => string

/**
 * Sequences whose entries are unique by some identity: after a merge, a later entry with the
 * same identity replaces the earlier one in place (compose-go override/uncity.go).
 */
const UNIQUE = new RuleTable<Indexer>(([
  ['networks.*.labels', keyValue],
  ['networks.*.ipam.options', keyValue],
  ['services.*.annotations', keyValue],
  ['services.*.build.args', keyValue],
  ['services.*.build.additional_contexts', keyValue],
  ['services.*.build.platforms', keyValue],
  ['services.*.build.platform', keyValue],
  ['services.*.build.tags', keyValue],
  ['services.*.build.labels', keyValue],
  ['services.*.cap_add', keyValue],
  ['services.*.cap_drop', keyValue],
  ['services.*.devices', deviceTarget],
  ['services.*.configs', mountTarget('')],
  ['services.*.deploy.labels', keyValue],
  ['services.*.dns', keyValue],
  ['services.*.dns_opt', keyValue],
  ['services.*.dns_search', keyValue],
  ['services.*.environment', keyValue],
  ['services.*.env_file', envFilePath],
  ['services.*.expose', scalarTextForKey],
  ['services.*.labels', keyValue],
  ['services.*.links', keyValue],
  ['services.*.networks.*.aliases', keyValue],
  ['services.*.networks.*.link_local_ips', keyValue],
  ['services.*.ports', portKey],
  ['services.*.profiles', keyValue],
  ['services.*.secrets', mountTarget('/run/secrets')],
  ['services.*.sysctls', keyValue],
  ['services.*.tmpfs', keyValue],
  ['services.*.volumes', volumeTarget],
] as const).map(([p, i]) => [pattern(p), i] as const))

/**
 * Removes redefinitions from unique-keyed sequences anywhere in the tree. Containers that
 * change are copied; the rest is shared with the input, which is never modified.
 */
export function enforceUnicity(value: unknown, path: TreePath = []): unknown {
  let state: RuleState<Indexer> | undefined = UNIQUE.root
  for (const seg of path) state = UNIQUE.step(state, seg)
  return walk(value, state)
}

// Only the subtrees a rule can apply to are visited.
function walk(value: unknown, state: RuleState<Indexer> | undefined): unknown {
  if (!state) return value
  if (isPlainObject(value)) {
    let out: Record<string, unknown> | undefined
    for (const k of Object.keys(value)) {
      const below = UNIQUE.step(state, k)
      if (!below) continue
      const next = walk(value[k], below)
      if (next !== value[k]) {
        out ??= { ...value }
        out[k] = next
      }
    }
    return out ?? value
  }
  if (Array.isArray(value)) {
    const indexer = UNIQUE.ruleAt(state)
    if (!indexer || value.length < 2) return value
    const seq: unknown[] = []
    const seen = new Map<string, number>()
    for (const entry of value) {
      const key = indexer(entry)
      const at = seen.get(key)
      if (at !== undefined) seq[at] = entry
      else {
        seen.set(key, seq.length)
        seq.push(entry)
      }
    }
    return seq.length === value.length ? value : seq
  }
  return value
}

function keyValue(v: unknown): string {
  if (typeof v !== 'string') return scalarTextForKey(v)
  const eq = v.indexOf('=')
  return eq < 0 ? v : v.slice(0, eq)
}

function envFilePath(v: unknown): string {
  if (isPlainObject(v) && typeof v.path === 'string') return v.path
  return scalarTextForKey(v)
}

function mountTarget(defaultDir: string): Indexer {
  return (v) => {
    if (typeof v === 'string') return `${defaultDir}/${v}`
    if (isPlainObject(v)) {
      if (v.target !== undefined && v.target !== null) return String(v.target)
      return `${defaultDir}/${String(v.source)}`
    }
    return scalarTextForKey(v)
  }
}

function portKey(v: unknown): string {
  if (typeof v === 'number' || typeof v === 'string') return String(v)
  if (isPlainObject(v)) {
    const host = v.host_ip ?? '0.0.0.0'
    const published = v.published ?? ''
    const protocol = v.protocol ?? 'tcp'
    return `${String(host)}:${String(published)}:${String(v.target)}/${String(protocol)}`
  }
  return scalarTextForKey(v)
}

function deviceTarget(v: unknown): string {
  if (typeof v === 'string') {
    const parts = v.split(':')
    return parts.length === 1 ? parts[0] : parts[1]
  }
  if (isPlainObject(v) && typeof v.target === 'string') return v.target
  return scalarTextForKey(v)
}

/** Target of a service volume, short (`src:/target:ro`) or long syntax. */
function volumeTarget(v: unknown): string {
  if (isPlainObject(v)) return typeof v.target === 'string' ? v.target : scalarTextForKey(v)
  if (typeof v !== 'string') return scalarTextForKey(v)
  if (v.length <= 2) return v
  const parts = splitVolumeSpec(v)
  return parts.length === 1 ? parts[0] : parts[1]
}

// A one-letter segment followed by `:\` or `:/`, the only case a plain split gets wrong.
const DRIVE = /(?:^|:)[a-zA-Z]:[\\/]/

/** Splits a short volume spec on `:`, keeping Windows drive letters (`C:\x`) whole. */
export function splitVolumeSpec(spec: string): string[] {
  if (!DRIVE.test(spec)) return spec.split(':')
  const parts: string[] = []
  let buf = ''
  for (let i = 0; i < spec.length; i++) {
    const ch = spec[i]
    if (ch === ':' && buf.length === 1 && /[a-zA-Z]/.test(buf) && /[\\/]/.test(spec[i + 1] ?? '')) {
      buf += ch
      continue
    }
    if (ch === ':') {
      parts.push(buf)
      buf = ''
    } else buf += ch
  }
  parts.push(buf)
  return parts
}
