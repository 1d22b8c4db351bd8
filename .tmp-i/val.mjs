import { createRequire } from 'node:module'
const require = createRequire('/work/main/packages/compose/package.json')
const Ajv = require('ajv').default
const { composeSchema } = await import('/work/main/packages/compose/dist/schema/compose-schema.js')
const { parseComposeYaml } = await import('/work/main/packages/compose/dist/index.js')
import { readFileSync, readdirSync } from 'node:fs'
const dir = process.argv[2]
const docs = readdirSync(dir).filter(f => f.endsWith('.yaml')).map(f => parseComposeYaml(readFileSync(dir + '/' + f, 'utf8'), f).doc)
for (const allErrors of [true, false]) {
  const v = new Ajv({ allErrors, strict: false, validateFormats: false }).compile(composeSchema)
  const ts = []
  for (let i = 0; i < 30; i++) { const t = performance.now(); for (const d of docs) v(d); ts.push(performance.now() - t) }
  ts.sort((a, b) => a - b); console.log('allErrors', allErrors, ts[15].toFixed(1))
}
