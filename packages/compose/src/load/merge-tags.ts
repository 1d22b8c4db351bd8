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
 * under it, so it is applied to the first file of a project. Subtrees without markers are
 * returned as they are (shared, never modified), so a clean tree costs one walk.
 */
export function stripMergeTags(value: unknown): unknown {
  if (isClean(value)) return value
  if (value instanceof OverrideTag) return stripMergeTags(value.value)
  if (Array.isArray(value)) {
    let out: unknown[] | undefined
    for (let i = 0; i < value.length; i++) {
      const item = value[i]
      const next = item instanceof ResetTag ? SKIP : stripMergeTags(item)
      if (out === undefined && next !== item) out = value.slice(0, i)
      if (out !== undefined && next !== SKIP) out.push(next)
    }
    return out ?? value
  }
  if (isPlainObject(value)) {
    let out: Record<string, unknown> | undefined
    const keys = Object.keys(value)
    for (let i = 0; i < keys.length; i++) {
      const v = value[keys[i]]
      const next = v instanceof ResetTag ? SKIP : stripMergeTags(v)
      if (out === undefined && next !== v) {
        out = {}
        for (let j = 0; j < i; j++) out[keys[j]] = value[keys[j]]
      }
      if (out !== undefined && next !== SKIP) out[keys[i]] = next
    }
    return out ?? value
  }
  return value
}

const SKIP = Symbol('skip')

/** True when the tree still holds a marker (used to skip work on the common untagged file). */
export function hasMergeTags(value: unknown): boolean {
  if (isClean(value)) return false
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

// Trees known to hold no marker (a file without the tags, a merge result): stripping them
// is then free, which matters for large files stripped at every merge step.
const CLEAN = new WeakSet<object>()

/** Records that `tree` holds no ResetTag/OverrideTag (the caller knows it). Returns it. */
export function markClean<T>(tree: T): T {
  if (typeof tree === 'object' && tree !== null) CLEAN.add(tree)
  return tree
}

export function isClean(tree: unknown): boolean {
  return typeof tree === 'object' && tree !== null && CLEAN.has(tree)
}
