import type { Command } from '../command.js'
import { forEachReference } from '../each-reference.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'container stop',
  summary: 'Stop one or more running containers',
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
    return forEachReference(ctx, 'container stop', (ref) => rt.containers.stop(ref, o.time as number | undefined))
  },
}
export default command
