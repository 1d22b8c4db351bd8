export { TscError, RuntimeError, KernelError, isTscError, isKernelError, fromSystemError } from './errors.js'
export type { SourceLocation, TscErrorOptions } from './errors.js'
export { supervisorPath } from './native/load.js'
