import { describe, expect, it } from 'vitest'
import { anyOf, dockerPatternMatcher, dotGitMatcher, ephemeralMatcher, isChildPath } from '../../src/project-ops/watch/path-matcher.js'

describe('watch path matchers (docker pattern rules on absolute paths)', () => {
  it('patterns are relative to their root and match everything under a matched directory', () => {
    const m = dockerPatternMatcher('/proj/app', ['node_modules/', 'build', '*.log'])
    expect(m.matches('/proj/app/node_modules')).toBe(true)
    expect(m.matches('/proj/app/node_modules/react/index.js')).toBe(true)
    expect(m.matches('/proj/app/build/out.js')).toBe(true)
    expect(m.matches('/proj/app/debug.log')).toBe(true)
    // `*` stays within one directory level, as Go's filepath.Match does
    expect(m.matches('/proj/app/sub/debug.log')).toBe(false)
    expect(m.matches('/proj/app/src/index.js')).toBe(false)
    expect(m.matches('/proj/other/node_modules/x')).toBe(false)
  })

  it('** spans directories; absolute patterns stay absolute', () => {
    const m = dockerPatternMatcher('/proj', ['**/*.tmp', '/var/cache'])
    expect(m.matches('/proj/a/b/c.tmp')).toBe(true)
    expect(m.matches('/proj/c.tmp')).toBe(true)
    expect(m.matches('/var/cache/x')).toBe(true)
    expect(m.matches('/proj/var/cache/x')).toBe(false)
  })

  it('the last matching pattern wins; ! re-includes', () => {
    const m = dockerPatternMatcher('/p', ['docs', '!docs/keep.md', '*.md'])
    expect(m.matches('/p/docs/a.txt')).toBe(true)
    expect(m.matches('/p/docs/keep.md')).toBe(false)
    expect(m.matches('/p/README.md')).toBe(true)
  })

  it('a whole directory is skippable only when no exception could re-include part of it', () => {
    const plain = dockerPatternMatcher('/p', ['node_modules'])
    expect(plain.matchesEntireDir('/p/node_modules')).toBe(true)
    expect(plain.matchesEntireDir('/p/src')).toBe(false)
    const withException = dockerPatternMatcher('/p', ['node_modules', '!node_modules/keep'])
    expect(withException.matches('/p/node_modules/x')).toBe(true)
    expect(withException.matchesEntireDir('/p/node_modules')).toBe(false)
    expect(withException.matches('/p/node_modules/keep/a')).toBe(false)
  })

  it('empty and blank patterns match nothing', () => {
    expect(dockerPatternMatcher('/p', []).matches('/p/x')).toBe(false)
    expect(dockerPatternMatcher('/p', ['  ', '']).matches('/p/x')).toBe(false)
  })

  it('editor files and .git are always ignored', () => {
    for (const f of ['/p/.main.go.swp', '/p/src/app.js~', '/p/.#notes', '/p/a/4913', '/p/x.js___jb_tmp___', '/p/.idea/workspace.xml']) {
      expect(ephemeralMatcher.matches(f), f).toBe(true)
    }
    expect(ephemeralMatcher.matches('/p/src/app.js')).toBe(false)
    expect(dotGitMatcher.matches('/p/.git/HEAD')).toBe(true)
    expect(dotGitMatcher.matchesEntireDir('/p/.git')).toBe(true)
    expect(dotGitMatcher.matches('/p/.gitignore')).toBe(false)
  })

  it('anyOf and isChildPath', () => {
    const m = anyOf([dockerPatternMatcher('/p', ['a']), dockerPatternMatcher('/p', ['b'])])
    expect(m.matches('/p/a/1')).toBe(true)
    expect(m.matches('/p/b')).toBe(true)
    expect(m.matches('/p/c')).toBe(false)
    expect(isChildPath('/p', '/p')).toBe(true)
    expect(isChildPath('/p', '/p/x')).toBe(true)
    expect(isChildPath('/p', '/px')).toBe(false)
  })
})
