import { isTscError } from '@tsc-compose/runtime'
import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { networksOf } from './network-create.js'

const command: Command = {
  name: 'network rm',
  summary: 'Remove one or more networks',
  usage: '[OPTIONS] NETWORK [NETWORK...]',
  options: {
    force: { type: 'boolean', short: 'f', description: 'Do not error if the network does not exist' },
  },
  async run(ctx) {
    if (ctx.args.positionals.length === 0) throw new UsageError('"network rm" requires at least 1 argument: NETWORK')
    const nets = networksOf(ctx)
    const predefined = nets.predefined()
    let failed = false
    for (const ref of ctx.args.positionals) {
      const pre = predefined.find((p) => p.name === ref || (ref.length >= 12 && p.id.startsWith(ref)))
      if (pre) {
        ctx.stderr.write(`Error response from daemon: ${pre.name} is a pre-defined network and cannot be removed\n`)
        failed = true
        continue
      }
      try {
        await nets.remove(ref)
        ctx.stdout.write(`${ref}\n`)
      } catch (err) {
        if (ctx.args.options.force && isTscError(err, 'NETWORK_NOT_FOUND')) continue
        if (!isTscError(err)) throw err
        ctx.stderr.write(`Error response from daemon: ${err.message}\n`)
        failed = true
      }
    }
    return failed ? 1 : 0
  },
}
export default command
