import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { forEachReference } from '../each-reference.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'container start',
  summary: 'Start one or more stopped containers',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  options: {
    attach: { type: 'boolean', short: 'a', description: "Attach STDOUT/STDERR and forward signals" },
    interactive: { type: 'boolean', short: 'i', description: "Attach container's STDIN" },
  },
  async run(ctx) {
    const rt = runtimeOf(ctx)
    const refs = ctx.args.positionals
    const o = ctx.args.options
    if (refs.length > 0 && (o.attach || o.interactive)) {
      if (refs.length > 1) throw new UsageError('you cannot start and attach multiple containers at once')
      const rec = await rt.containers.start(refs[0]!)
      return rt.containers.attach(rec.Id, { stdout: ctx.stdout, stderr: ctx.stderr, tty: rec.Config.Tty, ...(o.interactive ? { stdin: ctx.stdin } : {}) })
    }
    return forEachReference(ctx, 'container start', (ref) => rt.containers.start(ref))
  },
}
export default command
