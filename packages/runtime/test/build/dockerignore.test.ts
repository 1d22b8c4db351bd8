import { describe, expect, it } from 'vitest'
import { compilePattern, IgnoreMatcher, parseDockerignore } from '../../src/build/dockerignore.js'

const m = (text: string) => new IgnoreMatcher(parseDockerignore(text))

describe('.dockerignore', () => {
  it('reads lines like docker: comments, blanks, cleaning, leading slash', () => {
    expect(parseDockerignore('# c\n\n /a/b/ \n!./c/../d\n**/*.log\n')).toEqual(['a/b', '!d', '**/*.log'])
  })
  it('matches Go filepath.Match patterns and parent directories', () => {
    const ig = m('node_modules\n*.tmp\ndocs/?.md\n[ab]x\n')
    expect(ig.ignores('node_modules')).toBe(true)
    expect(ig.ignores('node_modules/x/y.js')).toBe(true)
    expect(ig.ignores('src/node_modules')).toBe(false)
    expect(ig.ignores('a.tmp')).toBe(true)
    expect(ig.ignores('dir/a.tmp')).toBe(false)
    expect(ig.ignores('docs/a.md')).toBe(true)
    expect(ig.ignores('docs/ab.md')).toBe(false)
    expect(ig.ignores('ax')).toBe(true)
    expect(ig.ignores('cx')).toBe(false)
  })
  it('** matches any number of directories', () => {
    const ig = m('**/*.log\nbuild/**\n')
    expect(ig.ignores('a.log')).toBe(true)
    expect(ig.ignores('x/y/z.log')).toBe(true)
    expect(ig.ignores('build/a/b')).toBe(true)
    expect(ig.ignores('build')).toBe(false)
    expect(ig.ignores('builds/x')).toBe(false)
  })
  it('! exceptions: the last match wins', () => {
    const ig = m('*.md\n!README.md\nREADME-secret.md\n')
    expect(ig.ignores('CHANGES.md')).toBe(true)
    expect(ig.ignores('README.md')).toBe(false)
    expect(ig.ignores('README-secret.md')).toBe(true)
    expect(ig.hasExceptions).toBe(true)
    const ig2 = m('data\n!data/keep.txt\n')
    expect(ig2.ignores('data/drop.txt')).toBe(true)
    expect(ig2.ignores('data/keep.txt')).toBe(false)
  })
  it('escapes regexp characters that filepath.Match treats literally', () => {
    expect(compilePattern('a.b+(c)').test('a.b+(c)')).toBe(true)
    expect(compilePattern('a.b').test('axb')).toBe(false)
    expect(compilePattern('\\*').test('*')).toBe(true)
    expect(compilePattern('[!a]').test('b')).toBe(true)
  })
})
