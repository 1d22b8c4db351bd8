import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { runtimeOf } from './container-create.js'
import { networksOf } from './network-create.js'

const command: Command = {
  name: 'network disconnect',
  summary: 'Disconnect a container from a network',
  usage: '[OPTIONS] NETWORK CONTAINER',
  options: {
    force: { type: 'boolean', short: 'f', description: 'Force the container to disconnect from a network' },
  },
  async run(ctx) {
    const [network, container, ...extra] = ctx.args.positionals
    if (!network || !container || extra.length > 0) throw new UsageError('"network disconnect" requires exactly 2 arguments: NETWORK CONTAINER')
    let id = container
    try {
      id = (runtimeOf(ctx).containers.inspect(container) as unknown as { Id: string }).Id
    } catch (err) {
      // A removed container can still be disconnected by id with -f (docker allows it).
      if (!ctx.args.options.force) throw err
    }
    await networksOf(ctx).disconnect(network, id, { force: Boolean(ctx.args.options.force) })
    return 0
  },
}
export default command
