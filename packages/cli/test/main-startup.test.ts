import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { commandSucceeded, loadCachedModule, writeCodeCaches } from '../src/code-cache.js'

const bin = join(import.meta.dirname, '..', 'bin', 'tsc-compose.js')
const dir = mkdtempSync(join(tmpdir(), 'tsc-cli-startup-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const caches = (): string[] => readdirSync(dir).filter((f) => f.endsWith('.cache')).map((f) => f.replace(/^.*\.cjs\.\d+-\d+\./, ''))

describe('start-up', () => {
  it('the bin is CommonJS: no ES module loader on the way to a command', () => {
    // bin/package.json scopes "type": "commonjs" to the bin; the package itself is ESM.
    expect(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'bin', 'package.json'), 'utf8')).type).toBe('commonjs')
    expect(readFileSync(bin, 'utf8')).not.toMatch(/^\s*import\s/m)
  })

  it('the bin runs a command', () => {
    const env = { ...process.env }
    delete env.NODE_EXTRA_CA_CERTS
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8', env })).toMatch(/^tsc-compose version \d+\.\d+\.\d+/)
  })

  it('a failed run writes a partial code cache, and a successful one replaces it with a full one', () => {
    const file = join(dir, 'mod.cjs')
    writeFileSync(file, 'exports.add = (a, b) => a + b\n')
    const first = loadCachedModule(file) as { add(a: number, b: number): number }
    expect(first.add(2, 3)).toBe(5)
    writeCodeCaches() // what the exit hook does: no command succeeded
    expect(caches()).toEqual(['partial.cache'])

    // The partial cache is used, and kept while runs keep failing.
    expect((loadCachedModule(file) as { add(a: number, b: number): number }).add(1, 1)).toBe(2)
    writeCodeCaches()
    expect(caches()).toEqual(['partial.cache'])

    loadCachedModule(file)
    commandSucceeded()
    writeCodeCaches()
    expect(caches()).toEqual(['cache'])

    // A full cache is final: nothing is rewritten.
    loadCachedModule(file)
    writeCodeCaches()
    expect(caches()).toEqual(['cache'])
  })
})
