import { access } from 'node:fs/promises'
import { basename, delimiter, dirname, join, resolve } from 'node:path'
import { ComposeFileError, COMPOSE_ERROR_CODES } from '../errors.js'
import type { Service } from '../model/types.js'
import { parseDotenv } from './dotenv.js'

/*
 * The pipeline's steps around parse/interpolate/validate/merge/normalize: discovery,
 * environment, project name, extends/include and profiles. Kept apart from load-project.ts
 * so each can be swapped for the dedicated module without touching the pipeline.
 */

type Read = (path: string) => Promise<string>

async function exists(p: string): Promise<boolean> {
  try {
    await access(p)
    return true
  } catch {
    return false
  }
}

const CANDIDATES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml']
const OVERRIDES = ['compose.override.yaml', 'compose.override.yml', 'docker-compose.override.yaml', 'docker-compose.override.yml']

/** -f files, else COMPOSE_FILE, else compose.yaml (and its override) here or in a parent. */
export async function discoverFiles(o: { cwd: string; files?: readonly string[]; env: Readonly<Record<string, string>>; read: Read }): Promise<string[]> {
  if (o.files && o.files.length > 0) return o.files.map((f) => (f === '-' ? f : resolve(o.cwd, f)))
  const fromEnv = o.env.COMPOSE_FILE
  if (fromEnv) {
    const sep = o.env.COMPOSE_PATH_SEPARATOR || delimiter
    return fromEnv.split(sep).filter(Boolean).map((f) => resolve(o.cwd, f))
  }
  for (let dir = o.cwd; ; dir = dirname(dir)) {
    for (const c of CANDIDATES) {
      const p = join(dir, c)
      if (await exists(p)) {
        const out = [p]
        for (const ov of OVERRIDES) {
          if (await exists(join(dir, ov))) {
            out.push(join(dir, ov))
            break
          }
        }
        return out
      }
    }
    if (dirname(dir) === dir) break
  }
  throw new ComposeFileError(COMPOSE_ERROR_CODES.NO_CONFIG_FILE, `no configuration file provided: not found in ${o.cwd} or its parents`,
    { hint: 'create compose.yaml, or pass one with -f' })
}

/** .env of the project directory (or --env-file files), under the process environment. */
export async function loadEnvironment(o: {
  cwd: string; projectDirectory?: string; envFiles?: readonly string[]
  processEnv: Readonly<Record<string, string | undefined>>; read: Read
}): Promise<{ environment: Record<string, string> }> {
  const processEnv: Record<string, string> = {}
  for (const [k, v] of Object.entries(o.processEnv)) if (v !== undefined) processEnv[k] = v
  const files = o.envFiles && o.envFiles.length > 0
    ? o.envFiles.map((f) => resolve(o.cwd, f))
    : [join(resolve(o.cwd, o.projectDirectory ?? '.'), '.env')]
  const fromFiles: Record<string, string> = {}
  for (const f of files) {
    let text: string
    try {
      text = await o.read(f)
    } catch (err) {
      if (o.envFiles && o.envFiles.length > 0) {
        throw new ComposeFileError(COMPOSE_ERROR_CODES.FILE_NOT_FOUND, `env file ${f} not found`, { cause: err })
      }
      continue
    }
    Object.assign(fromFiles, parseDotenv(text, { lookup: (n) => processEnv[n] ?? fromFiles[n], file: f }))
  }
  return { environment: { ...fromFiles, ...processEnv } }
}

/** -p, COMPOSE_PROJECT_NAME, top-level name:, else the project directory's name, normalized. */
export function projectNameFor(o: { option?: string; env: Readonly<Record<string, string>>; doc: Record<string, unknown>; workingDir: string; file?: string }): string {
  const explicit = o.option ?? o.env.COMPOSE_PROJECT_NAME ?? (typeof o.doc.name === 'string' && o.doc.name !== '' ? o.doc.name : undefined)
  if (explicit !== undefined) {
    if (!/^[a-z0-9][a-z0-9_-]*$/.test(explicit)) {
      throw new ComposeFileError(COMPOSE_ERROR_CODES.INVALID_PROJECT_NAME,
        `invalid project name "${explicit}": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`)
    }
    return explicit
  }
  return basename(o.workingDir).toLowerCase().replace(/[^a-z0-9_-]/g, '').replace(/^[_-]+/, '')
}

/** Services whose profiles are all inactive are set aside, unless targeted (or needed by a targeted one). */
export function splitByProfiles(
  services: Readonly<Record<string, Service>>, profiles: readonly string[], targeted: readonly string[],
): { enabled: Record<string, Service>; disabled: Record<string, Service> } {
  const active = new Set(profiles)
  const wanted = new Set<string>()
  const pull = (name: string): void => {
    if (wanted.has(name) || !services[name]) return
    wanted.add(name)
    for (const dep of Object.keys(services[name]!.depends_on ?? {})) pull(dep)
  }
  targeted.forEach(pull)
  const enabled: Record<string, Service> = {}
  const disabled: Record<string, Service> = {}
  for (const [name, svc] of Object.entries(services)) {
    const ps = svc.profiles ?? []
    const on = ps.length === 0 || active.has('*') || ps.some((p) => active.has(p)) || wanted.has(name)
    ;(on ? enabled : disabled)[name] = svc
  }
  return { enabled, disabled }
}
