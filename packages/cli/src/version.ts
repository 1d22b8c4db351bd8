/** Kept in step with packages/cli/package.json by the release process. */
export const VERSION = '0.1.0'
