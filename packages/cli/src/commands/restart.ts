import type { Command } from '../command.js'
import { composeFlags } from '../compose-flags.js'
import { openComposeSession, progressFor } from '../compose-session.js'
import { restartScope } from '../restart-scope.js'
import { checkServices } from '../service-target.js'

const command: Command = {
  name: 'restart',
  summary: 'Restart service containers',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    timeout: composeFlags.timeout,
    'no-deps': { type: 'boolean', description: "Don't restart dependent services" },
  },
  async run(ctx) {
    const services = ctx.args.positionals
    const timeout = ctx.args.options.timeout as number | undefined
    const progress = await progressFor(ctx, 'Restarting')
    try {
      // Named services are enabled even when a profile disables them (docker compose's
      // WithServicesEnabled); their dependencies are not restarted, see restartScope.
      const { session, project, runtime, compose } = await openComposeSession(ctx, { services, onProgress: progress.listener, byName: true })
      checkServices(compose, project, services)
      const scope = restartScope(project.model, services, Boolean(ctx.args.options['no-deps']))
      // Stopped containers are started, one-offs and orphans left alone, as docker compose does.
      const containers = (await session.host.listProjectContainers(project.model.name)).filter((c) => !c.oneoff)
      const graph = new compose.DependencyGraph(scope.services, scope.edges)
      await graph.visit('up', async (service) => {
        const waits = scope.waits.get(service)
        if (waits) await compose.waitDependencies(session, service, waits)
        await Promise.all(containers.filter((c) => c.service === service).map(async (c) => {
          // docker compose's RestartingEvent; not in ProgressStatus (compose's own plans never restart).
          progress.listener({ resource: `Container ${c.name}`, status: 'Restarting' as never, done: false })
          await runtime.containers.restart(c.id, timeout)
          progress.listener({ resource: `Container ${c.name}`, status: 'Started', done: true })
        }))
      })
    } finally {
      progress.finish()
    }
    return 0
  },
}
export default command
