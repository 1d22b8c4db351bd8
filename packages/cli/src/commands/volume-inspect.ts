import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { runtimeOf } from './container-create.js'
import { renderFormatted } from './container-ps.js'

const command: Command = {
  name: 'volume inspect',
  summary: 'Display detailed information on one or more volumes',
  usage: '[OPTIONS] VOLUME [VOLUME...]',
  options: {
    format: { type: 'string', short: 'f', description: 'Format output using a custom template', valueName: 'FORMAT' },
  },
  async run(ctx) {
    const refs = ctx.args.positionals
    if (refs.length === 0) throw new UsageError('"volume inspect" requires at least 1 argument')
    const rt = runtimeOf(ctx)
    const out = []
    let failed = 0
    for (const r of refs) {
      try {
        const { Anonymous, ...v } = rt.volumes.inspect(r)
        void Anonymous
        out.push(v)
      } catch (err) {
        failed++
        ctx.stderr.write(`Error: ${(err as Error).message}\n`)
      }
    }
    const format = ctx.args.options.format as string | undefined
    ctx.stdout.write(format ? renderFormatted(out as unknown as Record<string, unknown>[], format, '') : JSON.stringify(out, null, 4) + '\n')
    return failed ? 1 : 0
  },
}
export default command
