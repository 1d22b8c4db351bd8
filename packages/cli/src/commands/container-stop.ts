import type { Command } from '../command.js'
import { forEachReference } from '../each-reference.js'
import { runtimeOf } from './container-create.js'

type Runtime = ReturnType<typeof runtimeOf>

/** `container stop` and the commands shaped like it (restart): -t, and -s said to be unsupported. */
export function stopLikeCommand(name: string, summary: string, act: (rt: Runtime, ref: string, timeSeconds: number | undefined) => Promise<unknown>): Command {
  return {
    name,
    summary,
    usage: '[OPTIONS] CONTAINER [CONTAINER...]',
    options: {
      time: { type: 'number', short: 't', description: 'Seconds to wait before killing the container', valueName: 'INT' },
      signal: { type: 'string', short: 's', description: 'Signal to send to the container', valueName: 'SIGNAL', hidden: true },
    },
    run(ctx) {
      const rt = runtimeOf(ctx)
      const o = ctx.args.options
      // The runtime stops with the container's own stop signal: say so rather than drop -s silently.
      if (o.signal !== undefined) ctx.stderr.write('WARNING: --signal is not supported: the container\'s stop signal is sent (set it with --stop-signal at create)\n')
      return forEachReference(ctx, name, (ref) => act(rt, ref, o.time as number | undefined))
    },
  }
}

export default stopLikeCommand('container stop', 'Stop one or more running containers', (rt, ref, t) => rt.containers.stop(ref, t))
