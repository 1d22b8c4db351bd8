import type { Command } from '../command.js'
import { forEachReference } from '../each-reference.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'volume rm',
  summary: 'Remove one or more volumes',
  usage: '[OPTIONS] VOLUME [VOLUME...]',
  options: {
    force: { type: 'boolean', short: 'f', description: 'Force the removal of one or more volumes' },
  },
  run(ctx) {
    const rt = runtimeOf(ctx)
    const force = Boolean(ctx.args.options.force)
    return forEachReference(ctx, 'volume rm', (ref) => rt.volumes.remove(ref, { force }))
  },
}
export default command
