import type { Command } from '../command.js'
import { runtimeOf } from './container-create.js'
import { pruneFilters } from '../filters.js'

const command: Command = {
  name: 'container prune',
  summary: 'Remove all stopped containers',
  usage: '[OPTIONS]',
  options: {
    force: { type: 'boolean', short: 'f', description: 'Do not prompt for confirmation' },
    filter: { type: 'string', multiple: true, description: 'Provide filter values (e.g. "until=<timestamp>", "label=k=v")', valueName: 'FILTER' },
  },
  async run(ctx) {
    const { removed } = await runtimeOf(ctx).containers.prune(pruneFilters(ctx.args.options.filter))
    ctx.stdout.write(removed.length ? `Deleted Containers:\n${removed.map((id) => `${id}\n`).join('')}\n` : '')
    ctx.stdout.write('Total reclaimed space: 0B\n')
    return 0
  },
}
export default command
