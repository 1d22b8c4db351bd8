import { createHash } from 'node:crypto'
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, statSync, type Stats } from 'node:fs'
import { join, posix } from 'node:path'
import { resolveInRoot } from '../images/tar-path.js'
import { componentMatcher, hasWildcard, IgnoreMatcher, parseDockerignore } from './dockerignore.js'

/**
 * What a COPY/ADD source names: files found in the build context (or in another stage's
 * root filesystem for `--from`), `.dockerignore` applied, wildcards expanded, and a content
 * hash over exactly what will be copied (the cache key of the step).
 */

export interface SourceEntry {
  /** Path relative to the source item ('' = the item itself). */
  readonly rel: string
  readonly abs: string
  readonly st: Stats
  /** Symlinks: the link text. */
  readonly link?: string
}

export interface SourceItem {
  /** The matched path, relative to the source root. */
  readonly path: string
  readonly isDir: boolean
  /** The item itself first ('' rel), then its tree (directories before their children). */
  readonly entries: readonly SourceEntry[]
}

/** `<Dockerfile>.dockerignore` next to the Dockerfile wins over `<context>/.dockerignore` (BuildKit). */
export function loadIgnore(contextDir: string, dockerfilePath?: string): IgnoreMatcher | undefined {
  const candidates = [...(dockerfilePath ? [`${dockerfilePath}.dockerignore`] : []), join(contextDir, '.dockerignore')]
  for (const f of candidates) {
    if (existsSync(f)) return new IgnoreMatcher(parseDockerignore(readFileSync(f, 'utf8')))
  }
  return undefined
}

function lstatMaybe(p: string): Stats | undefined {
  try {
    return lstatSync(p)
  } catch {
    return undefined
  }
}

function sortBytes(names: string[]): string[] {
  return names.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
}

/** Expands one source (wildcards per path component, like filepath.Glob) to paths under root. */
export function expandSource(root: string, src: string): string[] {
  const clean = posix.normalize(`/${src}`).slice(1).replace(/\/+$/, '')
  if (clean === '' || clean === '.') return ['']
  if (!hasWildcard(clean)) return [clean]
  let found: string[] = ['']
  for (const comp of clean.split('/')) {
    const next: string[] = []
    for (const base of found) {
      if (!hasWildcard(comp)) {
        next.push(base ? `${base}/${comp}` : comp)
        continue
      }
      const dir = resolveInRoot(root, base, true)
      let names: string[]
      try {
        names = readdirSync(dir)
      } catch {
        continue
      }
      const re = componentMatcher(comp)
      for (const n of sortBytes(names)) if (re.test(n)) next.push(base ? `${base}/${n}` : n)
    }
    found = next
  }
  return found.filter((p) => lstatMaybe(resolveInRoot(root, p, true)) !== undefined)
}

/**
 * Collects one matched path: the item (its top-level symlink followed, confined to root)
 * and, for a directory, its tree with symlinks kept as links. `ignore` paths are relative
 * to root.
 */
export function collectItem(root: string, path: string, ignore?: IgnoreMatcher): SourceItem | undefined {
  const abs = resolveInRoot(root, path, true)
  const st = lstatMaybe(abs)
  if (!st) return undefined
  if (path !== '' && ignore?.ignores(path)) return undefined
  const entries: SourceEntry[] = [{ rel: '', abs, st }]
  if (!st.isDirectory()) return { path, isDir: false, entries }
  const walk = (dirAbs: string, rel: string, ctxRel: string): void => {
    for (const name of sortBytes(readdirSync(dirAbs))) {
      const childAbs = join(dirAbs, name)
      const childRel = rel ? `${rel}/${name}` : name
      const childCtx = ctxRel ? `${ctxRel}/${name}` : name
      const cst = lstatSync(childAbs)
      const ignored = ignore?.ignores(childCtx) ?? false
      if (ignored && !(cst.isDirectory() && ignore!.hasExceptions)) continue
      if (cst.isDirectory()) {
        const before = entries.length
        if (!ignored) entries.push({ rel: childRel, abs: childAbs, st: cst })
        walk(childAbs, childRel, childCtx)
        // An ignored directory is only kept as the parent of an excepted file.
        if (ignored && entries.length > before) entries.splice(before, 0, { rel: childRel, abs: childAbs, st: cst })
        continue
      }
      if (ignored) continue
      if (cst.isSymbolicLink()) entries.push({ rel: childRel, abs: childAbs, st: cst, link: readlinkSync(childAbs) })
      else if (cst.isFile()) entries.push({ rel: childRel, abs: childAbs, st: cst })
      // sockets, fifos and devices in a build context are skipped, as docker does
    }
  }
  walk(abs, '', path)
  return { path, isDir: true, entries }
}

const contentCache = new Map<string, string>()

/** sha256 of a file's bytes, remembered per (path, size, mtime, inode) within this process. */
function fileDigest(abs: string, st: Stats): string {
  const key = `${abs}\0${st.size}\0${st.mtimeMs}\0${st.ino}`
  let d = contentCache.get(key)
  if (!d) {
    d = createHash('sha256').update(readFileSync(abs)).digest('hex')
    contentCache.set(key, d)
  }
  return d
}

/**
 * The content hash of what a COPY will copy: names, types, modes, link targets and file
 * bytes; not owners or times, so a fresh checkout of the same files hits the cache (as
 * docker's context checksums do).
 */
export function hashItems(items: readonly SourceItem[]): string {
  const h = createHash('sha256')
  for (const item of items) {
    h.update(`item\0${item.path}\0${item.isDir ? 'd' : 'f'}\n`)
    for (const e of item.entries) {
      const st = e.st
      const kind = st.isDirectory() ? 'd' : st.isSymbolicLink() ? 'l' : 'f'
      h.update(`${e.rel}\0${kind}\0${(st.mode & 0o7777).toString(8)}\0`)
      if (kind === 'l') h.update(e.link ?? '')
      else if (kind === 'f') {
        // A followed top-level symlink: hash what it points to.
        const real = st.isFile() ? st : statSync(e.abs)
        h.update(fileDigest(e.abs, real))
      }
      h.update('\n')
    }
  }
  return h.digest('hex')
}
