import type { Command } from '../command.js'
import { runtimeOf } from './container-create.js'
import { matchesLabel, parseFilters } from '../filters.js'
import { renderFormatted } from '../render/table.js'

const command: Command = {
  name: 'volume ls',
  summary: 'List volumes',
  usage: '[OPTIONS]',
  options: {
    quiet: { type: 'boolean', short: 'q', description: 'Only display volume names' },
    filter: { type: 'string', short: 'f', multiple: true, description: 'Provide filter values (e.g. "dangling=true", "label=k=v", "name=x")', valueName: 'FILTER' },
    format: { type: 'string', description: "Format output: 'table', 'json' or a template", valueName: 'FORMAT' },
  },
  async run(ctx) {
    const rt = runtimeOf(ctx)
    const o = ctx.args.options
    const filters = parseFilters(o.filter)
    let vols = rt.volumes.list()
    for (const { key, value } of filters) {
      if (key === 'name') vols = vols.filter((v) => v.Name.includes(value))
      else if (key === 'label') vols = vols.filter((v) => matchesLabel(v.Labels, value))
      else if (key === 'dangling') {
        const want = value === 'true' || value === '1'
        vols = vols.filter((v) => (rt.containers.list({ all: true, filters: [{ key: 'volume', value: v.Name }] }).length === 0) === want)
      } else if (key === 'driver') vols = vols.filter((v) => v.Driver === value)
    }
    if (o.quiet) {
      ctx.stdout.write(vols.map((v) => `${v.Name}\n`).join(''))
      return 0
    }
    const rows = vols.map((v) => ({ ...v, Labels: Object.entries(v.Labels).map(([k, x]) => `${k}=${x}`).join(','), Scope: v.Scope }))
    ctx.stdout.write(renderFormatted(rows, o.format as string | undefined, '{{.Driver}}\t{{.Name}}'))
    return 0
  },
}
export default command
