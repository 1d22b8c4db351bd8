import { posix } from 'node:path'
import { ComposeFileError, COMPOSE_ERROR_CODES } from '../errors.js'
import { parseDotenvFiles } from './dotenv.js'
import { nodeFs } from './node-fs.js'
import type { Lookup } from './template.js'

/** File names docker compose looks for, in order of preference. */
export const DEFAULT_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'] as const
export const DEFAULT_OVERRIDE_FILE_NAMES = [
  'compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml',
] as const

/** The two file-system questions discovery asks, so tests can answer from memory. */
export interface DiscoveryFs {
  isFile(path: string): boolean
  readFile(path: string): string
}

export interface FindOptions {
  /** `-f` values in order (`-` = stdin), relative to cwd. */
  readonly files?: readonly string[]
  /** Environment consulted for COMPOSE_FILE and COMPOSE_PATH_SEPARATOR. */
  readonly env?: Lookup | Readonly<Record<string, string | undefined>>
  /** `--project-directory`: where the default search starts (instead of cwd). */
  readonly projectDirectory?: string
  /** Defaults to the real file system. */
  readonly fs?: DiscoveryFs
  /** Multiple candidate names in one directory. */
  readonly warn?: (message: string) => void
}

export interface FoundFiles {
  /** Absolute paths, `-` kept for stdin, in merge order. */
  readonly files: readonly string[]
  /** Project directory: --project-directory, else the first file's directory, else cwd. */
  readonly workingDir: string
  readonly source: 'flag' | 'env' | 'default'
}

/**
 * Finds the compose files as docker compose does: `-f` values; else COMPOSE_FILE split on
 * COMPOSE_PATH_SEPARATOR (default `:`); else the first of compose.yaml, compose.yml,
 * docker-compose.yml, docker-compose.yaml in the project directory or its nearest parent
 * that has one, plus the first compose.override.yml|yaml (or docker-compose.override.*)
 * beside it. Nothing found is COMPOSE_NO_CONFIG_FILE.
 */
