import type { Command } from '../command.js'
import { keyValueOption, listOption as list, UsageError } from '../args.js'
import { composeFlags } from '../compose-flags.js'
import { createFlags, runFlags } from '../container-flags.js'
import { foregroundIo, proxySignals } from '../foreground.js'
import { openComposeSession, progressFor } from '../compose-session.js'

const command: Command = {
  name: 'run',
  summary: 'Run a one-off command on a service',
  usage: '[OPTIONS] SERVICE [COMMAND] [ARGS...]',
  options: {
    detach: runFlags.detach,
    env: { type: 'string', short: 'e', multiple: true, description: 'Set environment variables', valueName: 'KEY=VAL' },
    label: { type: 'string', short: 'l', multiple: true, description: 'Add or override a label', valueName: 'KEY=VAL' },
    rm: { type: 'boolean', description: 'Automatically remove the container when it exits' },
    'no-TTY': { type: 'boolean', short: 'T', description: 'Disable pseudo-TTY allocation (default: auto-detected)' },
    tty: { type: 'boolean', short: 't', description: 'Allocate a pseudo-TTY (the default on a terminal)', hidden: true },
    interactive: { type: 'boolean', short: 'i', description: 'Keep STDIN open even if not attached', default: true },
    name: createFlags.name,
    user: { type: 'string', short: 'u', description: 'Run as specified username or uid', valueName: 'USER' },
    workdir: createFlags.workdir,
    entrypoint: { type: 'string', description: 'Override the entrypoint of the image', valueName: 'CMD' },
    'no-deps': composeFlags['no-deps'],
    volume: { type: 'string', short: 'v', multiple: true, description: 'Bind mount a volume', valueName: 'VOLUME' },
    publish: createFlags.publish,
    'service-ports': { type: 'boolean', short: 'P', description: "Run command with all service's ports enabled and mapped to the host" },
    'use-aliases': { type: 'boolean', description: "Use the service's network aliases in the network(s) the container connects to" },
    'remove-orphans': composeFlags['remove-orphans'],
    'cap-add': createFlags['cap-add'],
    'cap-drop': createFlags['cap-drop'],
    'quiet-pull': composeFlags['quiet-pull'],
    pull: composeFlags.pull,
    build: { type: 'boolean', description: 'Build image before starting container' },
    'sig-proxy': { type: 'boolean', description: 'Proxy received signals to the process', default: true, hidden: true },
  },
  stopAfterPositionals: 1,
  async run(ctx) {
    const [service, ...command] = ctx.args.positionals
    if (!service) throw new UsageError('"run" requires at least 1 argument: SERVICE [COMMAND] [ARGS...]')
    const o = ctx.args.options
    if (list(o.publish).length && o['service-ports']) throw new UsageError('--service-ports and --publish are incompatible')
    const labels = keyValueOption(o.label, 'label', { requireValue: true })
    const detach = Boolean(o.detach)
    const atTty = Boolean(ctx.stdin.isTTY && ctx.stdout.isTTY)
    const tty = !o['no-TTY'] && (atTty || Boolean(o.tty))
    const interactive = !detach && o.interactive !== false

    const progress = await progressFor(ctx, 'Running')
    const { session, runtime, compose } = await openComposeSession(ctx, { services: [service], onProgress: progress.listener, creates: true })
    let prepared
    try {
      prepared = await compose.prepareRun(session, {
        service,
        command,
        entrypoint: o.entrypoint !== undefined ? compose.shellSplit(String(o.entrypoint)) : undefined,
        env: list(o.env),
        labels,
        volumes: list(o.volume),
        publish: list(o.publish),
        servicePorts: Boolean(o['service-ports']),
        name: o.name as string | undefined,
        user: o.user as string | undefined,
        workdir: o.workdir as string | undefined,
        tty,
        interactive,
        autoRemove: Boolean(o.rm),
        noDeps: Boolean(o['no-deps']),
        removeOrphans: Boolean(o['remove-orphans']),
        capAdd: list(o['cap-add']),
        capDrop: list(o['cap-drop']),
        useAliases: Boolean(o['use-aliases']),
      })
    } finally {
      progress.finish()
    }
    const opts = prepared.options as never
    if (detach) {
      const r = await runtime.containers.run(opts, { detach: true })
      ctx.stdout.write(`${r.id}\n`)
      return 0
    }
    const { io, restore } = foregroundIo(ctx, tty, interactive)
    let id: string | undefined
    // docker compose forwards signals to the one-off; with a TTY the terminal sends ^C itself.
    const unproxy = proxySignals(o['sig-proxy'] !== false, (sig) => (id ? runtime.containers.kill(id, sig) : undefined))
    try {
      const r = await runtime.containers.run(opts, { io, onCreated: (cid) => (id = cid) })
      return r.exitCode
    } finally {
      unproxy()
      restore()
    }
  },
}
export default command
