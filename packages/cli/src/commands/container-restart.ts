import type { Command } from '../command.js'
import { forEachReference } from '../each-reference.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'container restart',
  summary: 'Restart one or more containers',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  options: {
    time: { type: 'number', short: 't', description: 'Seconds to wait before killing the container', valueName: 'INT' },
    signal: { type: 'string', short: 's', description: 'Signal to send to the container', valueName: 'SIGNAL', hidden: true },
  },
  run(ctx) {
    const rt = runtimeOf(ctx)
    const o = ctx.args.options
    if (o.signal !== undefined) ctx.stderr.write('WARNING: --signal is not supported: the container\'s stop signal is sent (set it with --stop-signal at create)\n')
    // docker restarts stopped and created containers too: stop is a no-op for them.
    return forEachReference(ctx, 'container restart', (ref) => rt.containers.restart(ref, o.time as number | undefined))
  },
}
export default command
