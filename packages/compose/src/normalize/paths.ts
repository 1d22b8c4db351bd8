import { isAbsolute, join, resolve } from 'node:path'
import type { NormalizeContext } from './context.js'

/**
 * Resolves a host path written in a compose file against the project directory. A leading
 * `~` is the home directory, whatever follows it (`~x` is `$HOME/x`), as compose-go's
 * ExpandUser does.
 */
export function resolvePath(ctx: Pick<NormalizeContext, 'workingDir' | 'home'>, p: string): string {
  if (p.startsWith('~')) return join(ctx.home, p.slice(1))
  if (isAbsolute(p)) return p
  return resolve(ctx.workingDir, p)
}

/** Build contexts that are not local directories (URLs, git references) stay as written. */
export function isRemoteContext(p: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(p) || p.startsWith('git@') || p.startsWith('github.com/')
}

/** additional_contexts values may name images or other services rather than directories. */
export function isNonPathContext(p: string): boolean {
  return isRemoteContext(p) || /^(docker-image|service|target|oci-layout):/.test(p)
}
