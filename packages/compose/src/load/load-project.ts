import { readFile as fsReadFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { resolve } from 'node:path'
import { ComposeFileError, COMPOSE_ERROR_CODES } from '../errors.js'
import type { ComposeModel, Project, Service } from '../model/types.js'
import { parseComposeYaml, type ParsedFile } from './parse-yaml.js'
import { interpolate } from './interpolate.js'
import { stripMergeTags } from './merge-tags.js'
import { parseDotenv } from './dotenv.js'
import { loadComposeFiles, type ComposeSource } from './load-files.js'
import { findComposeFiles } from './discovery.js'
import { loadEnvironment } from './project-environment.js'
import { resolveProjectName } from './project-name.js'
import { applyProfiles, profilesFromEnv } from './profiles.js'
import { nodeFs } from './node-fs.js'
import { isYamlLibraryNotLoaded, loadYamlLibrary } from './yaml-library.js'
import { validateComposeDocument } from '../validate/validate-file.js'
import { checkModel } from '../validate/semantic.js'
import { normalizeModel } from '../normalize/project.js'
import { envFileRefs } from '../normalize/env-files.js'
import { withoutUnusedResources } from '../normalize/unused-resources.js'
import { isRecord, type NormalizeContext } from '../normalize/context.js'

export interface LoadProjectOptions {
  /** Where discovery starts and relative -f paths resolve (default process.cwd()). */
  readonly cwd?: string
  /** `-f` files, in order; "-" reads stdin. Empty = discovery / COMPOSE_FILE. */
  readonly files?: readonly string[]
  readonly projectName?: string
  readonly projectDirectory?: string
  /** `--env-file` files (replace the project directory's .env). */
  readonly envFiles?: readonly string[]
  /** `--profile` values (COMPOSE_PROFILES when empty). */
  readonly profiles?: readonly string[]
  /** Services named on the command line: their own profiles are enabled too. */
  readonly services?: readonly string[]
  /** The process environment (default process.env). */
  readonly processEnv?: Readonly<Record<string, string | undefined>>
  /** Interpolate `${VAR}` (default true; `config --no-interpolate` turns it off). */
  readonly interpolate?: boolean
  /** Apply docker compose's implicit defaults (default true; `--no-normalize`). */
  readonly normalize?: boolean
  /** Cross-reference checks (default true; `--no-consistency`). */
  readonly consistency?: boolean
  /** Keep networks/volumes/secrets/configs no service uses (`--all-resources`). */
  readonly allResources?: boolean
  /** Injectable for tests; reads a compose or env file as UTF-8 (stdin is "-"). */
  readonly readFile?: (path: string) => Promise<string>
  /** Warnings (unset variables, obsolete `version`...) as they happen. */
  readonly onWarning?: (message: string) => void
}

async function defaultRead(path: string): Promise<string> {
  if (path === '-') {
    const chunks: Buffer[] = []
    for await (const c of process.stdin) chunks.push(c as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  }
  return fsReadFile(path, 'utf8')
}

/**
 * Loads a compose project in docker compose's order (compose-go cli/options.go, then
 * loader/loader.go): project environment (process env, then `.env`) -> compose files
 * (-f, COMPOSE_FILE, discovery) -> project name (-p, COMPOSE_PROJECT_NAME, `name:`,
 * directory) -> per file: parse, interpolate, validate, include, extends, merge ->
 * normalize -> profiles -> consistency checks. Throws ComposeFileError.
 */
export async function loadProject(options: LoadProjectOptions = {}): Promise<Project> {
  // Files are read once even when the load runs twice (stdin cannot be read again).
  const texts = new Map<string, Promise<string>>()
  const baseRead = options.readFile ?? defaultRead
  const read = (path: string): Promise<string> => {
    let t = texts.get(path)
    if (!t) texts.set(path, (t = baseRead(path)))
    return t
  }
  // The first run goes without the `yaml` library; a step that needs it (an error to
  // locate, a file js-yaml does not take) makes the load run again with it loaded.
  // Warnings are passed on once, from the run that counts.
  for (let attempt = 0; ; attempt++) {
    const warnings: string[] = []
    try {
      const project = await loadOnce(options, read, warnings)
      warnings.forEach((m) => options.onWarning?.(m))
      return project
    } catch (err) {
      if (isYamlLibraryNotLoaded(err) && attempt === 0) {
        await loadYamlLibrary()
        continue
      }
      warnings.forEach((m) => options.onWarning?.(m))
      throw err
    }
  }
}

async function loadOnce(options: LoadProjectOptions, read: (path: string) => Promise<string>, warnings: string[]): Promise<Project> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const warn = (m: string): void => {
    warnings.push(m)
  }
  const home = options.processEnv?.HOME ?? (options.processEnv ? undefined : process.env.HOME) ?? homedir()

  const env = loadEnvironment({
    cwd, projectDirectory: options.projectDirectory, files: options.files, envFiles: options.envFiles,
    processEnv: options.processEnv ?? process.env, warn,
  })
  const { files, workingDir } = env.found
  const doInterpolate = options.interpolate !== false

  const unset = new Set<string>()
  const warnUnset = (name: string): void => {
    if (unset.has(name)) return
    unset.add(name)
    warn(`The "${name}" variable is not set. Defaulting to a blank string.`)
  }

  // docker compose reads the project name from the raw files before loading them, and
  // exposes it to interpolation as COMPOSE_PROJECT_NAME.
  const sources: ComposeSource[] = []
  for (const file of files) {
    let text: string
    try {
      text = await read(file)
    } catch (cause) {
      throw new ComposeFileError(COMPOSE_ERROR_CODES.FILE_NOT_FOUND, `open ${file}: no such file or directory`, { cause, location: { file } })
    }
    sources.push({ path: file, parsed: parseComposeYaml(text, file === '-' ? 'stdin' : file) })
  }
  const environment: Record<string, string> = { ...env.environment }
  const projectName = resolveProjectName({
    flag: options.projectName,
    env: environment,
    topLevelName: nameFromFiles(sources.map((s) => s.parsed!), doInterpolate, (n) => environment[n], warnUnset),
    dir: workingDir,
  })
  environment.COMPOSE_PROJECT_NAME = projectName
  const lookup = (name: string): string | undefined => (Object.hasOwn(environment, name) ? environment[name] : undefined)

  const versionWarned = new Set<string>()
  const loaded = loadComposeFiles({
    files: sources,
    workingDir,
    lookup,
    home,
    noInterpolate: !doInterpolate,
    warn: warnUnset,
    readFile: nodeFs.readFile,
    isFile: nodeFs.isFile,
    onDocument: (p, doc) => {
      if (!isRecord(doc)) return
      validateComposeDocument(stripMergeTags(doc), p)
      if (doc.version !== undefined && !versionWarned.has(p.file)) {
        versionWarned.add(p.file)
        warn(`${p.file}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`)
      }
    },
  })
  const merged = loaded.model
  const locate = loaded.locate

  let model: ComposeModel
  if (!doInterpolate) {
    // Without interpolation values may still hold ${VAR}: the model is printed as merged.
    const { version: _v, include: _i, ...rest } = merged
    model = { ...rest, name: projectName, services: (rest.services ?? {}) } as ComposeModel
  } else {
    const ctx: NormalizeContext = {
      workingDir, projectName, lookup, home, locate,
      envFiles: await readEnvFiles(merged, { workingDir, home }, read, lookup),
    }
    model = normalizeModel(merged, ctx, { defaults: options.normalize !== false })
  }

  const profiles = options.profiles && options.profiles.length > 0 ? [...options.profiles] : profilesFromEnv(environment.COMPOSE_PROFILES)
  const targeted = options.services ?? []
  // docker compose checks consistency with the requested profiles only ("depends on
  // undefined service" for a dependency left disabled); the services named on the command
  // line then enable their own profiles, and a required dependency still disabled is the
  // dependency graph's error ("is required by ... but is disabled").
  let split = applyProfiles(model as unknown as Record<string, unknown>, profiles, [], { strict: false })
  if (doInterpolate) checkModel(split.model as unknown as ComposeModel, { consistency: options.consistency !== false, locate })
  if (targeted.length > 0) split = applyProfiles(model as unknown as Record<string, unknown>, profiles, targeted, { strict: true })
  let enabled = split.model as unknown as ComposeModel
  if (doInterpolate && !options.allResources) enabled = withoutUnusedResources(enabled)
  const disabledServices: Record<string, Service> = {}
  for (const name of Object.keys(split.disabled)) disabledServices[name] = model.services[name]!
  return {
    model: enabled,
    workingDir,
    composeFiles: files,
    environment,
    profiles: split.activeProfiles,
    disabledServices,
    warnings,
  }
}

/**
 * The top-level `name:` as docker compose reads it for the project name: the last main
 * file setting a non-empty one, interpolated.
 */
function nameFromFiles(
  parsed: readonly ParsedFile[], doInterpolate: boolean,
  lookup: (n: string) => string | undefined, warn: (name: string) => void,
): unknown {
  let name: unknown
  let from: ParsedFile | undefined
  for (const p of parsed) {
    if (isRecord(p.doc) && p.doc.name !== undefined && p.doc.name !== null && p.doc.name !== '') {
      name = p.doc.name
      from = p
    }
  }
  if (typeof name !== 'string' || !doInterpolate) return name
  return (interpolate({ name }, { lookup, warn, locate: from!.locate }) as { name: unknown }).name
}

/** Reads and parses every env_file the services name (missing files are left out). */
async function readEnvFiles(
  doc: Record<string, unknown>, paths: { workingDir: string; home: string },
  read: (p: string) => Promise<string>, lookup: (n: string) => string | undefined,
): Promise<Map<string, Record<string, string>>> {
  const out = new Map<string, Record<string, string>>()
  for (const svc of Object.values((doc.services as Record<string, Record<string, unknown>> | undefined) ?? {})) {
    if (!isRecord(svc) || svc.env_file === undefined) continue
    for (const ref of envFileRefs(svc.env_file, paths)) {
      if (out.has(ref.path)) continue
      let text: string
      try {
        text = await read(ref.path)
      } catch {
        continue
      }
      out.set(ref.path, parseDotenv(text, { lookup, file: ref.path }))
    }
  }
  return out
}
