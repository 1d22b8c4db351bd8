import type { Command } from '../command.js'
import { loadComposeProject, openRuntimeFor } from '../compose-session.js'
import { interruptible } from '../interrupt.js'
import { checkServices } from '../service-target.js'
import { logFlags, tailOption } from '../log-flags.js'
import { useColor } from '../render/color.js'
import { LogPrefixer } from '../render/log-prefix.js'
import { logTimeArg } from '../time-arg.js'

const command: Command = {
  name: 'logs',
  summary: 'View output from containers',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    ...logFlags,
    tail: { ...logFlags.tail, description: 'Number of lines to show from the end of the logs for each container' },
    'no-color': { type: 'boolean', description: 'Produce monochrome output' },
    'no-log-prefix': { type: 'boolean', description: "Don't print prefix in logs" },
    index: { type: 'number', description: 'index of the container if service has multiple replicas', valueName: 'N' },
  },
  async run(ctx) {
    const o = ctx.args.options
    const tail = tailOption(o.tail)
    const since = logTimeArg(o.since as string | undefined)
    const until = logTimeArg(o.until as string | undefined)
    const [project, rt, compose] = await Promise.all([loadComposeProject(ctx, [], { byName: true }), openRuntimeFor(ctx), import('@tsc-compose/compose')])
    checkServices(compose, project, ctx.args.positionals)
    const services = ctx.args.positionals.length ? new Set(ctx.args.positionals) : undefined
    const prefixer = new LogPrefixer({ noColor: !useColor(ctx, Boolean(o['no-color'])), noPrefix: Boolean(o['no-log-prefix']), timestamps: Boolean(o.timestamps) })
    const interrupt = interruptible()
    try {
      await compose.followProjectLogs({
        project: project.model.name,
        host: new compose.RuntimeComposeHost(rt as never),
        services,
        follow: Boolean(o.follow),
        tail,
        since,
        until,
        timestamps: Boolean(o.timestamps),
        signal: interrupt.signal,
        readLogs: (id, opts) => rt.containers.logs(id, { follow: opts.follow, tail: opts.tail, since: opts.since, until: opts.until, signal: opts.signal }),
        onLine: (l) => {
          if (o.index !== undefined && !l.source.endsWith(`-${o.index}`)) return
          ctx.stdout.write(prefixer.format(l.service, l.source, l.text, l.time))
        },
      })
    } finally {
      interrupt.dispose()
    }
    return 0
  },
}
export default command
