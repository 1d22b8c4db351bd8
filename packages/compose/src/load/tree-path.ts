/**
 * Paths into a compose tree (`['services', 'web', 'ports', 0]`) and patterns over them
 * (`services.*.ports.[]`), the way compose-go's `tree.Path` names the places its merge,
 * unicity and type-cast rules apply to. `*` matches any one segment, `[]` any index.
 */
export type TreePath = readonly (string | number)[]

export const MATCH_ANY = '*'
export const MATCH_INDEX = '[]'

export type PathPattern = readonly string[]

export function pattern(dotted: string): PathPattern {
  return dotted.split('.')
}

export function matches(path: TreePath, pat: PathPattern): boolean {
  if (path.length !== pat.length) return false
  for (let i = 0; i < pat.length; i++) {
    const p = pat[i]
    const s = path[i]
    if (p === MATCH_ANY) continue
    if (p === MATCH_INDEX) {
      if (typeof s !== 'number') return false
      continue
    }
    if (p !== String(s)) return false
  }
  return true
}

/** First rule whose pattern matches, for small rule tables keyed by dotted patterns. */
export function findRule<T>(rules: readonly (readonly [PathPattern, T])[], path: TreePath): T | undefined {
  for (const [pat, rule] of rules) if (matches(path, pat)) return rule
  return undefined
}

/** `services.web.ports[0]`, the way compose-go prints paths in its messages. */
export function formatPath(path: TreePath): string {
  let s = ''
  for (const seg of path) {
    if (typeof seg === 'number') s += `[${seg}]`
    else s += s === '' ? seg : `.${seg}`
  }
  return s
}
