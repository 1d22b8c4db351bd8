import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateValidatorSource } from '../src/schema/generate-validator.js'

describe('precompiled schema validator', () => {
  it('is up to date with compose-schema.ts (regenerate with writeValidator())', () => {
    const current = readFileSync(join(import.meta.dirname, '..', 'src', 'schema', 'compose-validator.generated.ts'), 'utf8')
    expect(current === generateValidatorSource()).toBe(true)
  })
})
