import { build } from 'esbuild'
const r = await build({ entryPoints: ['/work/main/packages/compose/dist/index.js'], outdir: '/tmp/cb2', bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', external: ['*.node'], logLevel: 'silent', metafile: true, write: false })
const out = Object.entries(r.metafile.outputs).find(([k]) => k.endsWith('index.js'))[1]
const groups = new Map()
for (const [k, v] of Object.entries(out.inputs)) {
  const g = k.includes("schema") ? k : k.includes('node_modules') ? k.replace(/.*node_modules\/(\.pnpm\/)?/, '').split('/').slice(0, k.includes('.pnpm') ? 3 : 1).join('/') : k.split('/').slice(0, 4).join('/')
  groups.set(g, (groups.get(g) ?? 0) + v.bytesInOutput)
}
for (const [g, b] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(String(b).padStart(8), g)
