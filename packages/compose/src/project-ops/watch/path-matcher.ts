import { isAbsolute, join, normalize } from 'node:path'
import { IgnoreMatcher } from '@tsc-compose/runtime'

/**
 * docker compose's watch matchers (pkg/watch dockerPathMatcher): `.dockerignore`-syntax
 * patterns made absolute against a root (the watched path for `ignore`/`include`, the build
 * context for `.dockerignore`), then matched against absolute host paths with moby's
 * patternmatcher rules: the last matching pattern wins, `!` re-includes, and a pattern that
 * matches a parent directory matches everything under it. Pure.
 */
export interface PathMatcher {
  matches(absPath: string): boolean
  /**
   * True when the whole directory is matched and no `!` exception could re-include something
   * under it: the watcher may then skip it entirely (node_modules: inotify watch limits).
   */
  matchesEntireDir(absPath: string): boolean
}

interface AbsPattern {
  readonly path: string
  readonly exclusion: boolean
}

/** patternmatcher's reading of one pattern line: trimmed, cleaned, made absolute. */
function absPatterns(root: string, patterns: readonly string[]): AbsPattern[] {
  const out: AbsPattern[] = []
  for (const raw of patterns) {
    let p = raw.trim()
    if (p === '') continue
    const exclusion = p.startsWith('!')
    if (exclusion) p = p.slice(1).trim()
    if (p === '') continue
    p = normalize(p)
    if (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1)
    out.push({ path: isAbsolute(p) ? p : join(root, p), exclusion })
  }
  return out
}

/** Is `child` `parent` itself or below it (docker compose's paths.IsChild). */
export function isChildPath(parent: string, child: string): boolean {
  if (parent === child) return true
  const base = parent.endsWith('/') ? parent : `${parent}/`
  return child.startsWith(base)
}

class DockerPatternMatcher implements PathMatcher {
  private readonly matcher: IgnoreMatcher
  private readonly patterns: readonly AbsPattern[]

  constructor(root: string, patterns: readonly string[]) {
    this.patterns = absPatterns(root, patterns)
    // IgnoreMatcher works on slash-separated relative paths with parent matching; absolute
    // paths become relative to `/` on both sides, which keeps the same meaning.
    this.matcher = new IgnoreMatcher(this.patterns.map((p) => `${p.exclusion ? '!' : ''}${p.path.slice(1)}`))
  }

  matches(absPath: string): boolean {
    if (this.patterns.length === 0) return false
    return this.matcher.ignores(normalize(absPath).slice(1))
  }

  matchesEntireDir(absPath: string): boolean {
    if (!this.matches(absPath)) return false
    // An exception under this directory (`!node_modules/keep`) means part of it is wanted.
    return !this.patterns.some((p) => p.exclusion && (isChildPath(absPath, p.path) || /[*?[\\]/.test(p.path)))
  }
}

export function dockerPatternMatcher(root: string, patterns: readonly string[]): PathMatcher {
  return new DockerPatternMatcher(root, patterns)
}

/** Matches when any of its parts does. */
export function anyOf(matchers: readonly PathMatcher[]): PathMatcher {
  return {
    matches: (p) => matchers.some((m) => m.matches(p)),
    matchesEntireDir: (p) => matchers.some((m) => m.matchesEntireDir(p)),
  }
}

/**
 * Editor droppings docker compose never reacts to (its EphemeralPathMatcher): JetBrains
 * safe-write files, emacs lock and autosave files, vim swap and backup files.
 */
export const EPHEMERAL_PATTERNS: readonly string[] = [
  '**/*___jb_old___', '**/*___jb_tmp___', '**/.idea/**',
  '**/.#*', '**/#*#',
  '**/4913', '**/*~', '**/.*.swp', '**/.*.swx', '**/.*.swo', '**/.*.swn',
]

export const ephemeralMatcher: PathMatcher = dockerPatternMatcher('/', EPHEMERAL_PATTERNS)

/** `.git` directories are never synced nor trigger anything (docker compose hard-codes it). */
export const dotGitMatcher: PathMatcher = {
  matches: (p) => p.split('/').includes('.git'),
  matchesEntireDir: (p) => p.split('/').includes('.git'),
}