export function findComposeFiles(cwd: string, opts: FindOptions = {}): FoundFiles {
  const fs = opts.fs ?? nodeFs
  const lookup = toLookup(opts.env)
  const abs = (p: string) => (p === '-' ? p : posix.resolve(cwd, p))
  const workingDirFor = (files: readonly string[]) => {
    if (opts.projectDirectory !== undefined) return posix.resolve(cwd, opts.projectDirectory)
    const first = files.find((f) => f !== '-')
    return first === undefined ? cwd : posix.dirname(first)
  }

  if (opts.files && opts.files.length > 0) {
    const files = opts.files.map(abs)
    return { files, workingDir: workingDirFor(files), source: 'flag' }
  }
  const fromEnv = lookup('COMPOSE_FILE')
  if (fromEnv !== undefined && fromEnv !== '') {
    const sep = lookup('COMPOSE_PATH_SEPARATOR') || ':'
    const files = fromEnv.split(sep).filter((f) => f !== '').map(abs)
    return { files, workingDir: workingDirFor(files), source: 'env' }
  }
  let dir = posix.resolve(cwd, opts.projectDirectory ?? '.')
  for (;;) {
    const candidates = DEFAULT_FILE_NAMES.map((n) => posix.join(dir, n)).filter((p) => fs.isFile(p))
    if (candidates.length > 0) {
      if (candidates.length > 1) {
        opts.warn?.(`Found multiple config files with supported names: ${candidates.join(', ')}`)
        opts.warn?.(`Using ${candidates[0]}`)
      }
      const overrides = DEFAULT_OVERRIDE_FILE_NAMES.map((n) => posix.join(dir, n)).filter((p) => fs.isFile(p))
      if (overrides.length > 1) {
        opts.warn?.(`Found multiple override files with supported names: ${overrides.join(', ')}`)
        opts.warn?.(`Using ${overrides[0]}`)
      }
      const files = overrides.length > 0 ? [candidates[0], overrides[0]] : [candidates[0]]
      return { files, workingDir: workingDirFor(files), source: 'default' }
    }
    const parent = posix.dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  throw new ComposeFileError(COMPOSE_ERROR_CODES.NO_CONFIG_FILE, 'no configuration file provided: not found', {
    hint: `create a compose.yaml in ${posix.resolve(cwd, opts.projectDirectory ?? '.')} or a parent directory, or pass -f`,
  })
}

export interface ProjectEnvironmentOptions {
  readonly projectDir: string
  /** `--env-file` values in order (relative to cwd); empty = COMPOSE_ENV_FILES or `.env`. */
  readonly envFiles?: readonly string[]
  readonly processEnv: Readonly<Record<string, string | undefined>>
  /**
   * Variables already known (an earlier pass): they win over the env files and are what
   * `${VAR}` inside them sees first. Defaults to the process environment.
   */
  readonly inherited?: Readonly<Record<string, string>>
  readonly cwd?: string
  /** Defaults to the real file system. */
  readonly fs?: DiscoveryFs
}

export interface ProjectEnvironment {
  /** Variables for interpolation: env-file values overlaid by the process environment. */
  readonly environment: Readonly<Record<string, string>>
  /** Values read from the env files alone (later files win). */
  readonly fromFiles: Readonly<Record<string, string>>
  /** Absolute paths of the env files read. */
  readonly envFiles: readonly string[]
  lookup(name: string): string | undefined
}

/**
 * The project environment as docker compose builds it: the process environment wins over
 * the env files; the env files are the `--env-file` flags (later wins), else the
 * comma-separated COMPOSE_ENV_FILES, else `.env` in the project directory when it is a file
 * (unless COMPOSE_DISABLE_ENV_FILE is true). `${VAR}` inside an env file sees the process
 * environment first, then what earlier lines and files defined.
 */
export function projectEnvironment(opts: ProjectEnvironmentOptions): ProjectEnvironment {
  const fs = opts.fs ?? nodeFs
  const cwd = opts.cwd ?? opts.projectDir
  const penv = opts.processEnv
  let files: string[]
  let explicit = true
  if (opts.envFiles && opts.envFiles.length > 0) files = opts.envFiles.map((f) => posix.resolve(cwd, f))
  else if (penv.COMPOSE_ENV_FILES) files = penv.COMPOSE_ENV_FILES.split(',').filter((f) => f !== '').map((f) => posix.resolve(cwd, f))
  else {
    explicit = false
    const dflt = posix.join(opts.projectDir, '.env')
    files = !isTrue(penv.COMPOSE_DISABLE_ENV_FILE) && fs.isFile(dflt) ? [dflt] : []
  }
  const texts = files.map((file) => {
    // An explicit file is missing only when it cannot be read: a device such as /dev/null
    // (scripts pass `--env-file /dev/null` for "none") reads as empty.
    try {
      return { file, text: fs.readFile(file) }
    } catch (err) {
      if (!explicit) throw err
      throw new ComposeFileError(COMPOSE_ERROR_CODES.FILE_NOT_FOUND, `couldn't find env file: ${file}`, { location: { file } })
    }
  })
  const base = opts.inherited ?? penv
  const processLookup: Lookup = (name) => (Object.hasOwn(base, name) ? base[name] : undefined)
  const fromFiles = parseDotenvFiles(texts, { lookup: processLookup })
  const environment: Record<string, string> = { ...fromFiles }
  for (const [k, v] of Object.entries(base)) if (v !== undefined) environment[k] = v
  return {
    environment,
    fromFiles,
    envFiles: files,
    lookup: (name) => (Object.hasOwn(environment, name) ? environment[name] : undefined),
  }
}

function isTrue(v: string | undefined): boolean {
  return v !== undefined && /^(1|t|true)$/i.test(v)
}

function toLookup(env: FindOptions['env']): Lookup {
  if (typeof env === 'function') return env
  return (name) => env?.[name]
}
