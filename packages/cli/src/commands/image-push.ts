import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { stateRoot } from '../compose-session.js'
import { interruptible } from '../interrupt.js'

const command: Command = {
  name: 'image push',
  summary: 'Upload an image to a registry',
  usage: '[OPTIONS] NAME[:TAG]',
  options: {
    quiet: { type: 'boolean', short: 'q', description: 'Suppress verbose output' },
    'disable-content-trust': { type: 'boolean', description: 'Skip image signing (accepted, has no effect)', hidden: true },
  },
  async run(ctx) {
    const [ref, ...extra] = ctx.args.positionals
    if (!ref || extra.length > 0) throw new UsageError('"image push" requires exactly 1 argument', 'usage: tsc-compose image push [OPTIONS] NAME[:TAG]')
    const quiet = Boolean(ctx.args.options.quiet)
    const [{ ImageStore, pushImage }, { registryProgress }] = await Promise.all([import('@tsc-compose/runtime'), import('../render/registry-progress.js')])
    const store = new ImageStore({ root: stateRoot(ctx) })
    const interrupt = interruptible()
    try {
      const res = await pushImage(store, ref, { env: ctx.env, signal: interrupt.signal, ...(quiet ? {} : { onProgress: registryProgress(ctx.stdout) }) })
      if (quiet) ctx.stdout.write(`${ref}\n`)
      else for (const m of res.messages) ctx.stdout.write(`${m}\n`)
      return 0
    } finally {
      interrupt.dispose()
    }
  },
}
export default command
