import type { Command } from '../command.js'
import { forEachProjectContainer } from '../project-containers.js'

const command: Command = {
  name: 'rm',
  summary: 'Removes stopped service containers',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    force: { type: 'boolean', short: 'f', description: "Don't ask to confirm removal" },
    stop: { type: 'boolean', short: 's', description: 'Stop the containers, if required, before removing' },
    volumes: { type: 'boolean', short: 'v', description: 'Remove any anonymous volumes attached to containers' },
  },
  run: (ctx) => {
    const o = ctx.args.options
    return forEachProjectContainer(ctx, {
      title: 'Removing',
      direction: 'down',
      include: (c) => Boolean(o.stop) || (c.state !== 'running' && c.state !== 'restarting' && c.state !== 'paused'),
      verb: ['Removing', 'Removed'],
      act: async (rt, c) => {
        if (o.stop) await rt.containers.stop(c.id)
        await rt.containers.remove(c.id, { force: Boolean(o.stop), volumes: Boolean(o.volumes) })
      },
    })
  },
}
export default command
