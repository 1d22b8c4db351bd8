import type { Command } from '../command.js'
import { forEachReference } from '../each-reference.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'container pause',
  summary: 'Pause all processes within one or more containers',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  options: {},
  run(ctx) {
    const rt = runtimeOf(ctx)
    return forEachReference(ctx, 'container pause', (ref) => rt.containers.pause(ref))
  },
}
export default command
