import { it } from 'vitest'
import { parseAllDocuments, LineCounter, parseDocument, Parser, Composer } from 'yaml'
it('bench', () => {
  const base = ['x-d: &d', '  image: busybox', '  environment: {A: "1"}', 'services:']
  for (let i = 0; i < 500; i++) base.push(`  s${i}:`, '    <<: *d', `    command: [echo, "\${V:-${i}}"]`, `    ports: ["${10000 + i}:80"]`, '    labels: {a: b}')
  const text = base.join('\n')
  const time = (label: string, f: () => unknown) => { for (let i = 0; i < 3; i++) f(); const t = performance.now(); let r; for (let i = 0; i < 10; i++) r = f(); console.log(label, ((performance.now() - t) / 10).toFixed(1)); return r }
  time('parseDoc', () => parseDocument(text, { merge: true }))
  time('parseDoc-nouniq', () => parseDocument(text, { merge: true, uniqueKeys: false }))
  time('parseAll-lc', () => parseAllDocuments(text, { lineCounter: new LineCounter(), merge: true }))
  time('parseAll-lc-nouniq', () => parseAllDocuments(text, { lineCounter: new LineCounter(), merge: true, uniqueKeys: false }))
  time('cst only', () => { let n = 0; for (const _ of new Parser().parse(text)) n++; return n })
})
