import type { Command } from '../command.js'
import { passesPruneFilters, pruneFilters } from '../filters.js'
import { networksOf } from './network-create.js'

const command: Command = {
  name: 'network prune',
  summary: 'Remove all unused networks (and reclaim leftovers of crashed runs)',
  usage: '[OPTIONS]',
  options: {
    force: { type: 'boolean', short: 'f', description: 'Do not prompt for confirmation' },
    filter: { type: 'string', multiple: true, description: 'Provide filter values (e.g. "label=k=v", "until=24h")', valueName: 'FILTER' },
  },
  async run(ctx) {
    const nets = networksOf(ctx)
    const filters = pruneFilters(ctx.args.options.filter)
    // Leftovers of a SIGKILLed CLI or crashed supervisor first: they may be what keeps a
    // network "in use".
    await nets.reclaimLeftovers()
    const removed = await nets.prune((n) => passesPruneFilters(filters, n))
    if (removed.length > 0) ctx.stdout.write(`Deleted Networks:\n${removed.map((n) => `${n}\n`).join('')}`)
    return 0
  },
}
export default command
