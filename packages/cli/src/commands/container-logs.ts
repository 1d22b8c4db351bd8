import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { parseDuration } from '@tsc-compose/runtime'
import { runtimeOf } from './container-create.js'

/** docker's --since/--until: RFC 3339, unix seconds, or a duration ago (10m). */
export function timeArg(v: string | undefined, now = Date.now()): number | undefined {
  if (v === undefined || v === '') return undefined
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v)
  const t = Date.parse(v)
  if (!Number.isNaN(t)) return t / 1000
  return (now - parseDuration(v)) / 1000
}

const command: Command = {
  name: 'container logs',
  summary: 'Fetch the logs of a container',
  usage: '[OPTIONS] CONTAINER',
  options: {
    follow: { type: 'boolean', short: 'f', description: 'Follow log output' },
    tail: { type: 'string', short: 'n', description: 'Number of lines to show from the end of the logs ("all")', valueName: 'N', default: 'all' },
    timestamps: { type: 'boolean', short: 't', description: 'Show timestamps' },
    since: { type: 'string', description: 'Show logs since timestamp (2013-01-02T13:23:37Z) or relative (42m)', valueName: 'TIME' },
    until: { type: 'string', description: 'Show logs before a timestamp or relative (42m)', valueName: 'TIME' },
    details: { type: 'boolean', description: 'Show extra details provided to logs' },
  },
  async run(ctx) {
    const [ref] = ctx.args.positionals
    if (!ref || ctx.args.positionals.length > 1) throw new UsageError('"container logs" requires exactly 1 argument')
    const o = ctx.args.options
    const tail = o.tail === 'all' || o.tail === undefined ? undefined : Number(o.tail)
    if (tail !== undefined && !Number.isInteger(tail)) throw new UsageError(`invalid value "${String(o.tail)}" for --tail`)
    const since = timeArg(o.since as string | undefined)
    const until = timeArg(o.until as string | undefined)
    const ac = new AbortController()
    const stop = (): void => ac.abort()
    process.once('SIGINT', stop)
    try {
      for await (const e of runtimeOf(ctx).containers.logs(ref, {
        follow: Boolean(o.follow),
        tail: tail !== undefined && tail >= 0 ? tail : undefined,
        timestamps: Boolean(o.timestamps),
        ...(since !== undefined ? { since } : {}),
        ...(until !== undefined ? { until } : {}),
        signal: ac.signal,
      })) {
        ;(e.stream === 'stderr' ? ctx.stderr : ctx.stdout).write(e.text)
      }
    } finally {
      process.off('SIGINT', stop)
    }
    return 0
  },
}
export default command
