import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ComposeFileError, interpolate, interpolateString, mergeComposeFiles } from '../../src/index.js'

const env: Record<string, string> = { A: 'a', B: '', C: '${A}', D: '$$' }
const lookup = (n: string) => (Object.hasOwn(env, n) ? env[n] : undefined)

// Strings rich in the characters the template syntax cares about.
const templateChars = fc.constantFrom('$', '{', '}', ':', '-', '?', '+', 'A', 'B', 'Z', '_', '1', ' ', 'x', '"', '\n')
const template = fc.oneof(fc.string(), fc.array(templateChars, { maxLength: 30 }).map((a) => a.join('')))

const scalar = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean(), fc.constant(null))
// Plain mappings with a small key set so keys collide across trees; a key always holds the
// same kind of value (scalar or mapping), as schema-valid compose files do: merging a
// mapping with a scalar is an error, not a case of associativity.
const mapping: fc.Arbitrary<Record<string, unknown>> = fc.letrec((tie) => ({
  node: fc.record(
    {
      a: scalar,
      b: scalar,
      'x-c': scalar,
      m: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant({}), tie('node')),
      n: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant({}), tie('node')),
    },
    { requiredKeys: [] },
  ),
})).node as fc.Arbitrary<Record<string, unknown>>

describe('properties', () => {
  it('interpolation never throws anything but ComposeFileError', () => {
    fc.assert(fc.property(template, (t) => {
      try {
        const out = interpolateString(t, lookup)
        expect(typeof out).toBe('string')
      } catch (e) {
        expect(e).toBeInstanceOf(ComposeFileError)
      }
    }), { numRuns: 3000 })
  })

  it('tree interpolation never throws anything but ComposeFileError', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), template), (tree) => {
      try {
        interpolate({ services: { s: tree } }, { lookup })
      } catch (e) {
        expect(e).toBeInstanceOf(ComposeFileError)
      }
    }), { numRuns: 500 })
  })

  it('a template without $ is returned unchanged', () => {
    fc.assert(fc.property(fc.string().filter((s) => !s.includes('$')), (s) => interpolateString(s, lookup) === s))
  })

  it('$$ escaping round-trips any text', () => {
    fc.assert(fc.property(fc.string(), (s) => interpolateString(s.split('$').join('$$'), lookup) === s))
  })

  it('merge with an empty override is the identity on mappings', () => {
    fc.assert(fc.property(mapping, (m) => {
      expect(mergeComposeFiles(m, {})).toEqual(m)
      expect(mergeComposeFiles({}, m)).toEqual(m)
    }))
  })

  it('merge is associative for mappings of scalars and mappings (13-merge.md)', () => {
    fc.assert(fc.property(mapping, mapping, mapping, (a, b, c) => {
      expect(mergeComposeFiles(mergeComposeFiles(a, b), c)).toEqual(mergeComposeFiles(a, mergeComposeFiles(b, c)))
    }), { numRuns: 500 })
  })

  it('merge is associative for appended unique sequences (ports)', () => {
    const ports = fc.array(fc.constantFrom('80:80', '443:443', '8080:80', '9000'), { maxLength: 4 })
    const svc = (p: string[]) => ({ services: { web: { ports: p } } })
    fc.assert(fc.property(ports, ports, ports, (a, b, c) => {
      expect(mergeComposeFiles(mergeComposeFiles(svc(a), svc(b)), svc(c)))
        .toEqual(mergeComposeFiles(svc(a), mergeComposeFiles(svc(b), svc(c))))
    }))
  })
})
