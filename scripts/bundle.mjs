// Bundles the CLI into packages/cli/dist-bundle: one small entry (main.js) plus one entry per
// command with shared chunks, so `tsc-compose X` loads only what X needs, from a handful of
// files instead of hundreds of modules. Runs after `tsc -b` (it bundles the emitted JS).
import { build } from 'esbuild'
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, dirname, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'packages/cli/dist')
const out = join(root, 'packages/cli/dist-bundle')
const commands = readdirSync(join(dist, 'commands')).filter((f) => f.endsWith('.js')).map((f) => join(dist, 'commands', f))

// Perf: `import { x } from '@tsc-compose/runtime'` goes through the package's barrel
// (src/index.ts). With splitting, esbuild puts into an entry's chunks every file it can reach
// through static imports that is used anywhere in the build, and several commands import the
// whole barrel dynamically, so any static barrel import made `container run` load the image
// archives, registry, builder and networking code (~600 KB). This plugin points each static
// named import of a workspace barrel straight at the module that defines the name (the barrel
// is re-exports only, by the style rules); anything it does not recognise is left alone.
const barrels = {
  '@tsc-compose/runtime': join(root, 'packages/runtime/dist'),
  '@tsc-compose/compose': join(root, 'packages/compose/dist'),
}
function barrelMap(distDir) {
  const map = new Map()
  for (const m of readFileSync(join(distDir, 'index.js'), 'utf8').matchAll(/^export \{([^}]*)\} from '(\.[^']+)';$/gm)) {
    for (const spec of m[1].split(',').map((x) => x.trim()).filter(Boolean)) {
      const [orig, alias = orig] = spec.split(/\s+as\s+/)
      map.set(alias, { file: join(distDir, m[2]), orig })
    }
  }
  return map
}
const maps = Object.fromEntries(Object.entries(barrels).map(([k, v]) => [k, barrelMap(v)]))
const IMPORT_RE = /^import \{([^}]*)\} from '(@tsc-compose\/(?:runtime|compose))';$/gm
// `const { a, b } = await import('@tsc-compose/runtime')`: the same, for lazy imports.
let deepCount = 0
const DYNAMIC_RE = /const \{([^}=]*)\} = await import\('(@tsc-compose\/(?:runtime|compose))'\);/g
function specsOf(names, pkg) {
  return names.split(',').map((x) => x.trim()).filter(Boolean).map((spec) => {
    const [name, local = name] = spec.split(/\s*(?:\s+as\s+|:)\s*/)
    return { name, local, target: maps[pkg].get(name) }
  })
}
const deepImports = {
  name: 'deep-barrel-imports',
  setup(b) {
    b.onLoad({ filter: /packages\/(cli|compose)\/dist\/.*\.js$/ }, (args) => deepLoad(args.path))
  },
}
/** A workspace file with its barrel imports pointed at the defining modules (or undefined: unchanged). */
function deepLoad(path) {
  const text = readFileSync(path, 'utf8')
  if (!text.includes("'@tsc-compose/")) return undefined
  const contents = text
    .replace(IMPORT_RE, (whole, names, pkg) => {
      const specs = specsOf(names, pkg)
      if (specs.some((x) => !x.target)) return whole
      return specs.map((x) => `import { ${x.target.orig} as ${x.local} } from ${JSON.stringify(x.target.file)};`).join(' ')
    })
    .replace(DYNAMIC_RE, (whole, names, pkg) => {
      const specs = specsOf(names, pkg)
      if (specs.some((x) => !x.target || !/^[\w$]+$/.test(x.local))) return whole
      const mods = specs.map(() => `__deep${++deepCount}`)
      const loads = specs.map((x) => `import(${JSON.stringify(x.target.file)})`).join(', ')
      return `const [${mods.join(', ')}] = await Promise.all([${loads}]); ` + specs.map((x, i) => `const ${x.local} = ${mods[i]}.${x.target.orig};`).join(' ')
    })
  return { contents, loader: 'js', resolveDir: dirname(path) }
}

