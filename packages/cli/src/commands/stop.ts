import type { Command } from '../command.js'
import { composeFlags } from '../compose-flags.js'
import { forEachProjectContainer } from '../project-containers.js'

const command: Command = {
  name: 'stop',
  summary: 'Stop services',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    timeout: composeFlags.timeout,
  },
  run: (ctx) => forEachProjectContainer(ctx, {
    title: 'Stopping',
    direction: 'down',
    include: (c) => c.state === 'running' || c.state === 'restarting' || c.state === 'paused',
    verb: ['Stopping', 'Stopped'],
    act: (rt, c) => rt.containers.stop(c.id, ctx.args.options.timeout as number | undefined),
  }),
}
export default command
