import type { ObservedContainer, Project } from '@tsc-compose/compose'
import type { CommandContext } from './command.js'
import { loadComposeProject, openRuntimeFor, progressFor } from './compose-session.js'
import { noSuchService } from './service-target.js'

export type ProjectRuntime = Awaited<ReturnType<typeof openRuntimeFor>>

/**
 * The common shape of stop/start/restart/kill/rm/pause/unpause: the project's containers
 * (optionally some services), visited in dependency order, one runtime call each, with
 * docker compose's progress lines.
 */
export async function forEachProjectContainer(ctx: CommandContext, opts: {
  title: string
  direction: 'up' | 'down'
  include: (c: ObservedContainer) => boolean
  verb: [string, string]
  act: (rt: ProjectRuntime, c: ObservedContainer) => Promise<unknown>
}): Promise<number> {
  const [project, rt, compose] = await Promise.all([loadComposeProject(ctx), openRuntimeFor(ctx), import('@tsc-compose/compose')])
  const services = ctx.args.positionals
  checkServices(project, services)
  const host = new compose.RuntimeComposeHost(rt as never)
  const containers = (await host.listProjectContainers(project.model.name)).filter((c) => (!services.length || services.includes(c.service)) && opts.include(c))
  const progress = await progressFor(ctx, opts.title)
  const graph = compose.projectGraph(project.model)
  for (const c of containers) graph.addVertex(c.service)
  try {
    await graph.visit(opts.direction, async (service) => {
      await Promise.all(containers.filter((c) => c.service === service).map(async (c) => {
        progress.listener({ resource: `Container ${c.name}`, status: opts.verb[0] as never, done: false })
        await opts.act(rt, c)
        progress.listener({ resource: `Container ${c.name}`, status: opts.verb[1] as never, done: true })
      }))
    })
  } finally {
    progress.finish()
  }
  return 0
}

export function checkServices(project: Project, services: readonly string[]): void {
  for (const s of services) {
    if (!(s in project.model.services) && !(s in project.disabledServices)) throw noSuchService(s)
  }
}
