import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { renderFormatted } from '../render/table.js'
import { inspectShape, networksOf, predefinedShape } from './network-create.js'

const command: Command = {
  name: 'network inspect',
  summary: 'Display detailed information on one or more networks',
  usage: '[OPTIONS] NETWORK [NETWORK...]',
  options: {
    format: { type: 'string', short: 'f', description: "Format output: 'json' or a template", valueName: 'FORMAT' },
    verbose: { type: 'boolean', short: 'v', description: 'Verbose output for diagnostics' },
  },
  async run(ctx) {
    if (ctx.args.positionals.length === 0) throw new UsageError('"network inspect" requires at least 1 argument: NETWORK')
    const nets = networksOf(ctx)
    const out: Record<string, unknown>[] = []
    let failed = false
    for (const ref of ctx.args.positionals) {
      const n = nets.find(ref)
      const pre = n ? undefined : nets.predefined().find((p) => p.name === ref || (ref.length >= 12 && p.id.startsWith(ref)))
      if (pre) {
        out.push(predefinedShape(pre))
        continue
      }
      if (!n) {
        ctx.stderr.write(`Error: network ${ref} not found\n`)
        failed = true
        continue
      }
      out.push(inspectShape(n))
    }
    const format = ctx.args.options.format as string | undefined
    if (format && format !== 'json') ctx.stdout.write(renderFormatted(out, format, ''))
    else if (out.length > 0 || !failed) ctx.stdout.write(JSON.stringify(out, null, 4) + '\n')
    return failed ? 1 : 0
  },
}
export default command
