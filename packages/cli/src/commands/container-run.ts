import type { Command } from '../command.js'
import { foregroundIo, proxySignals } from '../foreground.js'
import { createFlags, runFlags } from '../container-flags.js'
import { as125, runtimeOf, toCreateOptions } from './container-create.js'

const command: Command = {
  name: 'container run',
  summary: 'Create and run a new container from an image',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  options: {
    ...createFlags,
    ...runFlags,
    'sig-proxy': { type: 'boolean', description: 'Proxy received signals to the process (non-TTY mode only)', default: true },
  },
  stopAfterPositionals: 1,
  async run(ctx) {
    const o = ctx.args.options
    const rt = runtimeOf(ctx)
    let opts
    try {
      opts = toCreateOptions(ctx)
    } catch (err) {
      throw as125(err)
    }
    const detach = Boolean(o.detach)
    if (detach) {
      try {
        const r = await rt.containers.run(opts, { detach: true })
        ctx.stdout.write(`${r.id}\n`)
        return 0
      } catch (err) {
        throw as125(err)
      }
    }
    const { io, restore } = foregroundIo(ctx, Boolean(opts.tty), Boolean(opts.openStdin))
    let id: string | undefined
    // Without a TTY, signals go to the container's process; with one, the terminal sends ^C itself.
    const unproxy = proxySignals(o['sig-proxy'] !== false && !opts.tty, (sig) => (id ? rt.containers.kill(id, sig) : undefined))
    try {
      const r = await rt.containers.run(opts, { io, onCreated: (cid) => (id = cid) })
      return r.exitCode
    } catch (err) {
      throw as125(err)
    } finally {
      unproxy()
      restore()
    }
  },
}
export default command
