import { createHash } from 'node:crypto'
import { Networks, resolveRoot, type NetworkRecord } from '@tsc-compose/runtime'
import type { Command, CommandContext } from '../command.js'
import { keyValueOption, UsageError } from '../args.js'

/** The networking API of the CLI's state root (shared by the network-* commands). */
export function networksOf(ctx: CommandContext): Networks {
  return new Networks({ root: resolveRoot(ctx.global.root, ctx.env) })
}

/** `docker network inspect`'s shape. */
export function inspectShape(n: NetworkRecord): Record<string, unknown> {
  const prefix = n.subnet.split('/')[1]
  const containers: Record<string, unknown> = {}
  for (const e of Object.values(n.endpoints)) {
    if (!e.active) continue
    containers[e.containerId] = {
      Name: e.containerName,
      EndpointID: createHash('sha256').update(`${n.id}/${e.containerId}`).digest('hex'),
      MacAddress: e.active.mac,
      IPv4Address: `${e.active.ip}/${prefix}`,
      IPv6Address: '',
    }
  }
  return {
    Name: n.name,
    Id: n.id,
    Created: n.created,
    Scope: 'local',
    Driver: n.driver,
    EnableIPv4: true,
    EnableIPv6: false,
    IPAM: {
      Driver: 'default',
      Options: {},
      Config: [{ Subnet: n.subnet, Gateway: n.gateway, ...(n.ipRange ? { IPRange: n.ipRange } : {}) }],
    },
    Internal: n.internal,
    Attachable: n.attachable,
    Ingress: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: containers,
    Options: { 'com.docker.network.bridge.name': n.bridge, ...n.options },
    Labels: { ...n.labels },
  }
}

/** `network inspect` of a predefined network without a record: host, none, bridge before first use. */
export function predefinedShape(p: { id: string; name: string; driver: string }): Record<string, unknown> {
  return {
    Name: p.name,
    Id: p.id,
    Created: '',
    Scope: 'local',
    Driver: p.driver,
    EnableIPv4: p.driver === 'bridge',
    EnableIPv6: false,
    IPAM: { Driver: 'default', Options: null, Config: [] },
    Internal: false,
    Attachable: false,
    Ingress: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: {},
    Options: {},
    Labels: {},
  }
}

const command: Command = {
  name: 'network create',
  summary: 'Create a network',
  usage: '[OPTIONS] NETWORK',
  options: {
    driver: { type: 'string', short: 'd', description: 'Driver to manage the Network (only bridge)', valueName: 'DRIVER', default: 'bridge' },
    subnet: { type: 'string', description: 'Subnet in CIDR format that represents a network segment', valueName: 'CIDR' },
    gateway: { type: 'string', description: 'IPv4 Gateway for the master subnet', valueName: 'IP' },
    'ip-range': { type: 'string', description: 'Allocate container ip from a sub-range', valueName: 'CIDR' },
    internal: { type: 'boolean', description: 'Restrict external access to the network' },
    attachable: { type: 'boolean', description: 'Enable manual container attachment' },
    label: { type: 'string', multiple: true, description: 'Set metadata on a network', valueName: 'KEY=VALUE' },
    opt: { type: 'string', short: 'o', multiple: true, description: 'Set driver specific options', valueName: 'KEY=VALUE' },
  },
  async run(ctx) {
    const [name, ...extra] = ctx.args.positionals
    if (!name || extra.length > 0) throw new UsageError('"network create" requires exactly 1 argument: NETWORK')
    const o = ctx.args.options
    const rec = await networksOf(ctx).create({
      name,
      driver: o.driver as string,
      subnet: o.subnet as string | undefined,
      gateway: o.gateway as string | undefined,
      ipRange: o['ip-range'] as string | undefined,
      internal: Boolean(o.internal),
      attachable: Boolean(o.attachable),
      labels: keyValueOption(o.label, 'label'),
      options: keyValueOption(o.opt, 'opt'),
    })
    ctx.stdout.write(`${rec.id}\n`)
    return 0
  },
}
export default command
