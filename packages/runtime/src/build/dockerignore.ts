import { posix } from 'node:path'

/**
 * `.dockerignore` as docker reads it (moby/patternmatcher + dockerignore.ReadAll): one
 * pattern per line, `#` comment lines, `!` exceptions, patterns cleaned like filepath.Clean
 * with a leading `/` dropped; Go filepath.Match syntax (`*`, `?`, `[...]`, `\` escapes)
 * plus `**` for any number of directories. The last matching pattern wins, and a pattern
 * matching a parent directory matches everything under it. Pure.
 */

export interface IgnorePattern {
  readonly source: string
  readonly exclusion: boolean
  readonly re: RegExp
}

export function parseDockerignore(text: string): string[] {
  const out: string[] = []
  for (const raw of text.split(/\r?\n/)) {
    if (raw.startsWith('#')) continue
    let p = raw.trim()
    if (p === '') continue
    const invert = p.startsWith('!')
    if (invert) p = p.slice(1).trim()
    if (p.length > 0) {
      p = posix.normalize(p)
      if (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1)
      if (p.length > 1 && p.startsWith('/')) p = p.slice(1)
    }
    out.push(invert ? `!${p}` : p)
  }
  return out
}

const ESCAPE = new Set(['.', '+', '(', ')', '|', '{', '}', '$', '^'])

/** patternmatcher's compile: a whole-path pattern to an anchored RegExp. */
export function compilePattern(pattern: string): RegExp {
  let re = '^'
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++
        if (pattern[i + 1] === '/') i++
        re += i + 1 >= pattern.length ? '.*' : '(.*/)?'
      } else re += '[^/]*'
    } else if (c === '?') re += '[^/]'
    else if (c === '\\') {
      if (i + 1 < pattern.length) re += `\\${pattern[++i]}`
      else re += '\\\\'
    } else if (c === '[') {
      // Go's [^...] and [!...] negate; copy the class through.
      let j = i + 1
      let cls = '['
      if (pattern[j] === '^' || pattern[j] === '!') {
        cls += '^'
        j++
      }
      while (j < pattern.length && pattern[j] !== ']') {
        const d = pattern[j]!
        cls += d === '\\' && j + 1 < pattern.length ? `\\${pattern[++j]}` : d === '[' ? '\\[' : d
        j++
      }
      if (j >= pattern.length) re += '\\['
      else {
        re += `${cls}]`
        i = j
      }
    } else if (ESCAPE.has(c) || c === ']') re += `\\${c}`
    else re += c
  }
  return new RegExp(`${re}$`, 's')
}

export class IgnoreMatcher {
  readonly patterns: readonly IgnorePattern[]
  /** With no `!` exception, an excluded directory can be skipped whole. */
  readonly hasExceptions: boolean

  constructor(lines: readonly string[]) {
    this.patterns = lines.map((l) => {
      const exclusion = l.startsWith('!')
      const source = exclusion ? l.slice(1) : l
      return { source, exclusion, re: compilePattern(source) }
    })
    this.hasExceptions = this.patterns.some((p) => p.exclusion)
  }

  /** `rel` is slash-separated, relative to the context, without a leading `./`. */
  ignores(rel: string): boolean {
    const parts = rel.split('/')
    let matched = false
    for (const p of this.patterns) {
      if (p.exclusion !== matched) continue
      let hit = p.re.test(rel)
      for (let i = 1; !hit && i < parts.length; i++) hit = p.re.test(parts.slice(0, i).join('/'))
      if (hit) matched = !p.exclusion
    }
    return matched
  }
}

/** Go filepath.Match for one path component (COPY source wildcards). */
export function componentMatcher(pattern: string): RegExp {
  return compilePattern(pattern.replace(/\*\*/g, '*'))
}

export function hasWildcard(p: string): boolean {
  return /[*?[]/.test(p)
}
