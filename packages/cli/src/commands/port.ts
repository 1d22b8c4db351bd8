import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { indexOption, openProjectContext, type ProjectRuntime } from '../service-target.js'

interface PortEntry {
  readonly privatePort: number
  readonly protocol: string
  readonly ip: string
  readonly publicPort: number
}

/**
 * Published ports of a container: the live bindings of its endpoints (an ephemeral `80`
 * request only gets its host port at start); a container that publishes nothing now
 * (stopped, network_mode none/host) has none, as under docker.
 */
async function portsOf(rt: ProjectRuntime, id: string): Promise<PortEntry[]> {
  const mappings = (await rt.networks()).portMappings(id)
  return mappings.map((m) => ({ privatePort: m.containerPort, protocol: m.protocol, ip: m.hostIp || '0.0.0.0', publicPort: m.hostPort }))
}

const command: Command = {
  name: 'port',
  summary: 'Print the public port for a port binding',
  usage: '[OPTIONS] SERVICE PRIVATE_PORT',
  options: {
    index: { type: 'number', description: 'Index of the container if service has multiple replicas', valueName: 'N' },
    protocol: { type: 'string', description: 'tcp or udp', valueName: 'PROTO', default: 'tcp' },
  },
  async run(ctx) {
    const [service, privatePort] = ctx.args.positionals
    if (!service || !privatePort || ctx.args.positionals.length > 2) throw new UsageError('"port" requires exactly 2 arguments: SERVICE PRIVATE_PORT')
    const port = Number(privatePort)
    if (!/^\d+$/.test(privatePort) || port > 65535) throw new UsageError(`invalid private port "${privatePort}": expected a number from 0 to 65535`)
    const protocol = String(ctx.args.options.protocol)
    const { rt, compose, containers } = await openProjectContext(ctx, [service], { byName: true })
    const target = compose.pickServiceContainer(containers, { service, index: indexOption(ctx.args.options.index) })
    const ports = await portsOf(rt, target.id)
    const hit = ports.find((p) => p.privatePort === port && p.protocol === protocol && p.publicPort > 0)
    if (!hit) {
      const listed = ports.map((p) => `${p.publicPort}/${p.protocol}`).join(', ')
      throw new compose.ComposeExecutionError('COMPOSE_NO_PORT', `no port ${port}/${protocol} for container ${target.name}: ${listed}`, { exitCode: 1 })
    }
    ctx.stdout.write(`${hit.ip}:${hit.publicPort}\n`)
    return 0
  },
}
export default command
