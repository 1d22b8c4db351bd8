import type { LoadProjectOptions, Project, ProjectSession, ProgressListener } from '@tsc-compose/compose'
import type { CommandContext } from './command.js'

export const DEFAULT_ROOT = '/var/lib/tsc-compose'

export function stateRoot(ctx: CommandContext): string {
  return ctx.global.root ?? ctx.env.TSC_COMPOSE_ROOT ?? DEFAULT_ROOT
}

/** What the global -f/-p/--project-directory/--env-file/--profile flags ask the loader for. */
export function projectLoadOptions(ctx: CommandContext, services: readonly string[] = []): LoadProjectOptions {
  return {
    cwd: ctx.cwd,
    files: ctx.global.files,
    projectName: ctx.global.projectName,
    projectDirectory: ctx.global.projectDirectory,
    envFiles: ctx.global.envFiles,
    profiles: ctx.global.profiles,
    services,
    processEnv: ctx.env,
    onWarning: (m) => ctx.stderr.write(`WARN[0000] ${m}\n`),
  }
}

/**
 * `byName`: the command is one docker compose also runs with only a project name (-p or
 * COMPOSE_PROJECT_NAME) and no compose file, from the project's labelled containers,
 * networks and volumes (`-p ci down` in a cleanup step). `'require-containers'`: nothing
 * of the project is an error (docker compose's `start`), not an empty project.
 */
export interface ProjectLoadMode {
  readonly byName?: boolean | 'require-containers'
}

/** Loads the compose project the way every compose command does. */
export async function loadComposeProject(ctx: CommandContext, services: readonly string[] = [], mode: ProjectLoadMode = {}): Promise<Project> {
  const compose = await import('@tsc-compose/compose')
  try {
    return await compose.loadProject(projectLoadOptions(ctx, services))
  } catch (err) {
    const name = ctx.global.projectName || ctx.env.COMPOSE_PROJECT_NAME
    if (!mode.byName || !name || !compose.isComposeFileError(err, compose.COMPOSE_ERROR_CODES.NO_CONFIG_FILE)) throw err
    const project = await projectFromRuntime(ctx, compose, name.toLowerCase())
    if (mode.byName === 'require-containers' && Object.keys(project.model.services).length === 0) throw compose.noContainerForProject(project.model.name)
    return project
  }
}

/** The project as its labels describe it: no file to read, only what exists. */
async function projectFromRuntime(ctx: CommandContext, compose: typeof import('@tsc-compose/compose'), name: string): Promise<Project> {
  const rt = await openRuntimeFor(ctx)
  const label = compose.composeLabels.LABEL_PROJECT
  const containers = rt.containers.list({ all: true, filters: [{ key: 'label', value: `${label}=${name}` }] })
    .map((c) => ({ name: c.Names, image: c.Image, labels: c.labels }))
  const networks = (await rt.networks()).list().map((n) => ({ name: n.name, labels: n.labels }))
  const volumes = rt.volumes.list().map((v) => ({ name: v.Name, labels: v.Labels }))
  return compose.projectFromLabels(name, { containers, networks, volumes }, { workingDir: ctx.cwd })
}

/** The runtime for this state root, opened once per command. */
export async function openRuntimeFor(ctx: CommandContext) {
  // Destructured so scripts/bundle.mjs can point it at runtime.js: the whole barrel would load
  // the registry, builder and image archive code into every compose command (start-up time).
  const { openRuntime } = await import('@tsc-compose/runtime')
  // The CLI exits once the command is done: a removed network's bridge (~40 ms of kernel
  // RCU waits) is deleted by a detached helper holding the network lock instead (`down`).
  return openRuntime({ root: stateRoot(ctx), handOffBridgeDeletion: true })
}

/**
 * `creates`: the command makes containers (up, create, run): fields the engine does not apply
 * are reported first, as docker compose's WARN lines, and the ones docker refuses too fail
 * before anything is created.
 */
export async function openComposeSession(ctx: CommandContext, opts: { services?: readonly string[]; onProgress?: ProgressListener; creates?: boolean } & ProjectLoadMode = {}) {
  const [project, rt, compose] = await Promise.all([loadComposeProject(ctx, opts.services ?? [], opts), openRuntimeFor(ctx), import('@tsc-compose/compose')])
  if (opts.creates) reportUnsupported(ctx, compose, project, opts.services ?? [])
  const host = new compose.RuntimeComposeHost(rt as never)
  const session: ProjectSession = { project, host, root: stateRoot(ctx), onProgress: opts.onProgress }
  return { session, project, runtime: rt, compose }
}

/**
 * Progress rendering: ANSI on a TTY, docker compose's plain lines otherwise; --progress /
 * COMPOSE_PROGRESS: tty forces the ANSI view, plain and json the lines, quiet nothing;
 * --ansi never / COMPOSE_ANSI=never means no ANSI view either.
 */
export async function progressFor(ctx: CommandContext, title: string): Promise<{ listener: ProgressListener; finish(): void }> {
  const mode = ctx.env.COMPOSE_PROGRESS ?? 'auto'
  if (mode === 'quiet') return { listener: () => {}, finish() {} }
  const ansi = ctx.env.COMPOSE_ANSI ?? 'auto'
  if (ansi !== 'never' && (mode === 'tty' || (mode === 'auto' && (ctx.stderr.isTTY || ansi === 'always')))) {
    const { ttyProgress } = await import('./render/progress-tty.js')
    return ttyProgress(ctx.stderr, title)
  }
  const { plainProgress } = await import('./render/progress-plain.js')
  return { listener: plainProgress(ctx.stderr), finish() {} }
}

/** Warnings on stderr; the errors (docker refuses those too) as one ComposeFileError. */
function reportUnsupported(ctx: CommandContext, compose: typeof import('@tsc-compose/compose'), project: Project, services: readonly string[]): void {
  // the named services and what they depend on: only those get containers
  const scope = services.length ? [...compose.projectGraph(project.model).closure(services)] : undefined
  if (scope?.length === 0) return // unknown names: the command's own check says so
  const found = compose.unsupportedFields(project.model, { hostArch: process.arch, ...(scope ? { services: scope } : {}) })
  for (const f of found) if (f.level === 'warning') ctx.stderr.write(`WARN[0000] ${f.message}\n`)
  const errors = found.filter((f) => f.level === 'error')
  if (errors.length) throw compose.unsupportedFieldsError(errors)
}

