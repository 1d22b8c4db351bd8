import { ComposeFileError, COMPOSE_ERROR_CODES } from '../errors.js'
import { OverrideTag, ResetTag, isClean, isPlainObject, markClean, stripMergeTags } from './merge-tags.js'
import { formatPath, pattern, RuleTable, type PathPattern, type TreePath } from './tree-path.js'
import { enforceUnicity } from './unicity.js'

type Obj = Record<string, unknown>
type Merger = (base: unknown, override: unknown, path: TreePath) => unknown

/**
 * Merges `override` (the next compose file) into `base` following the Compose
 * Specification's merge rules (13-merge.md) as docker compose applies them:
 * - mappings merge key by key; scalars are replaced;
 * - sequences are appended, then de-duplicated by their identity key (ports by
 *   ip:published:target/protocol, volumes/devices by target, secrets/configs by mount path,
 *   environment/labels/dns/... by key or value, see unicity.ts);
 * - `command`, `entrypoint`, `healthcheck.test` and each `ulimits` entry are replaced;
 * - list-or-mapping attributes (environment, labels, build.args, sysctls, ...) are merged as
 *   `KEY=VALUE` sequences; `networks`, `models` and `depends_on` as mappings;
 * - `logging` options merge only when the driver is the same (or unset on one side);
 * - a `!reset` value removes the key, an `!override` value replaces the base value.
 * Inputs are not modified. The result holds no ResetTag/OverrideTag markers.
 */
export function mergeComposeFiles(base: unknown, override: unknown): unknown {
  const b = base === undefined || base === null ? {} : stripMergeTags(base)
  if (override === undefined || override === null) return markClean(enforceUnicity(b))
  return withOverride(override, () => markClean(enforceUnicity(mergeValue(b, override, []))))
}

// Whether the tree being merged in is known to hold no markers: the base side never does
// (it is stripped first), so every strip below is then a no-op and skipped.
let overrideClean = false

function withOverride<T>(override: unknown, fn: () => T): T {
  const saved = overrideClean
  overrideClean = isClean(override)
  try {
    return fn()
  } finally {
    overrideClean = saved
  }
}

function strip(v: unknown): unknown {
  return overrideClean ? v : stripMergeTags(v)
}

/**
 * Merges one service definition over another (used by `extends`), with the same rules as
 * for `services.<name>` in two files.
 */
export function mergeService(base: unknown, override: unknown, name = 'x'): unknown {
  return withOverride(override, () =>
    enforceUnicity(mergeValue(stripMergeTags(base ?? {}), override, ['services', name]), ['services', name]))
}

const SPECIALS = new RuleTable<Merger>(([
  ['networks.*.ipam.config', mergeIPAMConfig],
  ['networks.*.labels', mergeToSequence],
  ['volumes.*.labels', mergeToSequence],
  ['services.*.annotations', mergeToSequence],
  ['services.*.build', mergeBuild],
  ['services.*.build.args', mergeToSequence],
  ['services.*.build.additional_contexts', mergeToSequence],
  ['services.*.build.extra_hosts', mergeExtraHosts],
  ['services.*.build.labels', mergeToSequence],
  ['services.*.command', replace],
  ['services.*.depends_on', mergeDependsOn],
  ['services.*.deploy.labels', mergeToSequence],
  ['services.*.dns', mergeToSequence],
  ['services.*.dns_opt', mergeToSequence],
  ['services.*.dns_search', mergeToSequence],
  ['services.*.entrypoint', replace],
  ['services.*.env_file', mergeToSequence],
  ['services.*.label_file', mergeToSequence],
  ['services.*.environment', mergeToSequence],
  ['services.*.extra_hosts', mergeExtraHosts],
  ['services.*.healthcheck.test', replace],
  ['services.*.labels', mergeToSequence],
  ['services.*.logging', mergeLogging],
  ['services.*.models', mergeToMapping],
  ['services.*.networks', mergeToMapping],
  ['services.*.sysctls', mergeToSequence],
  ['services.*.tmpfs', mergeToSequence],
  ['services.*.ulimits.*', replace],
  ['models.*.runtime_flags', replace],
] as const).map(([p, m]) => [pattern(p), m] as const))

function mergeValue(base: unknown, override: unknown, path: TreePath): unknown {
  if (override instanceof OverrideTag) return strip(override.value)
  const special = SPECIALS.find(path)
  if (special) return special(base, override, path)
  if (override === null || override === undefined) return base
  if (isPlainObject(base)) {
    if (!isPlainObject(override)) throw conflict(path, base, override)
    return mergeMappings(base, override, path)
  }
  if (Array.isArray(base)) {
    if (!Array.isArray(override)) throw conflict(path, base, override)
    return [...base, ...(strip(override) as unknown[])]
  }
  return strip(override)
}

