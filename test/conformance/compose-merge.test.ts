import { describe, expect, it } from 'vitest'
import { enforceUnicity, mergeComposeFiles, parseComposeYaml } from '../../packages/compose/src/index.js'
import { loadCases } from './shared-cases.js'
import { semanticDiff } from './semantic-compare.js'
import { loadYamlLibrary } from '../../packages/compose/src/load/yaml-library.js'

// Positions (located errors) come from the `yaml` library, loaded on demand.
await loadYamlLibrary()

interface MergeCase {
  id: string
  test: string
  base: string
  override: string
  expected: string
}

interface UnicityCase {
  id: string
  test: string
  input: string
  expected: string
}

const file = loadCases<{ format: string; merge: MergeCase[]; unicity: UnicityCase[] }>('compose/merge/cases.json')

const yaml = (text: string, name: string) => parseComposeYaml(text, name).doc

describe(`merge conformance (${file.format})`, () => {
  it('has cases', () => expect(file.merge.length + file.unicity.length).toBeGreaterThan(70))

  for (const c of file.merge) {
    it(`${c.id} ${c.test}`, () => {
      const merged = mergeComposeFiles(yaml(c.base, 'base.yaml'), yaml(c.override, 'override.yaml'))
      expect(semanticDiff(merged, yaml(c.expected, 'expected.yaml'))).toBeNull()
    })
  }

  for (const c of file.unicity) {
    it(`${c.id} ${c.test}`, () => {
      const got = enforceUnicity(yaml(c.input, 'input.yaml'))
      expect(semanticDiff(got, yaml(c.expected, 'expected.yaml'))).toBeNull()
    })
  }
})
