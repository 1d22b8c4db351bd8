import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { interruptible } from '../interrupt.js'
import { openComposeSession } from '../compose-session.js'
import { checkServices } from '../service-target.js'

const command: Command = {
  name: 'wait',
  summary: 'Block until containers of all (or specified) services stop',
  usage: 'SERVICE [SERVICE...] [OPTIONS]',
  options: {
    'down-project': { type: 'boolean', description: 'Drops project when the first container stops' },
  },
  async run(ctx) {
    const services = ctx.args.positionals
    if (services.length === 0) throw new UsageError('"wait" requires at least 1 argument: SERVICE [SERVICE...]')
    const { session, project, runtime, compose } = await openComposeSession(ctx, { byName: true })
    checkServices(compose, project, services)
    const running = (await session.host.listProjectContainers(project.model.name))
      .filter((c) => services.includes(c.service) && (c.state === 'running' || c.state === 'restarting' || c.state === 'paused'))
    if (running.length === 0) throw new compose.ComposeExecutionError('COMPOSE_NO_CONTAINERS', `no containers for project "${project.model.name}"`, { exitCode: 1 })
    const interrupt = interruptible()
    let status = 0
    try {
      const waits = running.map(async (c) => {
        const code = await runtime.containers.wait(c.id, interrupt.signal)
        ctx.stdout.write(`container "${c.id}" exited with status code ${code}\n`)
        status = code
      })
      // --down-project: the first container to stop takes the whole project down.
      if (ctx.args.options['down-project']) {
        await Promise.race(waits)
        await compose.down(session, {})
        return status
      }
      await Promise.all(waits)
    } catch (err) {
      if (interrupt.signal.aborted) return 130
      throw err
    } finally {
      interrupt.dispose()
    }
    return interrupt.signal.aborted ? 130 : status
  },
}
export default command
