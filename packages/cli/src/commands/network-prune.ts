import type { Command } from '../command.js'
import { parseFilters } from './container-ps.js'
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
    const filters = parseFilters(ctx.args.options.filter)
    // Leftovers of a SIGKILLed CLI or crashed supervisor first: they may be what keeps a
    // network "in use".
    await nets.reclaimLeftovers()
    const now = Date.now()
    const removed = await nets.prune((n) =>
      filters.every(({ key, value }) => {
        if (key === 'label') {
          const eq = value.indexOf('=')
          return eq === -1 ? value in n.labels : n.labels[value.slice(0, eq)] === value.slice(eq + 1)
        }
        if (key === 'label!') {
          const eq = value.indexOf('=')
          return !(eq === -1 ? value in n.labels : n.labels[value.slice(0, eq)] === value.slice(eq + 1))
        }
        if (key === 'until') {
          const m = /^(\d+)(s|m|h)$/.exec(value)
          const limit = m ? now - Number(m[1]) * { s: 1e3, m: 6e4, h: 3.6e6 }[m[2] as 's' | 'm' | 'h'] : Date.parse(value)
          return Date.parse(n.created) < limit
        }
        return true
      }),
    )
    if (removed.length > 0) ctx.stdout.write(`Deleted Networks:\n${removed.map((n) => `${n}\n`).join('')}`)
    return 0
  },
}
export default command
