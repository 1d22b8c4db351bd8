import type { Command } from '../command.js'
import { tabulate } from '../render/table.js'
import { openProjectContext } from '../service-target.js'
import { compareText } from '@tsc-compose/runtime'

const command: Command = {
  name: 'top',
  summary: 'Display the running processes',
  usage: '[SERVICES...]',
  options: {},
  async run(ctx) {
    const services = ctx.args.positionals
    const { rt, containers } = await openProjectContext(ctx, services, { byName: true })
    const running = containers
      .filter((c) => c.state === 'running' && (!services.length || services.includes(c.service)))
      .sort((a, b) => compareText(a.name, b.name))
    // One table for every container, like docker compose 2.24+: SERVICE, replica number,
    // then the union of the ps columns in first-seen order (CMD last), "-" where missing.
    const results = await Promise.all(running.map(async (c) => ({ c, top: await rt.containers.top(c.id).catch(() => undefined) })))
    const titles: string[] = []
    for (const { top } of results) for (const t of top?.Titles ?? []) if (t !== 'CMD' && !titles.includes(t)) titles.push(t)
    if (results.some((r) => r.top?.Titles.includes('CMD'))) titles.push('CMD')
    const rows: string[][] = []
    for (const { c, top } of results) {
      if (!top) continue
      for (const proc of top.Processes) {
        const cell = (t: string): string => {
          const i = top.Titles.indexOf(t)
          return i === -1 ? '-' : proc[i] ?? '-'
        }
        rows.push([c.service, c.oneoff ? '' : String(c.number), ...titles.map(cell)])
      }
    }
    if (rows.length === 0) return 0
    ctx.stdout.write(tabulate([['SERVICE', '#', ...titles], ...rows], { minWidth: 4, padding: 2 }))
    return 0
  },
}
export default command
