import { TscError } from '@tsc-compose/runtime'
import type { ObservedContainer, Project } from '@tsc-compose/compose'
import type { CommandContext } from './command.js'
import { loadComposeProject, openRuntimeFor } from './compose-session.js'

export type ProjectRuntime = Awaited<ReturnType<typeof openRuntimeFor>>
export type ComposeLib = typeof import('@tsc-compose/compose')

export interface ProjectContext {
  readonly project: Project
  readonly rt: ProjectRuntime
  readonly compose: ComposeLib
  /** The project's containers, one-offs included, read once. */
  readonly containers: ObservedContainer[]
}

/** Project, runtime and the project's containers: what the service-addressed commands start from. */
export async function openProjectContext(ctx: CommandContext, services: readonly string[] = []): Promise<ProjectContext> {
  const [project, rt, compose] = await Promise.all([loadComposeProject(ctx, services), openRuntimeFor(ctx), import('@tsc-compose/compose')])
  for (const s of services) if (!(s in project.model.services) && !(s in project.disabledServices)) throw compose.noSuchService(s)
  const host = new compose.RuntimeComposeHost(rt as never)
  const containers = await host.listProjectContainers(project.model.name)
  return { project, rt, compose, containers }
}

/** `--index N` as docker compose reads it: a positive replica number, or unset. */
export function indexOption(v: unknown): number | undefined {
  if (v === undefined) return undefined
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0) throw new Error(`invalid --index "${String(v)}": expected a replica number`)
  return n === 0 ? undefined : n
}

/** Columns like Go's tabwriter: each cell padded to its column's width plus `padding`, at least `minWidth`. */
export function tabulate(rows: readonly (readonly string[])[], opts: { minWidth?: number; padding?: number } = {}): string {
  const minWidth = opts.minWidth ?? 0
  const padding = opts.padding ?? 3
  const cols = Math.max(0, ...rows.map((r) => r.length))
  const widths: number[] = []
  for (let i = 0; i < cols - 1; i++) widths.push(Math.max(minWidth, ...rows.map((r) => (r[i] ?? '').length + padding)))
  return rows.map((r) => r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]!) : c)).join('').trimEnd() + '\n').join('')
}

/** docker's `--format json` for a list: one JSON array on one line. */
export function jsonArray(rows: readonly unknown[]): string {
  return JSON.stringify(rows) + '\n'
}

/** docker compose's `no such service: x`, exit code 1 (a usage error would be 125). */
export function noSuchService(name: string): Error {
  return new TscError('COMPOSE_NO_SUCH_SERVICE', `no such service: ${name}`, { exitCode: 1 })
}
