import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv'
import { composeSchema } from './compose-schema.js'

// ajv ships CommonJS: under NodeNext its default export is the module object.
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as typeof AjvModule

let compiled: ValidateFunction | undefined

/**
 * The compose schema, compiled once per process and only when first needed: commands that
 * never load a compose file do not pay for the compilation.
 */
export function composeValidator(): ValidateFunction {
  if (!compiled) {
    // allErrors: the reporter picks the most specific error among all of them.
    // strict off: our schema uses `type` unions next to `oneOf`, which strict mode flags.
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false })
    compiled = ajv.compile(composeSchema)
  }
  return compiled
}

export type { ErrorObject }
