import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { openRuntimeFor } from '../compose-session.js'
import { jsonArray, tabulate } from '../render/table.js'

const command: Command = {
  name: 'ls',
  summary: 'List running compose projects',
  usage: '[OPTIONS]',
  options: {
    all: { type: 'boolean', short: 'a', description: 'Show all stopped Compose projects' },
    filter: { type: 'string', multiple: true, description: 'Filter output based on conditions provided', valueName: 'FILTER' },
    format: { type: 'string', description: 'Format the output. Values: [table | json]', valueName: 'FORMAT', default: 'table' },
    quiet: { type: 'boolean', short: 'q', description: 'Only display project names' },
  },
  async run(ctx) {
    const o = ctx.args.options
    const format = String(o.format)
    if (!['table', 'json', 'pretty'].includes(format)) throw new UsageError(`unsupported --format "${format}": expected table or json`)
    const names: RegExp[] = []
    for (const f of (o.filter as string[] | undefined) ?? []) {
      const eq = f.indexOf('=')
      const key = eq === -1 ? f : f.slice(0, eq)
      if (key !== 'name') throw new UsageError(`invalid filter '${key}'`)
      names.push(new RegExp(f.slice(eq + 1)))
    }
    const [rt, compose] = await Promise.all([openRuntimeFor(ctx), import('@tsc-compose/compose')])
    const rows = rt.containers.list({ all: true, filters: [{ key: 'label', value: compose.composeLabels.LABEL_PROJECT }] })
    const stacks = compose.listProjects(rows, { all: Boolean(o.all) }).filter((s) => names.length === 0 || names.some((re) => re.test(s.Name)))
    if (o.quiet) {
      ctx.stdout.write(stacks.map((s) => `${s.Name}\n`).join(''))
      return 0
    }
    if (format === 'json') {
      ctx.stdout.write(jsonArray(stacks))
      return 0
    }
    ctx.stdout.write(tabulate([['NAME', 'STATUS', 'CONFIG FILES'], ...stacks.map((s) => [s.Name, s.Status, s.ConfigFiles])], { minWidth: 20, padding: 3 }))
    return 0
  },
}
export default command
