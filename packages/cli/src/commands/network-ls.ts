import type { NetworkRecord } from '@tsc-compose/runtime'
import type { Command } from '../command.js'
import { matchesLabel, parseFilters } from '../filters.js'
import { renderFormatted, tabulate } from '../render/table.js'
import { networksOf } from './network-create.js'
import { compareText } from '@tsc-compose/runtime'

/** A row of the listing: a network, or a predefined one without a record (host, none, bridge before first use). */
interface Row {
  readonly id: string
  readonly name: string
  readonly driver: string
  readonly builtin: boolean
  readonly record?: NetworkRecord
}

function matches(r: Row, key: string, value: string): boolean {
  switch (key) {
    case 'name':
      return r.name.includes(value)
    case 'id':
      return r.id.startsWith(value)
    case 'driver':
      return r.driver === value
    case 'type':
      return value === 'custom' ? !r.builtin : value === 'builtin' ? r.builtin : false
    case 'dangling': {
      // docker: predefined networks are never dangling
      const dangling = !r.builtin && Object.keys(r.record?.endpoints ?? {}).length === 0
      return dangling === (value === 'true' || value === '1')
    }
    case 'label':
      return matchesLabel(r.record?.labels ?? {}, value)
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
    const api = networksOf(ctx)
    // docker lists its predefined networks (bridge, host, none) too, sorted by name with the rest.
    let nets: Row[] = [
      ...api.predefined().map((p) => ({ ...p, builtin: true })),
      ...api.list().filter((n) => n.name !== 'bridge').map((n) => ({ id: n.id, name: n.name, driver: n.driver, builtin: false, record: n })),
    ].sort((a, b) => compareText(a.name, b.name))
    for (const { key, value } of parseFilters(o.filter)) nets = nets.filter((n) => matches(n, key, value))
    const id = (n: Row): string => (o['no-trunc'] ? n.id : n.id.slice(0, 12))
    if (o.quiet) {
      ctx.stdout.write(nets.map((n) => `${id(n)}\n`).join(''))
      return 0
    }
    const rows = nets.map((n) => ({
      ID: id(n),
      Name: n.name,
      Driver: n.driver,
      Scope: 'local',
      IPv4: String(n.driver === 'bridge'),
      IPv6: 'false',
      Internal: String(n.record?.internal ?? false),
      Labels: Object.entries(n.record?.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(','),
      CreatedAt: n.record?.created ?? '',
    }))
    const format = o.format as string | undefined
    if (format === undefined || format === '' || format === 'table') {
      ctx.stdout.write(tabulate([['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'], ...rows.map((r) => [r.ID, r.Name, r.Driver, r.Scope])]))
      return 0
    }
    ctx.stdout.write(renderFormatted(rows, format, '{{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}'))
    return 0
  },
}
export default command
