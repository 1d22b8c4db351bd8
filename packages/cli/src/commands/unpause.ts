import type { Command } from '../command.js'
import { forEachProjectContainer } from '../project-containers.js'

const command: Command = {
  name: 'unpause',
  summary: 'Unpause services',
  usage: '[SERVICE...]',
  options: {},
  run: (ctx) => forEachProjectContainer(ctx, {
    title: 'Unpausing',
    direction: 'up',
    include: (c) => c.state === 'paused',
    verb: ['Unpausing', 'Unpaused'],
    act: (rt, c) => rt.containers.unpause(c.id),
  }),
}
export default command
