import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { interruptible } from '../interrupt.js'
import { logFlags, tailOption } from '../log-flags.js'
import { logTimeArg } from '../time-arg.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'container logs',
  summary: 'Fetch the logs of a container',
  usage: '[OPTIONS] CONTAINER',
  options: {
    ...logFlags,
    details: { type: 'boolean', description: 'Show extra details provided to logs' },
  },
  async run(ctx) {
    const [ref] = ctx.args.positionals
    if (!ref || ctx.args.positionals.length > 1) throw new UsageError('"container logs" requires exactly 1 argument')
    const o = ctx.args.options
    const tail = tailOption(o.tail)
    const since = logTimeArg(o.since as string | undefined)
    const until = logTimeArg(o.until as string | undefined)
    const interrupt = interruptible()
    try {
      for await (const e of runtimeOf(ctx).containers.logs(ref, {
        follow: Boolean(o.follow),
        tail,
        timestamps: Boolean(o.timestamps),
        ...(since !== undefined ? { since } : {}),
        ...(until !== undefined ? { until } : {}),
        signal: interrupt.signal,
      })) {
        ;(e.stream === 'stderr' ? ctx.stderr : ctx.stdout).write(e.text)
      }
    } finally {
      interrupt.dispose()
    }
    return 0
  },
}
export default command
