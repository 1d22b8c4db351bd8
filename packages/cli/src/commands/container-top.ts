import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'container top',
  summary: 'Display the running processes of a container',
  usage: 'CONTAINER [ps OPTIONS]',
  options: {},
  stopAfterPositionals: 1,
  async run(ctx) {
    const [ref, ...psArgs] = ctx.args.positionals
    if (!ref) throw new UsageError('"container top" requires at least 1 argument')
    const t = await runtimeOf(ctx).containers.top(ref, psArgs)
    const rows = [t.Titles, ...t.Processes]
    const widths = t.Titles.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)))
    for (const r of rows) ctx.stdout.write(r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]! + 4))).join('') + '\n')
    return 0
  },
}
export default command
