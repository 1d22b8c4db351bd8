import type { Command } from '../command.js'
import { inspectEach } from '../each-reference.js'
import { runtimeOf } from './container-create.js'
import { renderFormatted } from '../render/table.js'

const command: Command = {
  name: 'volume inspect',
  summary: 'Display detailed information on one or more volumes',
  usage: '[OPTIONS] VOLUME [VOLUME...]',
  options: {
    format: { type: 'string', short: 'f', description: 'Format output using a custom template', valueName: 'FORMAT' },
  },
  async run(ctx) {
    const rt = runtimeOf(ctx)
    const { found: out, status } = await inspectEach(ctx, 'volume inspect', (ref) => {
      const { Anonymous, ...v } = rt.volumes.inspect(ref)
      void Anonymous
      return v
    })
    const format = ctx.args.options.format as string | undefined
    ctx.stdout.write(format ? renderFormatted(out as unknown as Record<string, unknown>[], format, '') : JSON.stringify(out, null, 4) + '\n')
    return status
  },
}
export default command
