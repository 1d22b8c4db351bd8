import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { parseComposeYaml, parseWithPositions } from '../../src/load/parse-yaml.js'
import { OverrideTag, ResetTag } from '../../src/load/merge-tags.js'
import { loadYamlLibrary } from '../../src/load/yaml-library.js'

// Positions (located errors) come from the `yaml` library, loaded on demand.
await loadYamlLibrary()

/*
 * parseComposeYaml parses with js-yaml first and falls back to the `yaml` library
 * (parseWithPositions). Both must give identical documents, key order and `!reset` /
 * `!override` markers included, or the same located error.
 */

/** A canonical text of a parsed value: key order, types and markers all show. */
function show(v: unknown): string {
  if (v instanceof ResetTag) return '!reset'
  if (v instanceof OverrideTag) return `!override(${show(v.value)})`
  if (Array.isArray(v)) return `[${v.map(show).join(',')}]`
  if (v !== null && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${show(x)}`).join(',')}}`
  if (typeof v === 'number') return Object.is(v, -0) ? 'n:-0' : `n:${String(v)}`
  return `${typeof v}:${JSON.stringify(v)}`
}

function outcome(parse: () => unknown): string {
  try {
    return show(parse())
  } catch (err) {
    const e = err as { code?: string; message: string; location?: unknown }
    return `error ${e.code} ${e.message} ${JSON.stringify(e.location)}`
  }
}

function expectSame(text: string, name = 'f.yaml'): void {
  const fast = outcome(() => parseComposeYaml(text, name).doc)
  const slow = outcome(() => parseWithPositions(text, name).doc)
  expect(fast, text).toBe(slow)
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    if (statSync(p).isDirectory()) return yamlFiles(p)
    return /\.ya?ml$/.test(n) ? [p] : []
  })
}

const testDir = join(import.meta.dirname, '..')
const conformance = join(import.meta.dirname, '../../../../../shared/conformance/compose')

describe('js-yaml fast path = yaml library', () => {
  it('on every golden and invalid fixture', () => {
    const files = [...yamlFiles(join(testDir, 'golden')), ...yamlFiles(join(testDir, 'invalid'))]
    expect(files.length).toBeGreaterThan(60)
    for (const f of files) expectSame(readFileSync(f, 'utf8'), f)
  })

  it('on the conformance YAML', () => {
    const cases = JSON.parse(readFileSync(join(conformance, 'merge/cases.json'), 'utf8')) as Record<string, unknown>
    let n = 0
    for (const list of Object.values(cases)) {
      if (!Array.isArray(list)) continue
      for (const c of list as Record<string, unknown>[]) {
        for (const k of ['base', 'override', 'expected', 'input']) {
          if (typeof c[k] === 'string') {
            expectSame(c[k] as string)
            n++
          }
        }
      }
    }
    expect(n).toBeGreaterThan(150)
  })

  it('on scalars, tags, anchors and merge keys', () => {
    const samples = [
      'a: 017', 'a: 0b101', 'a: 1_000', 'a: 0o17', 'a: 0x1F', 'a: +12', 'a: 1.', 'a: .5', 'a: 1e3', 'a: -.inf', 'a: .NaN',
      'a: 2001-12-14', 'a: yes', 'a: On', 'a: True', 'a: NULL', 'a: ~', 'a:', 'a: -0', 'a: "5"', "a: '~'",
      'a: !reset', 'a: !reset []', 'a: !override [1]', 'a: !override {b: 1}', 'a: !override 5', 'a: !!str 5',
      'x: &x {a: 1, b: [1]}\ny:\n  <<: *x\n  b: 2', 'x: &x {a: 1}\nz: &z {a: 2, c: 3}\ny:\n  <<: [*x, *z]',
      'x: &x {a: 1}\ny:\n  !!merge <<: *x\n  b: 2', 'x: &x {a: 1}\ny:\n  !merge <<: *x\n  b: 2',
      'a: 1\n---\nb: 2', '', '# only a comment', '---', 'a: |\n  x\n   y\n', 'a: >-\n  x\n  y\n', 'a: "\\u00e9\\t"',
      'a: 1\na: 2', 'a: [1, 2', 'a: !custom x', '- 1\n- 2', 'a:\n\t- 1', '1: x\ntrue: y\nnull: z',
    ]
    for (const s of samples) expectSame(s)
  })

  it('on generated plain scalars', () => {
    const chars = fc.constantFrom('0', '1', '7', '9', 'x', 'o', 'b', 'e', 'E', '.', '+', '-', '_', ':', 'n', 'a', 'N', 'T', 'r', 'u', 'i', 'f', ' ')
    fc.assert(fc.property(fc.string({ unit: chars, maxLength: 8 }), (s) => {
      expectSame(`k: ${s}\nl: [${s}]\n`)
    }), { numRuns: 500 })
  })

  // js-yaml is more lenient than `yaml` on some malformed input (two anchors on a node, a
  // comment glued to a quoted scalar, ...): there the fast path returns a value where
  // `yaml` reports an error. Everything `yaml` accepts must come out identical.
  it('on generated documents (token soup): whatever `yaml` accepts', () => {
    const token = fc.constantFrom(
      'a', 'b', 'key', ':', ': ', ' ', '  ', '\n', '\n  ', '\n    ', '- ', '[', ']', '{', '}', ', ', '"', "'", '#', '&x ', '*x',
      '<<: *x', '!reset ', '!override ', '|', '>', '1', '0x1', 'yes', '~', 'null', '?', '---\n', '\t', '\\', '$', '%',
    )
    fc.assert(fc.property(fc.array(token, { maxLength: 24 }), (tokens) => {
      const text = tokens.join('')
      const slow = outcome(() => parseWithPositions(text, 'f.yaml').doc)
      if (!slow.startsWith('error')) expect(outcome(() => parseComposeYaml(text, 'f.yaml').doc), text).toBe(slow)
    }), { numRuns: 3000, seed: 20240611 })
  })

  it('on generated data written in block and flow styles', () => {
    const leaf = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true }))
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('tree'), { maxLength: 3 }), fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), tie('tree'), { maxKeys: 3 })),
    }))
    fc.assert(fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), tree, { maxKeys: 4 }), fc.boolean(), (doc, flow) => {
      expectSame(stringify(doc, flow ? { collectionStyle: 'flow' } : {}))
    }), { numRuns: 500, seed: 20240611 })
  })
})