// Build next to the live bundle, then move files in one by one (rename is atomic): a CLI
// that is running while we rebuild keeps finding its chunks (they have content hashes, so
// old ones stay valid; `pnpm clean` removes them).
const staging = `${out}.staging-${process.pid}`
rmSync(staging, { recursive: true, force: true })
const common = {
  outbase: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // Ink/React load only in commands that render; keep them (and native .node files) as
  // runtime imports from node_modules.
  external: ['ink', 'react', 'react/*', '*.node'],
  // Some dependencies are CommonJS and call require(): give the ESM bundle one.
  banner: { js: "import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
}
// The dashboard's renderer is also an entry of its own: the fast (CommonJS) builds, which
// cannot require() Ink, import this ES module build of it at run time (esmOnlyStub).
const ESM_ONLY = [join(dist, 'dashboard', 'run.js')]
await build({ ...common, entryPoints: [join(dist, 'main.js'), ...commands, ...ESM_ONLY], outdir: staging, plugins: [deepImports] })

// Perf: the commands users wait on most are rebuilt each on its own (one entry, so its
// static code is one file instead of a dozen chunks shared with other commands: Node's ESM
// loader spends ~1 ms per module file on resolving and linking), and the workspace modules
// the CLI imports lazily are imported statically there (every one of these commands needs
// them). What stays lazy: image archives, builder, registry, networking, the YAML library,
// Ink renderers. Their entry files replace the shared build's ones.
const HOT = [
  'container-run', 'container-create', 'container-start', 'container-stop', 'container-rm', 'container-ps', 'container-exec',
  'container-logs', 'container-inspect', 'container-kill', 'container-wait',
  'up', 'down', 'ps', 'start', 'stop', 'restart', 'logs', 'exec', 'run', 'create', 'rm', 'kill', 'config',
].filter((c) => commands.includes(join(dist, 'commands', `${c}.js`)))
// A lazy import of a workspace module (the runtime barrel excepted: it would bring
// everything) becomes a static namespace import resolved through a Promise.
const LAZY_WORKSPACE_RE = /\bimport\((['"])(@tsc-compose\/compose|\/[^'"]*\/packages\/(?:runtime|compose)\/dist\/[^'"]+)\1\)/g
const hoistWorkspace = {
  name: 'hoist-workspace-imports',
  setup(b) {
    b.onLoad({ filter: /packages\/cli\/dist\/.*\.js$/ }, async (args) => {
      const loaded = await deepLoad(args.path)
      const text = loaded?.contents ?? readFileSync(args.path, 'utf8')
      const hoisted = []
      const contents = text.replace(LAZY_WORKSPACE_RE, (_whole, _q, spec) => {
        hoisted.push(`import * as __hoist${hoisted.length} from ${JSON.stringify(spec)};`)
        return `Promise.resolve(__hoist${hoisted.length - 1})`
      })
      return { contents: hoisted.join(' ') + contents, loader: 'js', resolveDir: dirname(args.path) }
    })
  },
}
await Promise.all(HOT.map((c) => build({ ...common, entryPoints: [join(dist, 'commands', `${c}.js`)], outdir: join(staging, 'hot', c), plugins: [hoistWorkspace, deepImports] })))
for (const c of HOT) {
  // Chunk names carry a content hash: a name the shared build also made is the same file.
  moveInto(join(staging, 'hot', c, 'chunks'), join(staging, 'chunks'))
  renameSync(join(staging, 'hot', c, 'commands', `${c}.js`), join(staging, 'commands', `${c}.js`))
}
rmSync(join(staging, 'hot'), { recursive: true, force: true })

/**
 * In the fast builds, a module that needs Ink (ESM only) becomes a stub that imports its ES
 * module build (the ESM_ONLY entries above) through main's importEsm when first called: `up`
 * then has a fast build, and only `up --dashboard` pays for the ES module loader.
 */
const esmOnlyStub = {
  name: 'esm-only-stub',
  setup(b) {
    b.onLoad({ filter: /packages\/cli\/dist\/dashboard\/run\.js$/ }, (args) => {
      const rel = relative(dist, args.path).split(sep).join('/')
      const names = [...readFileSync(args.path, 'utf8').matchAll(/^export (?:async )?function (\w+)/gm)].map((m) => m[1])
      const load = `() => globalThis.__tscImportEsm(new URL(${JSON.stringify(`../${rel}`)}, import.meta.url).href)`
      return {
        contents: `const load = ${load};\n` + names.map((n) => `export async function ${n}(...a) { return (await load()).${n}(...a) }`).join('\n'),
        loader: 'js',
      }
    })
  },
}

// Perf: the same commands once more as single CommonJS files, which main loads through
// V8's code cache (packages/cli/src/code-cache.ts; Node 20 caches no ES module). Lazy parts
// are inlined but run only when used. A command whose code reaches Ink (ESM only, so no
// require()) or that CommonJS cannot express keeps the ES module build alone.
const fastOk = await Promise.all(HOT.map(async (c) => {
  try {
    const r = await build({
      ...common,
      splitting: false,
      format: 'cjs',
      // import() of an external (node:stream...) would run through vm.Script's dynamic import
      // callback, which Node 20 does not give code compiled from a code cache: turn it into
      // require() (the fast builds exclude anything that needs real ESM, like Ink).
      supported: { 'dynamic-import': false },
      entryPoints: [join(dist, 'commands', `${c}.js`)],
      outfile: join(staging, 'fast', `${c}.cjs`),
      chunkNames: undefined,
      outbase: undefined,
      plugins: [esmOnlyStub, deepImports],
      metafile: true,
      logLevel: 'silent',
      define: { 'import.meta.url': '__tscImportMetaUrl' },
      banner: { js: "var __tscImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    })
    const ok = !Object.values(r.metafile.outputs).some((o) => o.imports.some((i) => /^(ink|react)(\/|$)/.test(i.path)))
    if (!ok) rmSync(join(staging, 'fast', `${c}.cjs`), { force: true })
    return ok
  } catch (err) {
    // The command keeps its ES module build (slower to start): say so, never silently.
    console.warn(`bundle: no fast build for ${c}: ${String((err)?.message ?? err).split('\n')[0]}`)
    return false
  }
}))
for (const [i, c] of HOT.entries()) if (fastOk[i]) postProcessFast(join(staging, 'fast', `${c}.cjs`))

// The bin's entry: main.js once more as one CommonJS file (Node's ESM loader costs ~7 ms of a
// start; require() of CommonJS does not start it). It loads the fast commands above through
// the code cache and every other command with import() from commands/.
await build({
  ...common,
  splitting: false,
  format: 'cjs',
  entryPoints: [join(dist, 'main.js')],
  outfile: join(staging, 'main.cjs'),
  chunkNames: undefined,
  outbase: undefined,
  plugins: [deepImports],
  define: { 'import.meta.url': '__tscImportMetaUrl' },
  banner: { js: "var __tscImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
})

function postProcessFast(file) {
  writeFileSync(file, lazyBuiltins(asciiOnly(readFileSync(file, 'utf8'))))
}

/**
 * Perf: esbuild leaves some non-ASCII characters (in regular expressions and comments); one
 * is enough to make V8 hold the whole ~0.5 MB source as a two-byte string, which doubles what
 * every start decodes and allocates. A \u escape means the same in a string, a template, a
 * regular expression and a comment.
 */
function asciiOnly(text) {
  return text.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * Perf: a fast file requires, at its top, every Node builtin any of its modules imports, so
 * `container ps` loaded crypto, child_process, net, dgram, fs/promises and os (~7 ms of CPU)
 * it never calls. Named imports of these builtins (`(0, import_node_os.cpus)()` in esbuild's
 * output) get an object that requires the module on first use instead. Only builtins whose
 * exports object is a plain object qualify (events, stream, module and assert export
 * functions); namespace and default imports (`__toESM(require(...))`) stay as they are.
 */
function lazyBuiltins(text) {
  // (Declared in here: the fast builds above call this before top-level consts below exist.)
  const lazy = ['crypto', 'child_process', 'dgram', 'dns', 'fs/promises', 'http', 'https', 'net', 'os', 'readline', 'stream/promises', 'string_decoder', 'tls', 'tty', 'v8', 'worker_threads', 'zlib']
  const helper =
    'var __tscLazyBuiltin = (id) => { let m; const load = () => m ??= require(id); return new Proxy({}, { get: (_, k) => load()[k], has: (_, k) => k in load(), ' +
    'ownKeys: () => Reflect.ownKeys(load()), getOwnPropertyDescriptor: (_, k) => { const d = Reflect.getOwnPropertyDescriptor(load(), k); return d && { ...d, configurable: true } } }) };\n'
  const out = text.replace(/(?<!__toESM\()\brequire\("((?:node:)?([a-z_/]+))"\)/g, (whole, id, name) =>
    lazy.includes(name) ? `__tscLazyBuiltin(${JSON.stringify(id)})` : whole)
  // After the banner and esbuild's "use strict", before any module code.
  const strict = out.indexOf('"use strict";\n')
  const at = strict >= 0 && strict < 200 ? strict + '"use strict";\n'.length : out.indexOf('\n') + 1
  return out.slice(0, at) + helper + out.slice(at)
}

function moveInto(from, to) {
  mkdirSync(to, { recursive: true })
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (e.isDirectory()) moveInto(join(from, e.name), join(to, e.name))
    else renameSync(join(from, e.name), join(to, e.name))
  }
}
// Chunks first, entries last: an entry never points at a chunk that is not there yet.
moveInto(join(staging, 'chunks'), join(out, 'chunks'))
// A code cache is named after its file's inode: the replaced files' caches are garbage.
rmSync(join(out, 'fast'), { recursive: true, force: true })
if (fastOk.some(Boolean)) moveInto(join(staging, 'fast'), join(out, 'fast'))
moveInto(join(staging, 'dashboard'), join(out, 'dashboard'))
moveInto(join(staging, 'commands'), join(out, 'commands'))
// main.cjs is what the bin compares with the TypeScript build; main.js last, as before.
renameSync(join(staging, 'main.cjs'), join(out, 'main.cjs'))
renameSync(join(staging, 'main.js'), join(out, 'main.js'))
rmSync(staging, { recursive: true, force: true })
