import { RuntimeError, type TscErrorOptions } from '../errors.js'

/** Public error codes of the registry client: never rename one silently. */
export const REGISTRY_UNREACHABLE = 'REGISTRY_UNREACHABLE'
export const REGISTRY_UNAUTHORIZED = 'REGISTRY_UNAUTHORIZED'
export const REGISTRY_DENIED = 'REGISTRY_DENIED'
/** The tag, digest or repository does not exist in the registry. */
export const REGISTRY_NOT_FOUND = 'REGISTRY_NOT_FOUND'
/** The registry answered something the protocol does not allow (bad status, bad document). */
export const REGISTRY_PROTOCOL = 'REGISTRY_PROTOCOL'
export const REGISTRY_DIGEST_MISMATCH = 'REGISTRY_DIGEST_MISMATCH'
export const REGISTRY_TOO_LARGE = 'REGISTRY_TOO_LARGE'
export const REGISTRY_NO_PLATFORM = 'REGISTRY_NO_PLATFORM'
export const REGISTRY_UNSUPPORTED = 'REGISTRY_UNSUPPORTED'
export const REGISTRY_ABORTED = 'REGISTRY_ABORTED'
export const REGISTRY_BAD_CREDENTIALS_FILE = 'REGISTRY_BAD_CREDENTIALS_FILE'

export function registryError(code: string, message: string, options?: TscErrorOptions): RuntimeError {
  return new RuntimeError(code, message, options)
}
