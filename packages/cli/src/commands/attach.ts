import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { followOutput, foregroundIo, proxySignals } from '../foreground.js'
import { indexOption, openProjectContext } from '../service-target.js'

const command: Command = {
  name: 'attach',
  summary: "Attach local standard input, output, and error streams to a service's running container",
  usage: '[OPTIONS] SERVICE',
  options: {
    'detach-keys': { type: 'string', description: 'Override the key sequence for detaching from a container', valueName: 'KEYS' },
    index: { type: 'number', description: 'Index of the container if service has multiple replicas', valueName: 'N' },
    'no-stdin': { type: 'boolean', description: 'Do not attach STDIN' },
    'sig-proxy': { type: 'boolean', description: 'Proxy all received signals to the process', default: true },
  },
  async run(ctx) {
    const [service, ...extra] = ctx.args.positionals
    if (!service || extra.length) throw new UsageError('"attach" requires exactly 1 argument: SERVICE')
    const o = ctx.args.options
    const { rt, compose, containers } = await openProjectContext(ctx, [service])
    const target = compose.pickServiceContainer(containers, { service, index: indexOption(o.index) })
    const rec = rt.containers.get(target.id)
    const tty = rec.Config.Tty
    const withStdin = !o['no-stdin'] && rec.Config.OpenStdin
    if (!withStdin) return followOutput(rt.containers, target.id, ctx, o['sig-proxy'] !== false)
    const { io, restore } = foregroundIo(ctx, tty, withStdin)
    // Without a TTY, signals go to the container's process (--sig-proxy), as docker attach does.
    const unproxy = proxySignals(o['sig-proxy'] !== false && !tty, (sig) => rt.containers.kill(target.id, sig))
    try {
      return await rt.containers.attach(target.id, io)
    } finally {
      unproxy()
      restore()
    }
  },
}
export default command
