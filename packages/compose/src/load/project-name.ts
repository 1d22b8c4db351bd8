import { posix } from 'node:path'
import { ComposeFileError, COMPOSE_ERROR_CODES } from '../errors.js'
import type { Lookup } from './template.js'

/**
 * Docker compose's project name normalization: lowercase, keep only `[a-z0-9_-]`, and drop
 * leading `_`/`-` so the name starts with a letter or digit.
 */
export function normalizeProjectName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_-]+/g, '').replace(/^[_-]+/, '')
}

export function invalidProjectName(name: string): ComposeFileError {
  return new ComposeFileError(
    COMPOSE_ERROR_CODES.INVALID_PROJECT_NAME,
    `invalid project name ${JSON.stringify(name)}: must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`,
  )
}

export interface ProjectNameSources {
  /** `-p` / `--project-name`. */
  readonly flag?: string
  /** The project environment (process env and .env): COMPOSE_PROJECT_NAME. */
  readonly env?: Lookup | Readonly<Record<string, string | undefined>>
  /** Top-level `name:` of the (interpolated, merged) model. */
  readonly topLevelName?: unknown
  /** Project directory: its base name is the fallback. */
  readonly dir: string
}

/**
 * Picks the project name like docker compose: `-p`, then COMPOSE_PROJECT_NAME, both used
 * as given and rejected when not already normalized; then the top-level `name:`, then the
 * project directory's name, both normalized.
 */
export function resolveProjectName(src: ProjectNameSources): string {
  const explicit = (v: string | undefined): string | undefined => {
    if (v === undefined || v === '') return undefined
    if (normalizeProjectName(v) !== v) throw invalidProjectName(v)
    return v
  }
  const fromFlag = explicit(src.flag)
  if (fromFlag) return fromFlag
  const lookup: Lookup = typeof src.env === 'function'
    ? src.env
    : (name) => (src.env as Record<string, string | undefined> | undefined)?.[name]
  const fromEnv = explicit(lookup('COMPOSE_PROJECT_NAME'))
  if (fromEnv) return fromEnv
  if (typeof src.topLevelName === 'string' && src.topLevelName !== '') {
    const n = normalizeProjectName(src.topLevelName)
    if (n !== '') return n
  }
  const fromDir = normalizeProjectName(posix.basename(posix.resolve(src.dir)))
  if (fromDir === '') {
    throw new ComposeFileError(COMPOSE_ERROR_CODES.EMPTY_PROJECT_NAME, 'project name must not be empty', {
      hint: 'set one with -p, COMPOSE_PROJECT_NAME or a top-level "name:"',
    })
  }
  return fromDir
}
