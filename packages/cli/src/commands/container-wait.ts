import type { Command } from '../command.js'
import { forEachReference } from '../each-reference.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'container wait',
  summary: 'Block until one or more containers stop, then print their exit codes',
  usage: 'CONTAINER [CONTAINER...]',
  options: {},
  run(ctx) {
    const rt = runtimeOf(ctx)
    return forEachReference(ctx, 'container wait', (ref) => rt.containers.wait(ref), (_ref, exitCode) => String(exitCode))
  },
}
export default command
