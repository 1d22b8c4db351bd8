import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'container commit',
  summary: "Create a new image from a container's changes",
  usage: '[OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
  options: {
    author: { type: 'string', short: 'a', description: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")', valueName: 'STRING' },
    change: { type: 'string', short: 'c', multiple: true, description: 'Apply Dockerfile instruction to the created image', valueName: 'INSTR' },
    message: { type: 'string', short: 'm', description: 'Commit message', valueName: 'STRING' },
    pause: { type: 'boolean', short: 'p', description: 'Pause container during commit', default: true },
  },
  async run(ctx) {
    const [ref, target] = ctx.args.positionals
    if (!ref) throw new UsageError('"container commit" requires at least 1 argument')
    const o = ctx.args.options
    const id = await runtimeOf(ctx).containers.commit(ref, {
      ref: target,
      author: o.author as string | undefined,
      message: o.message as string | undefined,
      changes: (o.change as string[] | undefined) ?? [],
      pause: o.pause !== false,
    })
    ctx.stdout.write(`${id}\n`)
    return 0
  },
}
export default command
