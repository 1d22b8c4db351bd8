import type { Command } from '../command.js'
import { openRuntimeFor } from '../compose-session.js'
import { inspectEach } from '../each-reference.js'

const command: Command = {
  name: 'image inspect',
  summary: 'Display detailed information on one or more images',
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  options: {
    format: { type: 'string', short: 'f', description: "Format output using a custom template: 'json' or a Go template", valueName: 'FORMAT' },
  },
  async run(ctx) {
    const { renderTemplate } = await import('@tsc-compose/runtime')
    const { images } = await openRuntimeFor(ctx)
    const { found, status } = await inspectEach<object>(ctx, 'image inspect', (ref) => images.inspect(ref))
    const format = ctx.args.options.format as string | undefined
    if (format === undefined || format === '') {
      ctx.stdout.write(`${JSON.stringify(found, null, 4)}\n`)
    } else if (format === 'json') {
      ctx.stdout.write(`${JSON.stringify(found)}\n`)
    } else {
      for (const i of found) ctx.stdout.write(`${renderTemplate(format, i as Record<string, unknown>)}\n`)
    }
    return status
  },
}
export default command
