import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { runtimeOf } from './container-create.js'
import { networksOf } from './network-create.js'

const command: Command = {
  name: 'network connect',
  summary: 'Connect a container to a network',
  usage: '[OPTIONS] NETWORK CONTAINER',
  options: {
    alias: { type: 'string', multiple: true, description: 'Add network-scoped alias for the container', valueName: 'ALIAS' },
    ip: { type: 'string', description: 'IPv4 address (e.g., "172.30.100.104")', valueName: 'IP' },
    'mac-address': { type: 'string', description: 'MAC address of the container on this network', valueName: 'MAC' },
  },
  async run(ctx) {
    const [network, container, ...extra] = ctx.args.positionals
    if (!network || !container || extra.length > 0) throw new UsageError('"network connect" requires exactly 2 arguments: NETWORK CONTAINER')
    const info = runtimeOf(ctx).containers.inspect(container) as unknown as { Id: string; Name: string }
    const o = ctx.args.options
    await networksOf(ctx).connect(network, { id: info.Id, name: info.Name.replace(/^\//, '') }, {
      aliases: (o.alias as string[] | undefined) ?? [],
      ipv4Address: o.ip as string | undefined,
      macAddress: o['mac-address'] as string | undefined,
    })
    return 0
  },
}
export default command
