import { describe, expect, it } from 'vitest'
import { ComposeFileError, parseDotenv, parseDotenvFiles } from '../../packages/compose/src/index.js'
import { loadCases } from './shared-cases.js'

interface Case {
  id: string
  test: string
  input: string
  fixture?: string
  lookup?: Record<string, string>
  expected?: Record<string, string>
  match?: 'exact' | 'subset'
  absent_keys?: string[]
  error?: { contains: string }
}

interface MultiCase {
  id: string
  test: string
  files: { name: string; content: string }[]
  current_env: Record<string, string>
  expected: Record<string, string>
}

const file = loadCases<{ format: string; cases: Case[]; multi_file: MultiCase[] }>('compose/dotenv/cases.json')

const lookupIn = (env: Record<string, string> | undefined) => (name: string) =>
  env && Object.hasOwn(env, name) ? env[name] : undefined

describe(`dotenv conformance (${file.format})`, () => {
  it('has cases', () => expect(file.cases.length).toBeGreaterThan(80))

  for (const c of file.cases) {
    it(`${c.id} ${c.test}: ${JSON.stringify(c.input).slice(0, 60)}`, () => {
      const parse = () => parseDotenv(c.input, { lookup: lookupIn(c.lookup), file: c.fixture ?? '.env' })
      if (c.error) {
        let err: unknown
        try {
          parse()
        } catch (e) {
          err = e
        }
        expect(err, 'expected an error').toBeInstanceOf(ComposeFileError)
        const e = err as ComposeFileError
        expect(e.code).toBe('COMPOSE_DOTENV_SYNTAX')
        // compose-go puts "line N: " in its message; ours carries the line in `location`.
        const reference = `line ${e.location?.line}: ${e.message}`
        if (c.error.contains) expect(reference).toContain(c.error.contains)
        return
      }
      const got = parse()
      if (c.match === 'exact') expect(got).toEqual(c.expected)
      else for (const [k, v] of Object.entries(c.expected ?? {})) expect(got[k], k).toBe(v)
      for (const k of c.absent_keys ?? []) expect(Object.hasOwn(got, k), k).toBe(false)
    })
  }

  for (const c of file.multi_file) {
    it(`${c.id} ${c.test}`, () => {
      const got = parseDotenvFiles(
        c.files.map((f) => ({ file: f.name, text: f.content })),
        { lookup: lookupIn(c.current_env) },
      )
      expect(got).toEqual(c.expected)
    })
  }
})
