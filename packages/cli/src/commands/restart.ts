import type { Command } from '../command.js'
import { composeFlags } from '../compose-flags.js'
import { forEachProjectContainer } from '../project-containers.js'

const command: Command = {
  name: 'restart',
  summary: 'Restart service containers',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    timeout: composeFlags.timeout,
    'no-deps': { type: 'boolean', description: "Don't restart dependent services" },
  },
  run: (ctx) => forEachProjectContainer(ctx, {
    title: 'Restarting',
    direction: 'up',
    include: (c) => !c.oneoff,
    verb: ['Restarting', 'Started'],
    act: (rt, c) => rt.containers.restart(c.id, ctx.args.options.timeout as number | undefined),
  }),
}
export default command
