import { readFileSync } from 'node:fs'
import { readFile as fsReadFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { dirname, resolve } from 'node:path'
import type { SourceLocation } from '../errors.js'
import type { ComposeModel, Project, Service } from '../model/types.js'
import { parseComposeYaml, type ParsedFile } from './parse-yaml.js'
import { interpolate } from './interpolate.js'
import { mergeComposeFiles } from './merge.js'
import { stripMergeTags } from './merge-tags.js'
import { parseDotenv } from './dotenv.js'
import { resolveIncludes } from './include.js'
import { resolveExtends } from './extends.js'
import { loadComposeFiles } from './load-files.js'
import { validateComposeDocument } from '../validate/validate-file.js'
import { checkModel } from '../validate/semantic.js'
import { normalizeModel } from '../normalize/project.js'
import { envFileRefs } from '../normalize/env-files.js'
import { isRecord, type KeyPath, type NormalizeContext } from '../normalize/context.js'
import { discoverFiles, loadEnvironment, projectNameFor, splitByProfiles } from './load-project-steps.js'

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
  /** Services named on the command line: they and their dependencies are enabled whatever their profiles. */
  readonly services?: readonly string[]
  /** The process environment (default process.env). */
  readonly processEnv?: Readonly<Record<string, string | undefined>>
  /** Interpolate `${VAR}` (default true; `config --no-interpolate` turns it off). */
  readonly interpolate?: boolean
  /** Apply docker compose's implicit defaults (default true; `--no-normalize`). */
  readonly normalize?: boolean
  /** Cross-reference checks (default true; `--no-consistency`). */
  readonly consistency?: boolean
  /** Injectable for tests; reads a file as UTF-8 (stdin is "-"). */
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

/** Locations in the merged model: the last file that writes a path is where it comes from. */
function mergedLocator(files: readonly ParsedFile[]): (path: KeyPath) => SourceLocation | undefined {
  return (path) => {
    for (let i = files.length - 1; i >= 0; i--) {
      const loc = files[i]!.locateExact(path)
      if (loc) return loc
    }
    let best: SourceLocation | undefined
    for (let i = files.length - 1; i >= 0 && !best; i--) best = files[i]!.locate(path)
    return best
  }
}

/**
 * Loads a compose project as docker compose does, in its phases: discover -> parse each
 * file -> interpolate each -> validate each -> merge -> extends/include -> normalize (short
 * to long syntax, paths, defaults) -> semantic checks -> profiles. Throws ComposeFileError.
 */
export async function loadProject(options: LoadProjectOptions = {}): Promise<Project> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const processEnv = options.processEnv ?? process.env
  const read = options.readFile ?? defaultRead
  const warnings: string[] = []
  const warn = (m: string): void => {
    warnings.push(m)
    options.onWarning?.(m)
  }

  const preEnv = await loadEnvironment({ cwd, projectDirectory: options.projectDirectory, envFiles: options.envFiles, processEnv, read })
  const files = await discoverFiles({ cwd, files: options.files, env: preEnv.environment, read })
  const workingDir = resolve(cwd, options.projectDirectory ?? (files[0] === '-' || !files[0] ? cwd : dirname(files[0])))
  const { environment } = options.projectDirectory !== undefined || workingDir === cwd
    ? preEnv
    : await loadEnvironment({ cwd: workingDir, projectDirectory: workingDir, envFiles: options.envFiles, processEnv, read })
  const lookup = (name: string): string | undefined => environment[name]
  const doInterpolate = options.interpolate !== false

  const parsed: ParsedFile[] = []
  const docs: unknown[] = []
  for (const file of files) {
    const text = await read(file)
    const p = parseComposeYaml(text, file === '-' ? 'stdin' : file)
    let doc: unknown = p.doc ?? {}
    if (doInterpolate) {
      doc = interpolate(doc, { lookup, locate: p.locate, warn: (name) => warn(`The "${name}" variable is not set. Defaulting to a blank string.`) })
    }
    validateComposeDocument(stripMergeTags(doc), { file: p.file, locate: p.locate, locateKey: p.locateKey })
    if (isRecord(doc) && doc.version !== undefined) warn(`${p.file}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`)
    parsed.push(p)
    if (file !== '-' && isRecord(doc)) {
      // include and extends read further files synchronously (the loader's own step modules).
      const io = { readFile: (f: string) => readFileSync(f, 'utf8') }
      const env = { lookup, noInterpolate: !doInterpolate }
      doc = resolveIncludes(doc, {
        ...env, ...io, file, workingDir, locate: p.locate, included: [file],
        loadModel: (a) => loadComposeFiles({ ...a.env, ...io, files: a.files, workingDir: a.workingDir }).model,
      })
      doc = resolveExtends(doc, { ...env, ...io, file, workingDir, locate: p.locate })
    }
    docs.push(doc)
  }
  const merged = docs.reduce<unknown>((acc, d) => (acc === undefined ? mergeComposeFiles(d, undefined) : mergeComposeFiles(acc, d)), undefined) as Record<string, unknown>
  const locate = mergedLocator(parsed)
  const projectName = projectNameFor({ option: options.projectName, env: environment, doc: merged, workingDir, file: parsed[0]?.file })

  let model: ComposeModel
  if (!doInterpolate) {
    // Without interpolation values may still hold ${VAR}: the model is printed as merged.
    const { version: _v, include: _i, ...rest } = merged
    model = { ...rest, name: projectName, services: (rest.services ?? {}) } as ComposeModel
  } else {
    const ctx: NormalizeContext = {
      workingDir, projectName, lookup, home: processEnv.HOME ?? homedir(), locate,
      envFiles: await readEnvFiles(merged, { workingDir, home: processEnv.HOME ?? homedir() }, read, lookup),
    }
    model = normalizeModel(merged, ctx, { defaults: options.normalize !== false })
    checkModel(model, { consistency: options.consistency !== false, locate })
  }

  const profiles = options.profiles && options.profiles.length > 0
    ? [...options.profiles]
    : (environment.COMPOSE_PROFILES ?? '').split(',').map((s) => s.trim()).filter(Boolean)
  const { enabled, disabled } = splitByProfiles(model.services, profiles, options.services ?? [])
  return {
    model: { ...model, services: enabled },
    workingDir,
    composeFiles: files,
    environment,
    profiles,
    disabledServices: disabled as Record<string, Service>,
    warnings,
  }
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
