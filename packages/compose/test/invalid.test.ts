import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadProject } from '../src/load/load-project.js'
import { isComposeFileError } from '../src/errors.js'

/*
 * A corpus of invalid compose files (invalid/<case>.yaml), each with the error docker
 * compose would reject it for, as our code, a message fragment and the file:line:col of
 * the offending value (invalid/expected.json).
 */
const dir = join(import.meta.dirname, 'invalid')
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, { code: string; line: number; column: number; message: string }>

describe('invalid compose files', () => {
  it('has at least 40 cases', () => {
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(40)
  })
  for (const [name, want] of Object.entries(expected)) {
    it(name, async () => {
      const file = `${name}.yaml`
      const err = await loadProject({ cwd: dir, files: [file], processEnv: {}, projectName: 'invalid' }).then(
        () => undefined, (e: unknown) => e)
      expect(isComposeFileError(err), `${name} should fail with a ComposeFileError, got ${String(err)}`).toBe(true)
      if (!isComposeFileError(err)) return
      expect(err.code).toBe(want.code)
      expect(err.message).toContain(want.message)
      expect(err.message).not.toContain('\n')
      expect(err.location?.file).toBe(join(dir, file))
      expect([err.location?.line, err.location?.column]).toEqual([want.line, want.column])
    })
  }
})
