import { build } from 'esbuild'
import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
const root = '/work/main'
const dist = join(root, 'packages/cli/dist')
const out = join(root, '.tmp-i/cli-se')
const commands = readdirSync(join(dist, 'commands')).filter((f) => f.endsWith('.js')).map((f) => join(dist, 'commands', f))
rmSync(out, { recursive: true, force: true })
const sideEffectsFree = { name: 'se', setup(b) { b.onResolve({ filter: /.*/ }, async (args) => {
  if (args.pluginData === 'inner' || args.kind === 'entry-point') return undefined
  if (!(args.path.startsWith('@tsc-compose/') || (args.path.startsWith('.') && args.resolveDir.includes('/packages/')))) return undefined
  const r = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: 'inner' })
  if (r.errors.length || r.external || !r.path.includes('/packages/')) return undefined
  return { path: r.path, sideEffects: false }
}) } }
const r = await build({ entryPoints: [join(dist, 'main.js'), ...commands], outdir: out, outbase: dist, bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20',
  chunkNames: 'chunks/[name]-[hash]', external: ['ink', 'react', 'react/*', '*.node'], metafile: true, plugins: process.argv[2] === 'se' ? [sideEffectsFree] : [],
  banner: { js: "import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);" }, logLevel: 'warning' })
const m = r.metafile
const closure = (entry) => { const seen = new Set(); const go = (f) => { if (seen.has(f)) return; seen.add(f); for (const i of m.outputs[f].imports) if (i.kind === 'import-statement' && !i.external && m.outputs[i.path]) go(i.path) }; go(entry); return [...seen] }
for (const c of ['config', 'ps', 'up']) { const files = closure(Object.keys(m.outputs).find((k) => k.endsWith(`commands/${c}.js`))); console.log(c, files.reduce((a, f) => a + m.outputs[f].bytes, 0), 'bytes static') }
