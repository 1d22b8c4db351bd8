import { closeSync, fstatSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { Script, constants } from 'node:vm'

/**
 * Loads one of the bundle's CommonJS command files (dist-bundle/fast/<name>.cjs, made by
 * scripts/bundle.mjs) through V8's code cache, kept next to it in `<file>.<ino>-<mtime>.cache`.
 *
 * Why: Node 20 has no compile cache for ES modules, and parsing plus first compiling the
 * ~0.5 MB a container command runs cost ~25 ms of every start (a third of the CLI's own
 * time). The cache holds the functions the run that wrote it compiled. V8 checks it against
 * its own version and flags, and a foreign one is only ignored (`cachedDataRejected`) and
 * rewritten; but V8 knows the source only by its length, so the cache is named after the
 * file's inode and mtime: a rebuilt bundle never meets an old cache.
 *
 * A cache is only as good as the run that wrote it: one made by `--help`, a usage error or an
 * early failure holds the module's top level alone, and V8 accepts it on every later run,
 * which then compiles the rest of the command from source each time (~9 ms of `container
 * run`). So such a run writes `<...>.partial.cache` (used while there is nothing better), and
 * the first command that succeeds writes the full one (see commandSucceeded).
 */
/**
 * import() for code loaded through the cache: Node 20 gives code compiled from a code cache no
 * dynamic-import callback, so the fast bundles reach ES-module-only code (Ink, React: the
 * dashboard of `up --dashboard`) through this function, compiled the ordinary way. The bundle
 * script points those imports here (scripts/bundle.mjs, esmOnlyStub).
 */
export function importEsm(specifier: string): Promise<unknown> {
  return import(specifier)
}
;(globalThis as { __tscImportEsm?: typeof importEsm }).__tscImportEsm = importEsm

export function loadCachedModule(file: string): unknown {
  const fd = openSync(file, 'r')
  let source: string
  let base: string
  try {
    const st = fstatSync(fd)
    base = `${file}.${st.ino}-${Math.trunc(st.mtimeMs * 1000)}`
    // latin1: the bundle script makes these files pure ASCII (asciiOnly in scripts/bundle.mjs),
    // where latin1 reads the same string and skips UTF-8 decoding: ~1.5 ms of 1.9 MB (down).
    source = readFileSync(fd, 'latin1')
  } finally {
    closeSync(fd)
  }
  let cachedData: Buffer | undefined
  let complete = true
  for (const name of [`${base}.cache`, `${base}.partial.cache`]) {
    try {
      cachedData = readFileSync(name)
      break
    } catch {
      // none yet (or never writable): compile from source
      complete = false
    }
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    // import() inside the bundle (Ink, the ESM-only renderer) goes through Node's own loader.
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER as never,
  })
  const mod = { exports: {} as unknown }
  ;(script.runInThisContext() as (...a: unknown[]) => void)(mod.exports, createRequire(file), mod, file, dirname(file))
  const usable = cachedData !== undefined && !script.cachedDataRejected
  if (!usable || !complete) {
    pending.push({ script, base, usable })
    if (!hooked) process.once('exit', writeCodeCaches)
    hooked = true
  }
  return mod.exports
}

/** Modules whose cache is missing, rejected or partial: written at exit (writeCodeCaches). */
const pending: Array<{ script: Script; base: string; usable: boolean }> = []
let hooked = false
let succeeded = false

/** Main calls this when a command ran to success: its caches are then written in full. */
export function commandSucceeded(): void {
  succeeded = true
}

/** Runs at exit, so a cache also holds what the run compiled lazily (most of a command). */
export function writeCodeCaches(): void {
  for (const { script, base, usable } of pending.splice(0)) {
    // A partial cache is only replaced by a full one; a missing one by anything.
    if (!succeeded && usable) continue
    try {
      const file = succeeded ? `${base}.cache` : `${base}.partial.cache`
      const tmp = `${file}.${process.pid}.tmp`
      writeFileSync(tmp, script.createCachedData())
      renameSync(tmp, file) // atomic: concurrent CLIs read a whole cache or none
      // The other kind goes: a partial one once there is a full one; a full one that V8
      // rejected (another Node) when only a partial one could be written.
      rmSync(succeeded ? `${base}.partial.cache` : `${base}.cache`, { force: true })
    } catch {
      // a read-only install: run without a cache
    }
  }
}
