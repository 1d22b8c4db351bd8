import { describe, expect, it } from 'vitest'
import { ComposeFileError, interpolateString } from '../../packages/compose/src/index.js'
import { loadCases } from './shared-cases.js'

interface Case {
  id: string
  test: string
  template: string
  env: Record<string, string>
  expected?: string
  error?: { kind: 'invalid_template' | 'missing_required'; contains?: string }
  warnings?: number
}

const file = loadCases<{ format: string; cases: Case[] }>('compose/interpolation/cases.json')

const CODES = {
  invalid_template: 'COMPOSE_INVALID_INTERPOLATION',
  missing_required: 'COMPOSE_MISSING_VARIABLE',
} as const

describe(`interpolation conformance (${file.format})`, () => {
  it('has cases', () => expect(file.cases.length).toBeGreaterThan(100))

  for (const c of file.cases) {
    it(`${c.id} ${c.test}: ${JSON.stringify(c.template)}`, () => {
      const warned: string[] = []
      const lookup = (name: string) => (Object.hasOwn(c.env, name) ? c.env[name] : undefined)
      const run = () => interpolateString(c.template, lookup, { warn: (n) => warned.push(n) })
      if (c.error) {
        let err: unknown
        try {
          run()
        } catch (e) {
          err = e
        }
        expect(err, 'expected an error').toBeInstanceOf(ComposeFileError)
        expect((err as ComposeFileError).code).toBe(CODES[c.error.kind])
        if (c.error.contains) expect((err as Error).message).toContain(c.error.contains)
        return
      }
      expect(run()).toBe(c.expected)
      if (c.warnings !== undefined) expect(warned.length).toBe(c.warnings)
    })
  }
})
