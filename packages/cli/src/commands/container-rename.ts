import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'container rename',
  summary: 'Rename a container',
  usage: 'CONTAINER NEW_NAME',
  options: {},
  async run(ctx) {
    const [ref, name] = ctx.args.positionals
    if (!ref || !name) throw new UsageError('"container rename" requires exactly 2 arguments')
    await runtimeOf(ctx).containers.rename(ref, name)
    return 0
  },
}
export default command
