import { schemaErrors } from '../schema/validator.js'
import { schemaError, type Locator } from './schema-errors.js'

/**
 * Validates one compose file (after interpolation, before merge) against the Compose
 * Specification schema. Throws one ComposeFileError: the most specific problem, located.
 */
export function validateComposeDocument(doc: unknown, loc: Locator): void {
  const errors = schemaErrors(doc ?? {})
  if (errors.length > 0) throw schemaError(errors, doc, loc)
}
