import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { loadComposeProject, openRuntimeFor } from '../compose-session.js'
import { checkServices } from '../project-containers.js'
import { LogPrefixer } from '../render/log-prefix.js'

const command: Command = {
  name: 'logs',
  summary: 'View output from containers',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    follow: { type: 'boolean', short: 'f', description: 'Follow log output' },
    tail: { type: 'string', short: 'n', description: 'Number of lines to show from the end of the logs for each container', valueName: 'N', default: 'all' },
    timestamps: { type: 'boolean', short: 't', description: 'Show timestamps' },
    since: { type: 'string', description: 'Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)', valueName: 'TIME' },
    until: { type: 'string', description: 'Show logs before a timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)', valueName: 'TIME' },
    'no-color': { type: 'boolean', description: 'Produce monochrome output' },
    'no-log-prefix': { type: 'boolean', description: "Don't print prefix in logs" },
    index: { type: 'number', description: 'index of the container if service has multiple replicas', valueName: 'N' },
  },
  async run(ctx) {
    const o = ctx.args.options
    const tail = o.tail === 'all' ? undefined : Number(o.tail)
    if (tail !== undefined && (!Number.isInteger(tail) || tail < 0)) throw new UsageError(`invalid --tail value "${String(o.tail)}": expected a number or "all"`)
    const [project, rt, compose, runtimeLib] = await Promise.all([loadComposeProject(ctx), openRuntimeFor(ctx), import('@tsc-compose/compose'), import('@tsc-compose/runtime')])
    checkServices(project, ctx.args.positionals)
    const toTime = (v: unknown): string | undefined => {
      if (typeof v !== 'string') return undefined
      if (/^\d+(\.\d+)?(ns|us|µs|ms|s|m|h)+$/.test(v) || /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(v)) return new Date(Date.now() - runtimeLib.parseDuration(v)).toISOString()
      return v
    }
    const since = toTime(o.since)
    const until = toTime(o.until)
    const services = ctx.args.positionals.length ? new Set(ctx.args.positionals) : undefined
    const prefixer = new LogPrefixer({ noColor: Boolean(o['no-color']) || !ctx.stdout.isTTY, noPrefix: Boolean(o['no-log-prefix']), timestamps: Boolean(o.timestamps) })
    const controller = new AbortController()
    const onSigint = (): void => controller.abort()
    process.on('SIGINT', onSigint)
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
        signal: controller.signal,
        readLogs: (id, opts) => rt.containers.logs(id, { follow: opts.follow, tail: opts.tail, since: opts.since, until: opts.until, signal: opts.signal }),
        onLine: (l) => {
          if (o.index !== undefined && !l.source.endsWith(`-${o.index}`)) return
          ctx.stdout.write(prefixer.format(l.service, l.source, l.text, l.time))
        },
      })
    } finally {
      process.off('SIGINT', onSigint)
    }
    return 0
  },
}
export default command
