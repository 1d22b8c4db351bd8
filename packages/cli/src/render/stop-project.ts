import type { ProjectSession } from '@tsc-compose/compose'
import type { CommandContext } from '../command.js'

/** Stops every running container of the project, dependents first (shared by up and stop). */
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
