import jsYaml from 'js-yaml'
import { OverrideTag, ResetTag } from './merge-tags.js'

/*
 * The fast path of compose YAML parsing: js-yaml (several times faster than the `yaml`
 * library) with a schema that resolves plain scalars exactly as parse-yaml.ts's `yaml`
 * setup does (YAML 1.2 core schema: `yes`/`no` and `0b1` stay strings, `017` is 17), `<<`
 * merge keys, and the `!reset`/`!override` tags as markers. It keeps no positions: callers
 * re-parse with `yaml` when they need one, and anything js-yaml rejects goes to the `yaml`
 * path as well, so errors read the same whichever parser ran first.
 */

const { Type, FAILSAFE_SCHEMA } = jsYaml

// Same patterns as the `yaml` library's core schema (yaml/dist/schema/core).
const NULL = /^(?:~|[Nn]ull|NULL)?$/
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/
const INT = /^[-+]?[0-9]+$/
const INT_OCT = /^0o[0-7]+$/
const INT_HEX = /^0x[0-9a-fA-F]+$/
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/

const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (s: string | null) => s === null || NULL.test(s),
  construct: () => null,
})

const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: string | null) => s !== null && BOOL.test(s),
  construct: (s: string) => s[0] === 't' || s[0] === 'T',
})

const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string | null) => s !== null && (INT.test(s) || INT_OCT.test(s) || INT_HEX.test(s)),
  construct: (s: string) => (INT_OCT.test(s) ? parseInt(s.slice(2), 8) : INT_HEX.test(s) ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
})

const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: string | null) => s !== null && (FLOAT_SPECIAL.test(s) || FLOAT_EXP.test(s) || FLOAT.test(s)),
  construct: (s: string) => {
    if (!FLOAT_SPECIAL.test(s)) return parseFloat(s)
    if (s.slice(-3).toLowerCase() === 'nan') return NaN
    return s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY
  },
})

// js-yaml's loader merges the mapping under any key resolved to this tag.
const mergeType = new Type('tag:yaml.org,2002:merge', { kind: 'scalar', resolve: (s: string | null) => s === '<<' })

// `!reset` and `!override` may tag any kind of node.
const markerTypes = (['scalar', 'sequence', 'mapping'] as const).flatMap((kind) => [
  new Type('!reset', { kind, construct: () => new ResetTag(null) }),
  new Type('!override', {
    kind,
    // A tagged scalar stays the string it was written as (what the `yaml` path yields); an
    // empty node reaches whichever kind registered last, with null.
    construct: (v: unknown) => new OverrideTag(v ?? ''),
  }),
])

const SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [nullType, boolType, intType, floatType, mergeType],
  explicit: markerTypes,
})

// A null key (`~: x`, `: x`, or an empty explicit `?` key) becomes "null" in js-yaml and
// "" in `yaml`: such (rare, and for docker compose invalid) files take the `yaml` path.
// A scan from each `:` and `?` (a regex tried at every offset costs ten times more).
function hasNullKey(text: string): boolean {
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r'
  const opensKey = (c: string | undefined) => c === undefined || isSpace(c) || c === '{' || c === '[' || c === ',' || c === '?' || c === '-'
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    const after = text[i + 1]
    if (!(after === undefined || isSpace(after) || after === ',' || after === '}' || after === ']')) continue
    // Nothing (or only an anchor/tag, then a space) before the colon: an empty key.
    if (opensKey(text[i - 1])) return true
    const word = /(?:~|null|Null|NULL)[ \t]*$/.exec(text.slice(Math.max(0, i - 8), i))
    if (word && opensKey(text[i - word[0].length - 1])) return true
  }
  for (let i = text.indexOf('?'); i >= 0; i = text.indexOf('?', i + 1)) {
    const before = text[i - 1]
    const after = text[i + 1]
    if ((before === undefined || isSpace(before) || '{,[-'.includes(before)) && (after === undefined || isSpace(after))) return true
  }
  return false
}

// js-yaml accepts a tab before content at the start of a line (or after `- `), `yaml`
// (and Go's yaml) rejects it as indentation; legitimate tabs there only occur in block
// scalars. Directives (`%YAML`) are left to `yaml` as well.
const TAB_INDENT = /^[ -]*\t|^%/m

// Block scalars with an explicit indentation indicator (`|2`) differ on blank lines.
const INDENT_INDICATOR = /(?:^|[\s:-])[|>][-+]?[1-9]/m

// A flow collection used as a key (`[a]: x`): the two libraries stringify it differently.
const COLLECTION_KEY = /[\]}]\s*:(?:\s|$)/

export class FastPathUnsupported extends Error {}

/** Every document of `text` as plain JS. Throws on anything the `yaml` path must handle. */
export function fastParseDocuments(text: string): unknown[] {
  if (hasNullKey(text)) throw new FastPathUnsupported('null mapping key')
  if (INDENT_INDICATOR.test(text)) throw new FastPathUnsupported('block scalar indentation indicator')
  if (COLLECTION_KEY.test(text)) throw new FastPathUnsupported('collection key')
  if (TAB_INDENT.test(text)) throw new FastPathUnsupported('tab indentation or directive')
  const docs: unknown[] = []
  jsYaml.loadAll(text, (d) => docs.push(d), { schema: SCHEMA })
  return docs
}
