import { createRequire } from 'node:module'
import { writeFileSync } from 'node:fs'
const require = createRequire('/work/main/packages/compose/package.json')
const Ajv = require('ajv').default
const standalone = require('ajv/dist/standalone').default
const { composeSchema } = await import('/work/main/packages/compose/dist/schema/compose-schema.js')
for (const [name, extra] of [['inline', {}], ['noinline', { inlineRefs: false }]]) {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, code: { source: true, esm: true }, ...extra })
  const src = standalone(ajv, ajv.compile(composeSchema))
  writeFileSync(`/work/main/packages/compose/.tmp-${name}.mjs`, src)
  console.log(name, src.length)
}
