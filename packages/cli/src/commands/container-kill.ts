import type { Command } from '../command.js'
import { forEachReference } from '../each-reference.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'container kill',
  summary: 'Kill one or more running containers',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  options: {
    signal: { type: 'string', short: 's', description: 'Signal to send to the container', valueName: 'SIGNAL', default: 'KILL' },
  },
  run(ctx) {
    const rt = runtimeOf(ctx)
    const signal = ctx.args.options.signal as string
    return forEachReference(ctx, 'container kill', (ref) => rt.containers.kill(ref, signal))
  },
}
export default command
