import { RuntimeError } from '../errors.js'

/**
 * A user-supplied value that does not parse. Exit code 125 is what docker's CLI uses for a
 * flag it refuses before creating anything, so scripts see the same status.
 */
export function invalidValue(code: string, message: string, hint?: string): RuntimeError {
  return new RuntimeError(code, message, { exitCode: 125, hint })
}

export const INVALID_SIZE = 'INVALID_SIZE'
export const INVALID_DURATION = 'INVALID_DURATION'
export const INVALID_CPUS = 'INVALID_CPUS'
export const INVALID_ULIMIT = 'INVALID_ULIMIT'
export const INVALID_SIGNAL = 'INVALID_SIGNAL'