function mergeMappings(base: Obj, override: Obj, path: TreePath): Obj {
  const out: Obj = { ...base }
  for (const k of Object.keys(override)) {
    const v = override[k]
    if (v instanceof ResetTag) {
      delete out[k]
      continue
    }
    if (!Object.hasOwn(out, k)) {
      out[k] = strip(v)
      continue
    }
    out[k] = mergeValue(out[k], v, [...path, k])
  }
  return out
}

function conflict(path: TreePath, base: unknown, override: unknown): ComposeFileError {
  return new ComposeFileError(
    COMPOSE_ERROR_CODES.MERGE_CONFLICT,
    `cannot override ${formatPath(path)}: a ${kind(base)} cannot be merged with a ${kind(override)}`,
    { hint: 'use the !override tag to replace the value instead of merging it' },
  )
}

function kind(v: unknown): string {
  return Array.isArray(v) ? 'sequence' : isPlainObject(v) ? 'mapping' : 'scalar'
}

function replace(_base: unknown, override: unknown): unknown {
  return strip(override)
}

function mergeToSequence(base: unknown, override: unknown): unknown {
  return [...toSequence(base), ...toSequence(strip(override))]
}

function mergeExtraHosts(base: unknown, override: unknown): unknown {
  const right = toSequence(base)
  const left = toSequence(strip(override)).filter((v) => !right.some((r) => r === v))
  return [...right, ...left]
}

function mergeToMapping(base: unknown, override: unknown, path: TreePath): unknown {
  return mergeMappings(toMapping(base, undefined), toMappingKeepTags(override, undefined), path)
}

const DEPENDS_ON_DEFAULT = { condition: 'service_started', required: true }

function mergeDependsOn(base: unknown, override: unknown, path: TreePath): unknown {
  return mergeMappings(toMapping(base, DEPENDS_ON_DEFAULT), toMappingKeepTags(override, DEPENDS_ON_DEFAULT), path)
}

function mergeBuild(base: unknown, override: unknown, path: TreePath): unknown {
  const asBuild = (v: unknown): Obj => (typeof v === 'string' ? { context: v } : isPlainObject(v) ? v : {})
  return mergeMappings(asBuild(base), asBuild(override), path)
}

function mergeLogging(base: unknown, override: unknown, path: TreePath): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === null ? base : strip(override)
  const d = override.driver
  const o = base.driver
  if (d === undefined || o === undefined || d === o) return mergeMappings(base, override, path)
  return strip(override)
}

/** Network IPAM pools merge by subnet; pools with a new subnet are appended. */
function mergeIPAMConfig(base: unknown, override: unknown, path: TreePath): unknown {
  if (!Array.isArray(base) || !Array.isArray(override)) return override === null ? base : strip(override)
  const out: unknown[] = [...base]
  for (const raw of override) {
    const ov = strip(raw)
    const idx = isPlainObject(ov)
      ? out.findIndex((b) => isPlainObject(b) && b.subnet === ov.subnet)
      : -1
    if (idx >= 0) out[idx] = mergeMappings(out[idx] as Obj, ov as Obj, path)
    else out.push(ov)
  }
  return out
}

/** Mapping form of a list-or-mapping attribute as `KEY=VALUE` strings, keys sorted. */
function toSequence(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (isPlainObject(value)) {
    const seq: string[] = []
    for (const [k, v] of Object.entries(value)) {
      if (v === null || v === undefined) seq.push(k)
      else if (Array.isArray(v)) for (const item of v) seq.push(`${k}=${scalarText(item)}`)
      else seq.push(`${k}=${scalarText(v)}`)
    }
    return seq.sort(compareStrings)
  }
  if (value === null || value === undefined) return []
  return [value]
}

function toMapping(value: unknown, dflt: Obj | undefined): Obj {
  return strip(toMappingKeepTags(value, dflt)) as Obj
}

function toMappingKeepTags(value: unknown, dflt: Obj | undefined): Obj {
  if (isPlainObject(value)) return value
  if (Array.isArray(value)) {
    const out: Obj = {}
    for (const item of value) {
      if (item instanceof ResetTag) continue
      out[String(item)] = dflt === undefined ? null : { ...dflt }
    }
    return out
  }
  return {}
}

/** How Go's `%v` prints a YAML scalar. */
export function scalarText(v: unknown): string {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v)
  return JSON.stringify(v)
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
