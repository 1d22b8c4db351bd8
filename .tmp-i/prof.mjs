import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
const src = readFileSync('/work/main/bench/config-load.mjs', 'utf8')
const SERVICES = 500
const baseFile = new Function('SERVICES', src.slice(src.indexOf('function baseFile'), src.indexOf('function overrideFile')) + 'return baseFile')(SERVICES)
const overrideFile = new Function('SERVICES', src.slice(src.indexOf('function overrideFile'), src.indexOf('const dir =')) + 'return overrideFile')(SERVICES)
const dir = mkdtempSync(join(tmpdir(), 'prof-'))
const files = ['compose.yaml', 'override1.yaml', 'override2.yaml', 'override3.yaml']
writeFileSync(join(dir, files[0]), baseFile())
for (let n = 1; n <= 3; n++) writeFileSync(join(dir, files[n]), overrideFile(n))
writeFileSync(join(dir, '.env'), 'TAG=1.0\n')
const { loadProject } = await import('/work/main/packages/compose/dist/index.js')
const opts = { cwd: dir, files, processEnv: { HOME: '/root', PATH: process.env.PATH } }
const ts = []
for (let i = 0; i < Number(process.argv[2] ?? 20); i++) { const t = performance.now(); await loadProject(opts); ts.push(performance.now() - t) }
ts.sort((a, b) => a - b); console.log('median', ts[Math.floor(ts.length / 2)].toFixed(1), 'min', ts[0].toFixed(1))
