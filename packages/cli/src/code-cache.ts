import { closeSync, fstatSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { Script, constants } from 'node:vm'

/**
 * Loads one of the bundle's CommonJS command files (dist-bundle/fast/<name>.cjs, made by
 * scripts/bundle.mjs) through V8's code cache, kept next to it in `<file>.cache`.
 *
 * Why: Node 20 has no compile cache for ES modules, and parsing plus first compiling the
 * ~0.5 MB a container command runs cost ~25 ms of every start (a third of the CLI's own
 * time). The cache holds the functions the previous run compiled. V8 checks it against its
 * own version and flags, and a foreign one is only ignored (`cachedDataRejected`) and
 * rewritten once this run is over; but V8 knows the source only by its length, so the cache
 * is named after the file's inode and mtime: a rebuilt bundle never meets an old cache.
 */
export function loadCachedModule(file: string): unknown {
  const fd = openSync(file, 'r')
  let source: string
  let cacheFile: string
  try {
    const st = fstatSync(fd)
    cacheFile = `${file}.${st.ino}-${Math.trunc(st.mtimeMs * 1000)}.cache`
    source = readFileSync(fd, 'utf8')
  } finally {
    closeSync(fd)
  }
  let cachedData: Buffer | undefined
  try {
    cachedData = readFileSync(cacheFile)
  } catch {
    // first run (or never writable): compile from source
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    // import() inside the bundle (Ink, the ESM-only renderer) goes through Node's own loader.
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER as never,
  })
  const mod = { exports: {} as unknown }
  ;(script.runInThisContext() as (...a: unknown[]) => void)(mod.exports, createRequire(file), mod, file, dirname(file))
  if (!cachedData || script.cachedDataRejected) {
    // At exit, so the cache also holds what this run compiled lazily (most of the command).
    process.once('exit', () => {
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`
        writeFileSync(tmp, script.createCachedData())
        renameSync(tmp, cacheFile) // atomic: concurrent CLIs read a whole cache or none
      } catch {
        // a read-only install: run without a cache
      }
    })
  }
  return mod.exports
}
