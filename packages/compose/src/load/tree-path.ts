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

interface TrieNode<T> {
  readonly literal: Map<string, TrieNode<T>>
  any?: TrieNode<T>
  index?: TrieNode<T>
  /** `[this]`, made once: most steps lead to exactly one node and allocate nothing. */
  self?: RuleState<T>
  /** The rule ending here, with its position in the table (the first listed wins). */
  rule?: { readonly order: number; readonly value: T }
}

/** Where a walk stands in a rule table: the trie nodes the path so far matches. */
export type RuleState<T> = readonly TrieNode<T>[]

/**
 * A rule table compiled into a trie, so that finding the rule for a path costs one step per
 * segment instead of a scan of every pattern, and a tree walk can stop descending where no
 * rule lies below (`step` returns undefined). Same answers as findRule.
 */
export class RuleTable<T> {
  readonly root: RuleState<T>

  constructor(rules: readonly (readonly [PathPattern, T])[]) {
    const top: TrieNode<T> = { literal: new Map() }
    rules.forEach(([pat, value], order) => {
      let node = top
      for (const seg of pat) {
        let next: TrieNode<T> | undefined
        if (seg === MATCH_ANY) next = node.any ??= { literal: new Map() }
        else if (seg === MATCH_INDEX) next = node.index ??= { literal: new Map() }
        else {
          next = node.literal.get(seg)
          if (!next) node.literal.set(seg, (next = { literal: new Map() }))
        }
        node = next
      }
      node.rule ??= { order, value }
    })
    const seal = (node: TrieNode<T>): void => {
      node.self = [node]
      for (const child of [...node.literal.values(), node.any, node.index]) if (child) seal(child)
    }
    seal(top)
    this.root = top.self!
  }

  /** The state after one more path segment; undefined when no rule can match below. */
  step(state: RuleState<T> | undefined, seg: string | number): RuleState<T> | undefined {
    if (!state) return undefined
    const key = typeof seg === 'number' ? String(seg) : seg
    if (state.length === 1) {
      const node = state[0]!
      const lit = node.literal.get(key)
      const idx = typeof seg === 'number' ? node.index : undefined
      if (!idx && !(lit && node.any)) return (lit ?? node.any)?.self
    }
    let out: TrieNode<T>[] | undefined
    for (const node of state) {
      const lit = node.literal.get(key)
      if (lit) (out ??= []).push(lit)
      if (node.any) (out ??= []).push(node.any)
      if (typeof seg === 'number' && node.index) (out ??= []).push(node.index)
    }
    return out
  }

  /** The rule of a path whose walk ended in `state`. */
  ruleAt(state: RuleState<T> | undefined): T | undefined {
    let best: { order: number; value: T } | undefined
    for (const node of state ?? []) if (node.rule && (!best || node.rule.order < best.order)) best = node.rule
    return best?.value
  }

  find(path: TreePath): T | undefined {
    let state: RuleState<T> | undefined = this.root
    for (const seg of path) {
      state = this.step(state, seg)
      if (!state) return undefined
    }
    return this.ruleAt(state)
  }
}
