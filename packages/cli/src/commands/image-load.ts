import type { Command } from '../command.js'
import { openRuntimeFor } from '../compose-session.js'
import { UsageError } from '../args.js'

const command: Command = {
  name: 'image load',
  summary: 'Load an image from a tar archive or STDIN',
  usage: '[OPTIONS]',
  options: {
    input: { type: 'string', short: 'i', description: 'Read from tar archive file, instead of STDIN', valueName: 'FILE' },
    quiet: { type: 'boolean', short: 'q', description: 'Suppress the load output' },
  },
  async run(ctx) {
    if (ctx.args.positionals.length > 0) throw new UsageError('"image load" accepts no arguments', 'use -i FILE or redirect the archive to stdin')
    const input = ctx.args.options.input as string | undefined
    if (input === undefined && ctx.stdin.isTTY) {
      throw new UsageError('requested load from stdin, but stdin is empty', 'use -i FILE or redirect the archive to stdin')
    }
    const { images } = await openRuntimeFor(ctx)
    const res = await images.load(input ?? ctx.stdin)
    // docker load -q still prints the "Loaded image" lines: only progress is quiet.
    for (const m of res.messages) ctx.stdout.write(`${m}\n`)
    return 0
  },
}
export default command
