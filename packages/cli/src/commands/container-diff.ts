import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { runtimeOf } from './container-create.js'

const KIND = ['C', 'A', 'D']

const command: Command = {
  name: 'container diff',
  summary: "Inspect changes to files or directories on a container's filesystem",
  usage: 'CONTAINER',
  options: {},
  async run(ctx) {
    const [ref] = ctx.args.positionals
    if (!ref) throw new UsageError('"container diff" requires exactly 1 argument')
    for (const c of runtimeOf(ctx).containers.diff(ref)) ctx.stdout.write(`${KIND[c.Kind]} ${c.Path}\n`)
    return 0
  },
}
export default command
