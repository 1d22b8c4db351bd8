import { TscError } from '@tsc-compose/runtime'
import type { SourceLocation, TscErrorOptions } from '@tsc-compose/runtime'

export type { SourceLocation }

/**
 * Stable public codes for compose-file errors. Codes are public: never rename one silently;
 * add new ones here so every producer and the CLI share one list.
 */
export const COMPOSE_ERROR_CODES = {
  YAML_SYNTAX: 'COMPOSE_YAML_SYNTAX',
  MISSING_VARIABLE: 'COMPOSE_MISSING_VARIABLE',
  INVALID_INTERPOLATION: 'COMPOSE_INVALID_INTERPOLATION',
  EXTENDS_CYCLE: 'COMPOSE_EXTENDS_CYCLE',
  EXTENDS_INVALID: 'COMPOSE_EXTENDS_INVALID',
  INCLUDE_CYCLE: 'COMPOSE_INCLUDE_CYCLE',
  INCLUDE_CONFLICT: 'COMPOSE_INCLUDE_CONFLICT',
  INVALID_PROJECT_NAME: 'COMPOSE_INVALID_PROJECT_NAME',
  DOTENV_SYNTAX: 'COMPOSE_DOTENV_SYNTAX',
  FILE_NOT_FOUND: 'COMPOSE_FILE_NOT_FOUND',
  NO_CONFIG_FILE: 'COMPOSE_NO_CONFIG_FILE',
  MERGE_CONFLICT: 'COMPOSE_MERGE_CONFLICT',
  INVALID_TYPE: 'COMPOSE_INVALID_TYPE',
  SERVICE_DISABLED: 'COMPOSE_SERVICE_DISABLED',
  EMPTY_PROJECT_NAME: 'COMPOSE_EMPTY_PROJECT_NAME',
  READ_ERROR: 'COMPOSE_READ_ERROR',
  NO_SUCH_SERVICE: 'COMPOSE_NO_SUCH_SERVICE',
  INVALID_MODEL: 'COMPOSE_INVALID_MODEL',
} as const

export type ComposeErrorCode = (typeof COMPOSE_ERROR_CODES)[keyof typeof COMPOSE_ERROR_CODES] | (string & {})

/** Any problem with a compose file, .env file or project setup that the user must fix. */
export class ComposeFileError extends TscError {
  constructor(code: ComposeErrorCode, message: string, options: TscErrorOptions = {}) {
    super(code, message, options)
  }
}

export function isComposeFileError(err: unknown, code?: string): err is ComposeFileError {
  return err instanceof ComposeFileError && (code === undefined || err.code === code)
}

/** `file:line:col` for messages; omits what is unknown. */
export function formatLocation(loc: SourceLocation | undefined): string {
  if (!loc) return ''
  let s = loc.file
  if (loc.line !== undefined) s += `:${loc.line}`
  if (loc.line !== undefined && loc.column !== undefined) s += `:${loc.column}`
  return s
}
