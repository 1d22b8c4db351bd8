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

const { Type, FAILSAFE_SCHEMA, types } = jsYaml

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

// `!reset` and `!override` may tag any kind of node.
const markerTypes = (['scalar', 'sequence', 'mapping'] as const).flatMap((kind) => [
  new Type('!reset', { kind, construct: () => new ResetTag(null) }),
  new Type('!override', {
    kind,
    construct: (v: unknown) => new OverrideTag(kind === 'scalar' ? scalarValue(v as string | null) : v),
  }),
])

const SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [nullType, boolType, intType, floatType, types.merge],
  explicit: markerTypes,
})

// A tagged scalar reaches construct() as its source text: resolve it as an untagged one.
function scalarValue(s: string | null): unknown {
  if (s === null || NULL.test(s)) return null
  if (BOOL.test(s)) return boolType.construct(s)
  if (intType.resolve(s)) return intType.construct(s)
  if (floatType.resolve(s)) return floatType.construct(s)
  return s
}

/** Every document of `text` as plain JS. Throws js-yaml's error on anything it rejects. */
export function fastParseDocuments(text: string): unknown[] {
  const docs: unknown[] = []
  jsYaml.loadAll(text, (d) => docs.push(d), { schema: SCHEMA })
  return docs
}
