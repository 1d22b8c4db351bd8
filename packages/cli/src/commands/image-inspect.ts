import type { Command } from '../command.js'
import { openRuntimeFor } from '../compose-session.js'
import { UsageError } from '../args.js'

const command: Command = {
  name: 'image inspect',
  summary: 'Display detailed information on one or more images',
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  options: {
    format: { type: 'string', short: 'f', description: "Format output using a custom template: 'json' or a Go template", valueName: 'FORMAT' },
  },
  async run(ctx) {
    const names = ctx.args.positionals
    if (names.length === 0) throw new UsageError('"image inspect" requires at least 1 argument')
    const { renderTemplate, isTscError } = await import('@tsc-compose/runtime')
    const { images } = await openRuntimeFor(ctx)
    const found: object[] = []
    let status = 0
    for (const n of names) {
      try {
        found.push(await images.inspect(n))
      } catch (err) {
        if (!isTscError(err)) throw err
        ctx.stderr.write(`Error: ${err.message}\n`)
        status = 1
      }
    }
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
