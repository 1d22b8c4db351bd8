import { posix } from 'node:path'
import { findComposeFiles, projectEnvironment, type FoundFiles } from './discovery.js'

export interface EnvironmentOptions {
  readonly cwd: string
  readonly projectDirectory?: string
  /** `-f` values (relative to cwd). */
  readonly files?: readonly string[]
  /** `--env-file` values. */
  readonly envFiles?: readonly string[]
  readonly processEnv: Readonly<Record<string, string | undefined>>
  /** Discovery notices (several candidate file names in one directory). */
  readonly warn?: (message: string) => void
}

export interface LoadedEnvironment {
  /** Interpolation environment: process env, then the env files' values it does not set. */
  readonly environment: Readonly<Record<string, string>>
  readonly found: FoundFiles
}

/**
 * The project environment and compose files, found the way docker compose does it
 * (cmd/compose/compose.go toProjectOptions): the process environment (plus PWD when it
 * lacks one) always wins; `.env` of the directory known so far (--project-directory, else
 * the first -f file's, else cwd) is read BEFORE discovery, so it may set COMPOSE_FILE;
 * then the files are found; then, if the project directory turned out to be elsewhere (a
 * compose.yaml found in a parent), that directory's `.env` is read too, adding only the
 * variables still unset. `--env-file` / COMPOSE_ENV_FILES replace both `.env` reads.
 */
export function loadEnvironment(o: EnvironmentOptions): LoadedEnvironment {
  const processEnv: Record<string, string | undefined> = { ...o.processEnv }
  if (processEnv.PWD === undefined) processEnv.PWD = o.cwd
  const firstFile = o.files?.find((f) => f !== '-')
  const firstDir = o.projectDirectory !== undefined
    ? posix.resolve(o.cwd, o.projectDirectory)
    : firstFile !== undefined ? posix.dirname(posix.resolve(o.cwd, firstFile)) : o.cwd
  const first = projectEnvironment({ projectDir: firstDir, envFiles: o.envFiles, processEnv, cwd: o.cwd })
  const found = findComposeFiles(o.cwd, { files: o.files, env: first.environment, projectDirectory: o.projectDirectory, warn: o.warn })
  const explicit = (o.envFiles?.length ?? 0) > 0 || !!processEnv.COMPOSE_ENV_FILES
  if (explicit || found.workingDir === firstDir) return { environment: first.environment, found }
  const second = projectEnvironment({ projectDir: found.workingDir, processEnv, inherited: first.environment, cwd: o.cwd })
  return { environment: second.environment, found }
}
