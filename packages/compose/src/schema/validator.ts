import { createValidator } from './compose-validator.generated.js'

/** One ajv error, as the precompiled validator reports it. */
export interface SchemaError {
  readonly instancePath: string
  readonly schemaPath: string
  readonly keyword: string
  readonly params: Record<string, unknown>
  readonly message?: string
}

/**
 * Validates one compose document (after interpolation) against the Compose Specification
 * schema, precompiled by ajv (see generate-validator.ts). Returns every error, or [] when valid.
 */
export function schemaErrors(doc: unknown): readonly SchemaError[] {
  const fn = validator()
  return fn(doc) ? [] : (fn.errors ?? [])
}

type Validate = ((d: unknown) => boolean) & { errors?: SchemaError[] | null }

let compiled: Validate | undefined

/** The precompiled validator (generate-validator.ts), made on first use. */
function validator(): Validate {
  compiled ??= createValidator() as Validate
  return compiled
}
