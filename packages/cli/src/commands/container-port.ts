import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { runtimeOf } from './container-create.js'

/** `PRIVATE_PORT[/PROTO]` as docker reads it: tcp unless said, protocols tcp, udp and sctp. */
function parsePrivatePort(arg: string): { port: number; proto: string } {
  const [p, proto = 'tcp', ...rest] = arg.split('/')
  const port = Number(p)
  if (rest.length || !/^\d+$/.test(p ?? '') || port < 1 || port > 65535) throw new UsageError(`invalid port "${arg}": expected PRIVATE_PORT[/PROTO] with a port from 1 to 65535`)
  if (!['tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) throw new UsageError(`invalid protocol "${proto}" in "${arg}": expected tcp, udp or sctp`)
  return { port, proto: proto.toLowerCase() }
}

/** docker's HOST:PORT, IPv6 in brackets. */
const hostPort = (ip: string, port: number): string => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`)

const command: Command = {
  name: 'container port',
  summary: 'List port mappings or a specific mapping for the container',
  usage: 'CONTAINER [PRIVATE_PORT[/PROTO]]',
  options: {},
  async run(ctx) {
    const [ref, privatePort, ...extra] = ctx.args.positionals
    if (!ref || extra.length) throw new UsageError('"container port" requires 1 or 2 arguments: CONTAINER [PRIVATE_PORT[/PROTO]]')
    const want = privatePort !== undefined ? parsePrivatePort(privatePort) : undefined
    const rt = runtimeOf(ctx)
    const rec = rt.containers.get(ref)
    // Live bindings only: a stopped container publishes nothing, as under docker.
    const running = ['running', 'paused', 'restarting'].includes(rt.containers.state(rec.Id).status)
    const builtin = rec.HostConfig.NetworkMode === 'none' || rec.HostConfig.NetworkMode === 'host'
    const mappings = running && !builtin ? (await rt.networks()).portMappings(rec.Id) : []
    if (want) {
      const hits = mappings.filter((m) => m.containerPort === want.port && m.protocol === want.proto && m.hostPort > 0)
      if (hits.length === 0) throw Object.assign(new Error(`No public port '${want.port}/${want.proto}' published for ${ref}`), { code: 'CONTAINER_NO_PORT', exitCode: 1 })
      ctx.stdout.write(hits.map((m) => `${hostPort(m.hostIp || '0.0.0.0', m.hostPort)}\n`).join(''))
      return 0
    }
    const lines = mappings.filter((m) => m.hostPort > 0).map((m) => `${m.containerPort}/${m.protocol} -> ${hostPort(m.hostIp || '0.0.0.0', m.hostPort)}`)
    ctx.stdout.write(lines.sort().map((l) => `${l}\n`).join(''))
    return 0
  },
}
export default command
