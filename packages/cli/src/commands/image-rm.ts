import type { Command } from '../command.js'
import { openRuntimeFor } from '../compose-session.js'
import { UsageError } from '../args.js'

const command: Command = {
  name: 'image rm',
  summary: 'Remove one or more images',
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  options: {
    force: { type: 'boolean', short: 'f', description: 'Force removal of the image' },
    'no-prune': { type: 'boolean', description: 'Do not delete untagged parents' },
  },
  async run(ctx) {
    const names = ctx.args.positionals
    if (names.length === 0) throw new UsageError('"image rm" requires at least 1 argument')
    const { isTscError } = await import('@tsc-compose/runtime')
    const { images } = await openRuntimeFor(ctx)
    let status = 0
    // Like docker: go on with the next image after an error, exit 1 at the end.
    for (const n of names) {
      try {
        for (const r of await images.remove(n, { force: Boolean(ctx.args.options.force) })) {
          ctx.stdout.write('Untagged' in r ? `Untagged: ${r.Untagged}\n` : `Deleted: ${r.Deleted}\n`)
        }
      } catch (err) {
        if (!isTscError(err)) throw err
        ctx.stderr.write(`Error: ${err.message}\n`)
        status = 1
      }
    }
    return status
  },
}
export default command
