import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'container wait',
  summary: 'Block until one or more containers stop, then print their exit codes',
  usage: 'CONTAINER [CONTAINER...]',
  options: {},
  async run(ctx) {
    const rt = runtimeOf(ctx)
    const refs = ctx.args.positionals
    if (refs.length === 0) throw new UsageError('"container wait" requires at least 1 argument')
    let failed = 0
    let last = 0
    for (const ref of refs) {
      try {
        last = await rt.containers.wait(ref)
        ctx.stdout.write(`${last}\n`)
      } catch (err) {
        failed++
        ctx.stderr.write(`Error response from daemon: ${(err as Error).message}\n`)
      }
    }
    return failed ? 1 : 0
  },
}
export default command
