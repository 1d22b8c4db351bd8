import { readFileSync, readdirSync } from 'node:fs'
const dir = process.argv[2]
const f = readdirSync(dir).filter(x => x.endsWith('.cpuprofile')).sort().pop()
const p = JSON.parse(readFileSync(dir + '/' + f, 'utf8'))
const byId = new Map(p.nodes.map((n) => [n.id, n]))
const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const dt = new Map(); for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0))
const names = process.argv.slice(3)
const incl = new Map(names.map((n) => [n, 0]))
for (const [id, t] of dt) {
  const seen = new Set()
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) { const fn = byId.get(cur).callFrame.functionName; if (incl.has(fn) && !seen.has(fn)) { seen.add(fn); incl.set(fn, incl.get(fn) + t) } }
}
const tot = [...dt.values()].reduce((a, b) => a + b, 0)
console.log('total', (tot / 1000).toFixed(0), 'ms')
for (const [n, t] of incl) console.log(n.padEnd(24), (t / 1000).toFixed(0), 'ms')
