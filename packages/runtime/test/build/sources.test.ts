import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { IgnoreMatcher, parseDockerignore } from '../../src/build/dockerignore.js'
import { collectItem, expandSource, hashItems } from '../../src/build/sources.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tsc-bsrc-'))
  for (const [f, body] of Object.entries({ 'a.txt': 'a', 'b.txt': 'b', 'src/x.js': 'x', 'src/y.log': 'y', 'src/sub/z.js': 'z' })) {
    mkdirSync(join(dir, f, '..'), { recursive: true })
    writeFileSync(join(dir, f), body)
  }
  symlinkSync('/etc/passwd', join(dir, 'src/escape'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('COPY sources', () => {
  it('expands wildcards per path component', () => {
    expect(expandSource(dir, '*.txt')).toEqual(['a.txt', 'b.txt'])
    expect(expandSource(dir, 'src/*.js')).toEqual(['src/x.js'])
    expect(expandSource(dir, './src/../a.txt')).toEqual(['a.txt'])
    expect(expandSource(dir, '.')).toEqual([''])
    expect(expandSource(dir, 'nope*')).toEqual([])
  })
  it('collects a directory tree with .dockerignore applied; symlinks stay links', () => {
    const ig = new IgnoreMatcher(parseDockerignore('**/*.log\n'))
    const item = collectItem(dir, 'src', ig)!
    expect(item.isDir).toBe(true)
    expect(item.entries.map((e) => e.rel)).toEqual(['', 'escape', 'sub', 'sub/z.js', 'x.js'])
    expect(item.entries.find((e) => e.rel === 'escape')!.link).toBe('/etc/passwd')
    expect(collectItem(dir, 'src/y.log', ig)).toBeUndefined()
  })
  it('a top-level symlink resolves inside the context, never to the host', () => {
    // src/escape -> /etc/passwd resolves to <context>/etc/passwd, which does not exist
    expect(collectItem(dir, 'src/escape')).toBeUndefined()
  })
  it('the content hash changes with content and names, not with mtimes', () => {
    const h1 = hashItems([collectItem(dir, 'src')!])
    writeFileSync(join(dir, 'src/x.js'), 'x')
    expect(hashItems([collectItem(dir, 'src')!])).toBe(h1)
    writeFileSync(join(dir, 'src/x.js'), 'x2')
    expect(hashItems([collectItem(dir, 'src')!])).not.toBe(h1)
  })
})
