// Bundles the CLI into packages/cli/dist-bundle: one small entry (main.js) plus one entry per
// command with shared chunks, so `tsc-compose X` loads only what X needs, from a handful of
// files instead of hundreds of modules. Runs after `tsc -b` (it bundles the emitted JS).
import { build } from 'esbuild'
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'packages/cli/dist')
const out = join(root, 'packages/cli/dist-bundle')
const commands = readdirSync(join(dist, 'commands')).filter((f) => f.endsWith('.js')).map((f) => join(dist, 'commands', f))

// Build next to the live bundle, then move files in one by one (rename is atomic): a CLI
// that is running while we rebuild keeps finding its chunks (they have content hashes, so
// old ones stay valid; `pnpm clean` removes them).
const staging = `${out}.staging-${process.pid}`
rmSync(staging, { recursive: true, force: true })
await build({
  entryPoints: [join(dist, 'main.js'), ...commands],
  outdir: staging,
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
})

function moveInto(from, to) {
  mkdirSync(to, { recursive: true })
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (e.isDirectory()) moveInto(join(from, e.name), join(to, e.name))
    else renameSync(join(from, e.name), join(to, e.name))
  }
}
// Chunks first, entries last: an entry never points at a chunk that is not there yet.
moveInto(join(staging, 'chunks'), join(out, 'chunks'))
moveInto(join(staging, 'commands'), join(out, 'commands'))
renameSync(join(staging, 'main.js'), join(out, 'main.js'))
rmSync(staging, { recursive: true, force: true })
