/**
 * Compares merged compose trees the way the merge vectors' `semantics` field says:
 * list-or-mapping attributes compare as maps (`K=V` and `K: V` alike, `K` alone = no value),
 * a scalar may stand for a one-element list, everything else compares after YAML parsing
 * with sequence order significant. Returns a description of the first difference, or null.
 */
const LIST_OR_DICT = new Set(['environment', 'labels', 'annotations', 'sysctls', 'extra_hosts', 'args', 'additional_contexts'])

type Multi = Record<string, (string | null)[]>

function asMulti(v: unknown): Multi | undefined {
  const out: Multi = {}
  const add = (k: string, val: string | null) => (out[k] ??= []).push(val)
  if (Array.isArray(v)) {
    for (const item of v) {
      if (typeof item !== 'string') return undefined
      const eq = item.indexOf('=')
      if (eq < 0) add(item, null)
      else add(item.slice(0, eq), item.slice(eq + 1))
    }
  } else if (v && typeof v === 'object') {
    for (const [k, val] of Object.entries(v)) {
      if (val === null || val === undefined) add(k, null)
      else if (Array.isArray(val)) for (const x of val) add(k, String(x))
      else add(k, String(val))
    }
  } else return undefined
  for (const k of Object.keys(out)) {
    // A repeated key in a unique-keyed attribute keeps its last value; extra_hosts may map
    // one name to several addresses, so keep the set there.
    out[k] = [...new Set(out[k])].sort((a, b) => String(a).localeCompare(String(b)))
  }
  return out
}

export function semanticDiff(got: unknown, want: unknown, path = '', key = ''): string | null {
  if (LIST_OR_DICT.has(key)) {
    const g = asMulti(got)
    const w = asMulti(want)
    if (g && w) return semanticDiff(g, w, path + '(as map)')
  }
  if (typeof got === 'string' && Array.isArray(want)) return semanticDiff([got], want, path, key)
  if (Array.isArray(got) && typeof want === 'string') return semanticDiff(got, [want], path, key)
  if (Array.isArray(got) || Array.isArray(want)) {
    if (!Array.isArray(got) || !Array.isArray(want)) return `${path}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`
    if (got.length !== want.length) return `${path}: length ${got.length} != ${want.length}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`
    for (let i = 0; i < got.length; i++) {
      const d = semanticDiff(got[i], want[i], `${path}[${i}]`)
      if (d) return d
    }
    return null
  }
  if (got && want && typeof got === 'object' && typeof want === 'object') {
    const gk = Object.keys(got).sort()
    const wk = Object.keys(want).sort()
    if (gk.join('\0') !== wk.join('\0')) return `${path}: keys ${JSON.stringify(gk)} != ${JSON.stringify(wk)}`
    for (const k of gk) {
      const d = semanticDiff((got as Record<string, unknown>)[k], (want as Record<string, unknown>)[k], path ? `${path}.${k}` : k, k)
      if (d) return d
    }
    return null
  }
  return Object.is(got, want) || (got == null && want == null) ? null : `${path}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`
}
