import type { ObservedContainer } from '@tsc-compose/compose'
import type { CommandContext } from './command.js'
import { progressFor, type ProjectLoadMode } from './compose-session.js'
import { checkServices, openProjectContext, type ProjectContext, type ProjectRuntime } from './service-target.js'

/**
 * The common shape of stop/start/restart/kill/rm/pause/unpause: the project's containers
 * (optionally some services), visited in dependency order, one runtime call each, with
 * docker compose's progress lines.
 */
export async function forEachProjectContainer(ctx: CommandContext, opts: {
  title: string
  direction: 'up' | 'down'
  include: (c: ObservedContainer) => boolean
  /** Progress statuses before and after; kill/pause ones are not in compose's ProgressStatus list. */
  verb: [string, string]
  act: (rt: ProjectRuntime, c: ObservedContainer) => Promise<unknown>
  /** After every container was acted on (`start --wait`), with the project as it was read. */
  after?: (pc: ProjectContext) => Promise<void>
  /** Without a compose file, from the project name (all these commands allow it): see ProjectLoadMode. */
  byName?: ProjectLoadMode['byName']
}): Promise<number> {
  // The project is loaded without the named services: one a profile disables is not enabled
  // (and its dependencies not pulled in) by naming it here.
  const pc = await openProjectContext(ctx, [], { byName: opts.byName ?? true })
  const { project, rt, compose, containers: all } = pc
  const services = ctx.args.positionals
  checkServices(compose, project, services)
  const containers = all.filter((c) => (!services.length || services.includes(c.service)) && opts.include(c))
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
  await opts.after?.(pc)
  return 0
}
