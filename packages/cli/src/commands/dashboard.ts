import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { loadComposeProject, openRuntimeFor } from '../compose-session.js'
import { checkServices } from '../service-target.js'

const command: Command = {
  name: 'dashboard',
  summary: 'Live terminal dashboard of the project: containers, health, resources and logs',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    tail: { type: 'number', short: 'n', description: 'Log lines of history to show per container, and the most kept per container', valueName: 'N', default: 200 },
    interval: { type: 'number', description: 'Seconds between two refreshes of the container table', valueName: 'SECONDS', default: 1 },
  },
  async run(ctx) {
    const o = ctx.args.options
    const tail = o.tail === undefined ? 200 : Number(o.tail)
    if (!Number.isInteger(tail) || tail < 0) throw new UsageError(`invalid --tail value "${String(o.tail)}": expected a whole number`)
    const interval = o.interval === undefined ? 1 : Number(o.interval)
    if (!(interval >= 0.1 && interval <= 3600)) throw new UsageError(`invalid --interval value "${String(o.interval)}": expected seconds between 0.1 and 3600`)
    if (!ctx.stdout.isTTY || !ctx.stdin.isTTY) {
      throw new UsageError('the dashboard needs a terminal (stdin and stdout are not both a TTY)', "use 'tsc-compose ps', 'tsc-compose logs -f' or 'tsc-compose container stats' in scripts")
    }
    // The compose file is read once, for the project's name and the service names; every
    // refresh after that reads only the runtime.
    const [project, runtime, compose] = await Promise.all([loadComposeProject(ctx), openRuntimeFor(ctx), import('@tsc-compose/compose')])
    checkServices(compose, project, ctx.args.positionals)
    const { runDashboard } = await import('../dashboard/run.js')
    return runDashboard({
      project: project.model.name,
      runtime,
      compose,
      services: ctx.args.positionals,
      tail,
      pollMs: Math.round(interval * 1000),
      stdout: ctx.stdout,
      stdin: ctx.stdin,
    })
  },
}
export default command
