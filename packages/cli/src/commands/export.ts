import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { indexOption, openProjectContext } from '../service-target.js'
import { writeTarOutput } from './container-export.js'

const command: Command = {
  name: 'export',
  summary: "Export a service container's filesystem as a tar archive",
  usage: '[OPTIONS] SERVICE',
  options: {
    index: { type: 'number', description: 'index of the container if service has multiple replicas.', valueName: 'N' },
    output: { type: 'string', short: 'o', description: 'Write to a file, instead of STDOUT', valueName: 'FILE' },
  },
  async run(ctx) {
    const [service, ...extra] = ctx.args.positionals
    if (!service || extra.length) throw new UsageError('"export" requires exactly 1 argument: SERVICE')
    const o = ctx.args.options
    const [{ rt, compose, containers }, { exportContainer }] = await Promise.all([openProjectContext(ctx, [service]), import('@tsc-compose/runtime')])
    // As docker compose: a running container of the service, one-off containers included.
    const c = compose.pickServiceContainer(containers, { service, index: indexOption(o.index), oneoff: true })
    if (ctx.global.dryRun) return 0
    await writeTarOutput(ctx, o.output as string | undefined, 'output option is required when exporting to terminal', (out, end) => exportContainer(rt, c.id, out, { end }))
    return 0
  },
}
export default command
