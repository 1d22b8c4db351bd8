import type { Command } from '../command.js'
import { runtimeOf } from './container-create.js'
import { pruneFilters } from '../filters.js'

const command: Command = {
  name: 'volume prune',
  summary: 'Remove unused local volumes',
  usage: '[OPTIONS]',
  options: {
    all: { type: 'boolean', short: 'a', description: 'Remove all unused volumes, not just anonymous ones' },
    force: { type: 'boolean', short: 'f', description: 'Do not prompt for confirmation' },
    filter: { type: 'string', multiple: true, description: 'Provide filter values (e.g. "label=<label>")', valueName: 'FILTER' },
  },
  async run(ctx) {
    const { labelFilters } = pruneFilters(ctx.args.options.filter)
    const { removed } = await runtimeOf(ctx).volumes.prune({ all: Boolean(ctx.args.options.all), labelFilters })
    ctx.stdout.write(removed.length ? `Deleted Volumes:\n${removed.map((n) => `${n}\n`).join('')}\n` : '')
    ctx.stdout.write('Total reclaimed space: 0B\n')
    return 0
  },
}
export default command
