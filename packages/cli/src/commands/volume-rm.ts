import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'volume rm',
  summary: 'Remove one or more volumes',
  usage: '[OPTIONS] VOLUME [VOLUME...]',
  options: {
    force: { type: 'boolean', short: 'f', description: 'Force the removal of one or more volumes' },
  },
  async run(ctx) {
    const refs = ctx.args.positionals
    if (refs.length === 0) throw new UsageError('"volume rm" requires at least 1 argument')
    const rt = runtimeOf(ctx)
    let failed = 0
    for (const r of refs) {
      try {
        await rt.volumes.remove(r, { force: Boolean(ctx.args.options.force) })
        ctx.stdout.write(`${r}\n`)
      } catch (err) {
        failed++
        ctx.stderr.write(`Error response from daemon: ${(err as Error).message}\n`)
      }
    }
    return failed ? 1 : 0
  },
}
export default command
