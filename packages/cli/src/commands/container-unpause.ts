import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'container unpause',
  summary: 'Unpause all processes within one or more containers',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  options: {},
  async run(ctx) {
    const rt = runtimeOf(ctx)
    const o = ctx.args.options
    const refs = ctx.args.positionals
    if (refs.length === 0) throw new UsageError('"container unpause" requires at least 1 argument')
    let failed = 0
    for (const ref of refs) {
      try {
        await rt.containers.unpause(ref)
        ctx.stdout.write(`${ref}\n`)
      } catch (err) {
        failed++
        ctx.stderr.write(`Error response from daemon: ${(err as Error).message}\n`)
      }
    }
    return failed ? 1 : 0
  },
}
export default command
