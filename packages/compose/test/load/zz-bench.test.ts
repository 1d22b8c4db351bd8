import { it } from 'vitest'
import { parseComposeYaml, interpolate, mergeComposeFiles } from '../../src/index.js'
it('bench', () => {
  const base = ['x-d: &d', '  image: busybox', '  environment: {A: "1"}', 'services:']
  for (let i = 0; i < 500; i++) base.push(`  s${i}:`, '    <<: *d', `    command: [echo, "\${V:-${i}}"]`, `    ports: ["${10000 + i}:80"]`, '    labels: {a: b}')
  const files: Record<string, string> = { '/p/compose.yaml': base.join('\n') }
  for (let k = 0; k < 3; k++) {
    const o = ['services:']
    for (let i = 0; i < 500; i += 2) o.push(`  s${i}:`, `    environment: {K${k}: "v"}`, `    ports: ["${20000 + i}:81"]`)
    files[`/p/o${k}.yaml`] = o.join('\n')
  }
  const time = (label: string, f: () => unknown) => { f(); const t = performance.now(); let r; for (let i = 0; i < 5; i++) r = f(); console.log(label, ((performance.now() - t) / 5).toFixed(1)); return r }
  const parsed = time('parse', () => Object.entries(files).map(([p, t]) => parseComposeYaml(t, p))) as any[]
  const docs = time('interp', () => parsed.map((p) => interpolate(p.doc, { lookup: () => undefined, locate: p.locate }))) as any[]
  time('merge', () => docs.reduce((a, d) => mergeComposeFiles(a, d), {}))
})
