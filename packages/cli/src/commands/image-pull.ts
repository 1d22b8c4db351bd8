import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { stateRoot } from '../compose-session.js'
import { interruptible } from '../interrupt.js'

const command: Command = {
  name: 'image pull',
  summary: 'Download an image from a registry',
  usage: '[OPTIONS] NAME[:TAG|@DIGEST]',
  options: {
    quiet: { type: 'boolean', short: 'q', description: 'Suppress verbose output' },
    platform: { type: 'string', description: 'Set platform if server is multi-platform capable (os/arch[/variant])', valueName: 'PLATFORM' },
    'disable-content-trust': { type: 'boolean', description: 'Skip image verification (accepted, has no effect)', hidden: true },
  },
  async run(ctx) {
    const [ref, ...extra] = ctx.args.positionals
    if (!ref || extra.length > 0) throw new UsageError('"image pull" requires exactly 1 argument', 'usage: tsc-compose image pull [OPTIONS] NAME[:TAG|@DIGEST]')
    const o = ctx.args.options
    const quiet = Boolean(o.quiet)
    const [{ ImageStore, pullImage }, { registryProgress }] = await Promise.all([import('@tsc-compose/runtime'), import('../render/registry-progress.js')])
    const store = new ImageStore({ root: stateRoot(ctx) })
    const interrupt = interruptible()
    try {
      const res = await pullImage(store, ref, {
        env: ctx.env,
        signal: interrupt.signal,
        ...(typeof o.platform === 'string' ? { platform: o.platform } : {}),
        ...(quiet ? {} : { onProgress: registryProgress(ctx.stdout) }),
      })
      if (!quiet) for (const m of res.messages) ctx.stdout.write(`${m}\n`)
      ctx.stdout.write(`${res.reference}\n`)
      return 0
    } finally {
      interrupt.dispose()
    }
  },
}
export default command
