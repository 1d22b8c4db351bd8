/**
 * The `!reset` and `!override` YAML tags of the Compose Specification (13-merge.md).
 * The parser turns tagged nodes into these markers inside the plain JS tree, so they
 * survive interpolation and are consumed by the merge: `!reset` removes the key from the
 * merged result, `!override` replaces the base value instead of merging into it.
 */
export class ResetTag {
  /** What was written after the tag (`!reset []`, `!reset null`): kept for diagnostics only. */
  constructor(readonly value: unknown = null) {}
}

export class OverrideTag {
  constructor(readonly value: unknown) {}
}

export function isResetTag(v: unknown): v is ResetTag {
  return v instanceof ResetTag
}

export function isOverrideTag(v: unknown): v is OverrideTag {
  return v instanceof OverrideTag
}

/**
 * Removes every marker from a tree: `!reset` keys disappear (sequence items too),
 * `!override` values are unwrapped. This is what a file means when nothing is merged
 * under it, so it is applied to the first file of a project. Returns new containers;
 * scalars are shared.
 */
export function stripMergeTags(value: unknown): unknown {
  if (value instanceof OverrideTag) return stripMergeTags(value.value)
  if (Array.isArray(value)) {
    const out: unknown[] = []
    for (const item of value) if (!(item instanceof ResetTag)) out.push(stripMergeTags(item))
    return out
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      if (v instanceof ResetTag) continue
      out[k] = stripMergeTags(v)
    }
    return out
  }
  return value
}

/** True when the tree still holds a marker (used to skip work on the common untagged file). */
export function hasMergeTags(value: unknown): boolean {
  if (value instanceof ResetTag || value instanceof OverrideTag) return true
  if (Array.isArray(value)) return value.some(hasMergeTags)
  if (isPlainObject(value)) return Object.values(value).some(hasMergeTags)
  return false
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false
  const proto = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}
