export {}
export { ComposeFileError, isComposeFileError, formatLocation, COMPOSE_ERROR_CODES } from './errors.js'
export type { ComposeErrorCode } from './errors.js'
