import type { Command } from '../command.js'
import { forEachReference } from '../each-reference.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'container rm',
  summary: 'Remove one or more containers',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  options: {
    force: { type: 'boolean', short: 'f', description: 'Force the removal of a running container (uses SIGKILL)' },
    volumes: { type: 'boolean', short: 'v', description: 'Remove anonymous volumes associated with the container' },
    link: { type: 'boolean', short: 'l', description: 'Remove the specified link (unsupported)', hidden: true },
  },
  run(ctx) {
    const rt = runtimeOf(ctx)
    const o = ctx.args.options
    return forEachReference(ctx, 'container rm', (ref) => rt.containers.remove(ref, { force: Boolean(o.force), volumes: Boolean(o.volumes) }))
  },
}
export default command
