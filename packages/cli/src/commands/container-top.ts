import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { tabulate } from '../render/table.js'
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
    ctx.stdout.write(tabulate([t.Titles, ...t.Processes], { padding: 4 }))
    return 0
  },
}
export default command
