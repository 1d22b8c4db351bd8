import { RuntimeError, type TscErrorOptions } from '../errors.js'

/** Public error codes of the image store: never rename one silently. */
export const IMAGE_NOT_FOUND = 'IMAGE_NOT_FOUND'
export const IMAGE_INVALID_REFERENCE = 'IMAGE_INVALID_REFERENCE'
export const IMAGE_AMBIGUOUS = 'IMAGE_AMBIGUOUS'
export const IMAGE_IN_USE = 'IMAGE_IN_USE'
export const IMAGE_CONFLICT = 'IMAGE_CONFLICT'
export const IMAGE_DIGEST_MISMATCH = 'IMAGE_DIGEST_MISMATCH'
export const IMAGE_INVALID_ARCHIVE = 'IMAGE_INVALID_ARCHIVE'
export const IMAGE_UNSAFE_PATH = 'IMAGE_UNSAFE_PATH'
export const IMAGE_UNSUPPORTED = 'IMAGE_UNSUPPORTED'
export const IMAGE_INVALID_CHANGE = 'IMAGE_INVALID_CHANGE'
export const IMAGE_INVALID_INPUT = 'IMAGE_INVALID_INPUT'

export function imageError(code: string, message: string, options?: TscErrorOptions): RuntimeError {
  return new RuntimeError(code, message, options)
}
