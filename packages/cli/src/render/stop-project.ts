import type { ProjectSession } from '@tsc-compose/compose'
import type { CommandContext } from '../command.js'

/**
 * The services an attached `up` stops on Ctrl-C or --abort-on-container-exit/-failure (and
 * kills on a second Ctrl-C), as docker compose v2 decides: it stops the services named on
 * the command line (pkg/compose/up.go stops `options.Create.Services`) and only those. The
 * dependencies that `up` brought along stay running, as with v1: another `up` or the user
 * may rely on them (docker/compose#9701, which reverted stopping the whole project).
 * Without names, every service of the project. In the project's order.
 */
export function upStopScope(named: readonly string[], projectServices: readonly string[]): string[] {
  if (named.length === 0) return [...projectServices]
  const wanted = new Set(named)
  return projectServices.filter((s) => wanted.has(s))
}

/** Stops the running containers of `services` (default: the whole project), dependents first. */
export async function stop(ctx: CommandContext, session: ProjectSession, compose: typeof import('@tsc-compose/compose'), timeoutSeconds?: number, services?: readonly string[]): Promise<void> {
  const { project, host } = session
  const graph = compose.projectGraph(project.model)
  const containers = await host.listProjectContainers(project.model.name)
  const only = services?.length ? new Set(services) : undefined
  await graph.visit('down', async (service) => {
    if (only && !only.has(service)) return
    await Promise.all(containers.filter((c) => c.service === service && !c.oneoff && (c.state === 'running' || c.state === 'restarting' || c.state === 'paused')).map(async (c) => {
      session.onProgress?.({ resource: `Container ${c.name}`, status: 'Stopping', done: false })
      await host.stopContainer(c.id, timeoutSeconds)
      session.onProgress?.({ resource: `Container ${c.name}`, status: 'Stopped', done: true })
    }))
  })
  void ctx
}
