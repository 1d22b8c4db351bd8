import type { ContainerSummary } from '@tsc-compose/runtime'
import type { Command } from '../command.js'
import { parseFilters } from '../filters.js'
import { renderFormatted } from '../render/table.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'container ps',
  summary: 'List containers',
  usage: '[OPTIONS]',
  options: {
    all: { type: 'boolean', short: 'a', description: 'Show all containers (default shows just running)' },
    quiet: { type: 'boolean', short: 'q', description: 'Only display container IDs' },
    filter: { type: 'string', short: 'f', multiple: true, description: 'Filter output based on conditions provided', valueName: 'FILTER' },
    format: { type: 'string', description: "Format output using a custom template: 'table', 'json' or a template", valueName: 'FORMAT' },
    last: { type: 'number', short: 'n', description: 'Show n last created containers (includes all states)', valueName: 'INT' },
    latest: { type: 'boolean', short: 'l', description: 'Show the latest created container (includes all states)' },
    'no-trunc': { type: 'boolean', description: "Don't truncate output" },
    size: { type: 'boolean', short: 's', description: 'Display total file sizes' },
  },
  async run(ctx) {
    const o = ctx.args.options
    const rows: ContainerSummary[] = runtimeOf(ctx).containers.list({
      all: Boolean(o.all),
      filters: parseFilters(o.filter),
      last: o.latest ? 1 : (o.last as number | undefined),
    })
    const shown = rows.map((r) => {
      const { id, labels, exitCode, health, ...docker } = r
      void labels, void exitCode, void health
      return o['no-trunc'] ? { ...docker, ID: id } : docker
    })
    if (o.quiet) {
      ctx.stdout.write(shown.map((r) => `${r.ID}\n`).join(''))
      return 0
    }
    ctx.stdout.write(renderFormatted(shown, o.format as string | undefined, '{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}'))
    return 0
  },
}
export default command
