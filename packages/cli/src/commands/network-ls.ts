import type { NetworkRecord } from '@tsc-compose/runtime'
import type { Command } from '../command.js'
import { parseFilters, renderFormatted } from './container-ps.js'
import { networksOf } from './network-create.js'

function matches(n: NetworkRecord, key: string, value: string): boolean {
  switch (key) {
    case 'name':
      return n.name.includes(value)
    case 'id':
      return n.id.startsWith(value)
    case 'driver':
      return n.driver === value
    case 'label': {
      const eq = value.indexOf('=')
      return eq === -1 ? value in n.labels : n.labels[value.slice(0, eq)] === value.slice(eq + 1)
    }
    case 'type':
      return value === 'custom' ? n.name !== 'bridge' : value === 'builtin' ? n.name === 'bridge' : false
    case 'dangling':
      return (Object.keys(n.endpoints).length === 0) === (value === 'true' || value === '1')
    default:
      return true
  }
}

const command: Command = {
  name: 'network ls',
  summary: 'List networks',
  usage: '[OPTIONS]',
  options: {
    quiet: { type: 'boolean', short: 'q', description: 'Only display network IDs' },
    'no-trunc': { type: 'boolean', description: 'Do not truncate the output' },
    filter: { type: 'string', short: 'f', multiple: true, description: 'Provide filter values (e.g. "driver=bridge", "label=k=v", "name=x")', valueName: 'FILTER' },
    format: { type: 'string', description: "Format output: 'table', 'json' or a template", valueName: 'FORMAT' },
  },
  async run(ctx) {
    const o = ctx.args.options
    let nets = networksOf(ctx).list()
    for (const { key, value } of parseFilters(o.filter)) nets = nets.filter((n) => matches(n, key, value))
    const id = (n: NetworkRecord): string => (o['no-trunc'] ? n.id : n.id.slice(0, 12))
    if (o.quiet) {
      ctx.stdout.write(nets.map((n) => `${id(n)}\n`).join(''))
      return 0
    }
    const rows = nets.map((n) => ({
      ID: id(n),
      Name: n.name,
      Driver: n.driver,
      Scope: 'local',
      IPv4: 'true',
      IPv6: 'false',
      Internal: String(n.internal),
      Labels: Object.entries(n.labels).map(([k, v]) => `${k}=${v}`).join(','),
      CreatedAt: n.created,
    }))
    const format = o.format as string | undefined
    if (format === undefined || format === '' || format === 'table') {
      const table = [['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'], ...rows.map((r) => [r.ID, r.Name, r.Driver, r.Scope])]
      const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)))
      ctx.stdout.write(table.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]! + 3))).join('')).join('\n') + '\n')
      return 0
    }
    ctx.stdout.write(renderFormatted(rows, format, '{{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}'))
    return 0
  },
}
export default command
