import type { Command } from '../command.js'
import { forEachProjectContainer } from '../project-containers.js'

const command: Command = {
  name: 'start',
  summary: 'Start services',
  usage: '[SERVICE...]',
  options: {
    wait: { type: 'boolean', description: 'Wait for services to be running|healthy' },
  },
  run: (ctx) => forEachProjectContainer(ctx, {
    title: 'Running',
    direction: 'up',
    include: (c) => !c.oneoff && c.state !== 'running' && c.state !== 'restarting',
    verb: ['Starting', 'Started'],
    act: (rt, c) => rt.containers.start(c.id),
  }),
}
export default command
