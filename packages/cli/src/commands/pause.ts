import type { Command } from '../command.js'
import { forEachProjectContainer } from '../project-containers.js'

const command: Command = {
  name: 'pause',
  summary: 'Pause services',
  usage: '[SERVICE...]',
  options: {},
  run: (ctx) => forEachProjectContainer(ctx, {
    title: 'Pausing',
    direction: 'down',
    include: (c) => c.state === 'running',
    verb: ['Pausing', 'Paused'],
    act: (rt, c) => rt.containers.pause(c.id),
  }),
}
export default command
