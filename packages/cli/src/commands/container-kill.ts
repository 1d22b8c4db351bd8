import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'container kill',
  summary: 'Kill one or more running containers',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  options: {
    signal: { type: 'string', short: 's', description: 'Signal to send to the container', valueName: 'SIGNAL', default: 'KILL' },
  },
  async run(ctx) {
    const rt = runtimeOf(ctx)
    const o = ctx.args.options
    const refs = ctx.args.positionals
    if (refs.length === 0) throw new UsageError('"container kill" requires at least 1 argument')
    let failed = 0
    for (const ref of refs) {
      try {
        await rt.containers.kill(ref, (o.signal as string | undefined) ?? 'SIGKILL')
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
