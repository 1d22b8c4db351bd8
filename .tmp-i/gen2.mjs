import { createRequire } from 'node:module'
const require = createRequire('/work/main/packages/compose/package.json')
const Ajv = require('ajv').default
const standalone = require('ajv/dist/standalone').default
const { composeSchema } = await import('/work/main/packages/compose/dist/schema/compose-schema.js')
for (const [name, extra] of [['base', {}], ['nomsg', { messages: false }], ['nomsg-noverbose', { messages: false, code: { source: true, esm: true, optimize: 3 } }]]) {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, inlineRefs: false, code: { source: true, esm: true }, ...extra })
  const src = standalone(ajv, ajv.compile(composeSchema))
  console.log(name, src.length, require('zlib').gzipSync(src).length)
}
