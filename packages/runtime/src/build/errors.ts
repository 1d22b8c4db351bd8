import { RuntimeError, type SourceLocation, type TscErrorOptions } from '../errors.js'

/** Public error codes of the image builder: never rename one silently. */
export const BUILD_DOCKERFILE_NOT_FOUND = 'BUILD_DOCKERFILE_NOT_FOUND'
export const BUILD_CONTEXT_NOT_FOUND = 'BUILD_CONTEXT_NOT_FOUND'
export const BUILD_SYNTAX = 'BUILD_SYNTAX'
export const BUILD_UNKNOWN_INSTRUCTION = 'BUILD_UNKNOWN_INSTRUCTION'
export const BUILD_UNSUPPORTED = 'BUILD_UNSUPPORTED'
export const BUILD_BASE_NOT_FOUND = 'BUILD_BASE_NOT_FOUND'
export const BUILD_TARGET_NOT_FOUND = 'BUILD_TARGET_NOT_FOUND'
export const BUILD_RUN_FAILED = 'BUILD_RUN_FAILED'
export const BUILD_SOURCE_NOT_FOUND = 'BUILD_SOURCE_NOT_FOUND'
export const BUILD_REMOTE_SOURCE = 'BUILD_REMOTE_SOURCE'
export const BUILD_NO_REGISTRY = 'BUILD_NO_REGISTRY'
export const BUILD_INVALID_ARGUMENT = 'BUILD_INVALID_ARGUMENT'
export const BUILD_CANCELED = 'BUILD_CANCELED'

export class BuildError extends RuntimeError {}

export function buildError(code: string, message: string, options?: TscErrorOptions): BuildError {
  return new BuildError(code, message, options)
}

/** An error about one Dockerfile line: rendered `Dockerfile:12: message`. */
export function lineError(code: string, file: string, line: number, message: string, options: Omit<TscErrorOptions, 'location'> = {}): BuildError {
  const location: SourceLocation = { file, line }
  return new BuildError(code, message, { ...options, location })
}
