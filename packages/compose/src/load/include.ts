import { posix } from 'node:path'
import { ComposeFileError, COMPOSE_ERROR_CODES, type SourceLocation } from '../errors.js'
import { parseDotenvFiles } from './dotenv.js'
import { isPlainObject } from './merge-tags.js'
import type { ParsedFile } from './parse-yaml.js'
import { resolveRelativePaths } from './resolve-paths.js'
import { expandUser, isFile, type LoadEnv, type LoadIO } from './source-context.js'
import type { TreePath } from './tree-path.js'

type Obj = Record<string, unknown>

/** Loads a list of compose files as one project: what `include` needs from load-files.ts. */
export type LoadModel = (args: {
  readonly files: readonly string[]
  readonly workingDir: string
  readonly env: LoadEnv
  readonly included: readonly string[]
}) => Obj

export interface IncludeOptions extends LoadEnv, LoadIO {
  /** Absolute path of the file holding the `include` section. */
  readonly file: string
  /** Project directory of that file: relative include paths and env files resolve here. */
  readonly workingDir: string
  /** Files being included above this one (cycle detection). */
  readonly included?: readonly string[]
  readonly locate?: (path: TreePath) => SourceLocation | undefined
  /** Loads the included files (parse, interpolate, include, extends, merge). */
  readonly loadModel: LoadModel
  readonly onFileParsed?: (file: ParsedFile) => void
}

const RESOURCES = ['services', 'volumes', 'networks', 'secrets', 'configs', 'models'] as const

/**
 * Applies the top-level `include` of one file: each entry is loaded as its own project
 * (its own project directory — the first file's directory unless `project_directory` says
 * otherwise — and its own env files: `env_file`, else `.env` in that directory, read with
 * the including project's environment taking precedence), its relative paths are made
 * absolute, and its resources are imported. A resource also defined by the including file
 * is an error unless both definitions are identical, as in docker compose.
 * Returns a new model without `include`.
 */
export function resolveIncludes(model: unknown, opts: IncludeOptions): unknown {
  if (!isPlainObject(model) || model.include === undefined || model.include === null) return model
  const { include, ...rest } = model
  const target: Obj = rest
  if (!Array.isArray(include)) {
    throw new ComposeFileError(COMPOSE_ERROR_CODES.INVALID_MODEL, 'include must be a sequence', {
      location: opts.locate?.(['include']),
    })
  }
  const chain = opts.included ?? [opts.file]
  include.forEach((entry, i) => {
    // Located only when an error is thrown: positions cost a second parse.
    const location = () => opts.locate?.(['include', i])
    const spec = parseEntry(entry, location)
    const here = (p: string) => posix.resolve(opts.workingDir, expandUser(p, opts.home))
    const paths = spec.paths.map(here)
    const main = paths[0]
    const projectDir = spec.projectDirectory === undefined ? posix.dirname(main) : here(spec.projectDirectory)
    if (chain.includes(main)) {
      throw new ComposeFileError(COMPOSE_ERROR_CODES.INCLUDE_CYCLE,
        `include cycle detected: ${[...chain, main].join(' includes ')}`, { location: location() })
    }

    let envFiles: string[]
    if (spec.envFiles === undefined) {
      const dflt = posix.join(projectDir, '.env')
      envFiles = isFile(opts, dflt) ? [dflt] : []
    } else {
      envFiles = []
      for (const f of spec.envFiles) {
        if (f === '/dev/null') continue
        const abs = here(f)
        if (!isFile(opts, abs)) {
          throw new ComposeFileError(COMPOSE_ERROR_CODES.FILE_NOT_FOUND, `env file ${abs} not found`, { location: location() })
        }
        envFiles.push(abs)
      }
    }
    const fromFiles = parseDotenvFiles(envFiles.map((f) => ({ file: f, text: opts.readFile(f) })), {
      lookup: opts.lookup,
    })
    const lookup = (name: string) => opts.lookup(name) ?? (Object.hasOwn(fromFiles, name) ? fromFiles[name] : undefined)

    const imported = resolveRelativePaths(
      opts.loadModel({ files: paths, workingDir: projectDir, env: { ...opts, lookup }, included: [...chain, main] }),
      projectDir,
    ) as Obj
    for (const kind of RESOURCES) importResources(kind, imported, target, location)
  })
  return target
}

function importResources(kind: string, source: Obj, target: Obj, location: () => SourceLocation | undefined): void {
  const from = source[kind]
  if (!isPlainObject(from)) return
  const to: Obj = isPlainObject(target[kind]) ? { ...(target[kind] as Obj) } : {}
  for (const [name, def] of Object.entries(from)) {
    if (Object.hasOwn(to, name)) {
      if (deepEqual(to[name], def)) continue
      throw new ComposeFileError(COMPOSE_ERROR_CODES.INCLUDE_CONFLICT,
        `${kind}.${name} conflicts with imported resource`,
        { location: location(), hint: `rename it, or override the included file by listing an override file in "path"` })
    }
    to[name] = def
  }
  target[kind] = to
}

interface IncludeSpec {
  paths: string[]
  projectDirectory?: string
  envFiles?: string[]
}

function parseEntry(entry: unknown, location: () => SourceLocation | undefined): IncludeSpec {
  if (typeof entry === 'string') return { paths: [entry] }
  if (isPlainObject(entry)) {
    const paths = stringList(entry.path)
    if (paths && paths.length > 0) {
      const envFiles = entry.env_file === undefined || entry.env_file === null ? undefined : stringList(entry.env_file)
      if (envFiles === undefined && entry.env_file !== undefined && entry.env_file !== null) throw bad(location)
      const pd = entry.project_directory
      if (pd !== undefined && pd !== null && typeof pd !== 'string') throw bad(location)
      return { paths, envFiles, projectDirectory: (pd as string | null) ?? undefined }
    }
  }
  throw bad(location)
}

function bad(location: () => SourceLocation | undefined): ComposeFileError {
  return new ComposeFileError(COMPOSE_ERROR_CODES.INVALID_MODEL,
    'include entries must be a path or a mapping with "path" (string or list), "project_directory" and "env_file"',
    { location: location() })
}

function stringList(v: unknown): string[] | undefined {
  if (typeof v === 'string') return [v]
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[]
  return undefined
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]))
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a)
    if (ka.length !== Object.keys(b).length) return false
    return ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]))
  }
  return false
}
