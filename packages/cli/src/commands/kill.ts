import type { Command } from '../command.js'
import { forEachProjectContainer } from '../project-containers.js'

const command: Command = {
  name: 'kill',
  summary: 'Force stop service containers',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    signal: { type: 'string', short: 's', description: 'SIGNAL to send to the container', valueName: 'SIGNAL', default: 'SIGKILL' },
    'remove-orphans': { type: 'boolean', description: 'Remove containers for services not defined in the Compose file' },
  },
  run: (ctx) => forEachProjectContainer(ctx, {
    title: 'Killing',
    direction: 'down',
    include: (c) => c.state === 'running' || c.state === 'restarting' || c.state === 'paused',
    verb: ['Killing', 'Killed'],
    act: (rt, c) => rt.containers.kill(c.id, ctx.args.options.signal as string),
  }),
}
export default command
