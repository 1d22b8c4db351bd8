import type { ObservedContainer, Project } from '@tsc-compose/compose'
import type { CommandContext } from './command.js'
import { loadComposeProject, openRuntimeFor, type ProjectLoadMode } from './compose-session.js'

export type ProjectRuntime = Awaited<ReturnType<typeof openRuntimeFor>>
export type ComposeLib = typeof import('@tsc-compose/compose')

export interface ProjectContext {
  readonly project: Project
  readonly rt: ProjectRuntime
  readonly compose: ComposeLib
  /** The project's containers, one-offs included, read once (only the service's when one is named). */
  readonly containers: ObservedContainer[]
}

/** Project, runtime and the project's containers: what the service-addressed commands start from. */
export async function openProjectContext(ctx: CommandContext, services: readonly string[] = [], mode: ProjectLoadMode = {}): Promise<ProjectContext> {
  const [project, rt, compose] = await Promise.all([loadComposeProject(ctx, services, mode), openRuntimeFor(ctx), import('@tsc-compose/compose')])
  checkServices(compose, project, services)
  const host = new compose.RuntimeComposeHost(rt as never)
  // One service named (exec, port, cp...): only its containers' states are read.
  const containers = await host.listProjectContainers(project.model.name, services.length === 1 ? { service: services[0] } : {})
  return { project, rt, compose, containers }
}

/** `--index N` as docker compose reads it: a positive replica number, or unset. */
export function indexOption(v: unknown): number | undefined {
  if (v === undefined) return undefined
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0) throw new Error(`invalid --index "${String(v)}": expected a replica number`)
  return n === 0 ? undefined : n
}

/**
 * docker compose's `no such service: x` (exit 1, not a usage error's 125) for a name the
 * project does not have; a service its profiles disable is known, not missing.
 */
export function checkServices(compose: ComposeLib, project: Project, services: readonly string[]): void {
  for (const s of services) if (!(s in project.model.services) && !(s in project.disabledServices)) throw compose.noSuchService(s)
}
