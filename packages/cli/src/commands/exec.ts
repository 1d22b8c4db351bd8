import type { Command } from '../command.js'
import { envOption, UsageError } from '../args.js'
import { indexOption, openProjectContext } from '../service-target.js'

const command: Command = {
  name: 'exec',
  summary: 'Execute a command in a running container',
  usage: '[OPTIONS] SERVICE COMMAND [ARGS...]',
  options: {
    detach: { type: 'boolean', short: 'd', description: 'Detached mode: Run command in the background' },
    env: { type: 'string', short: 'e', multiple: true, description: 'Set environment variables', valueName: 'KEY=VAL' },
    index: { type: 'number', description: 'Index of the container if service has multiple replicas', valueName: 'N' },
    interactive: { type: 'boolean', short: 'i', description: 'Keep STDIN open even if not attached', default: true },
    privileged: { type: 'boolean', description: 'Give extended privileges to the process' },
    user: { type: 'string', short: 'u', description: 'Run the command as this user', valueName: 'USER' },
    'no-TTY': { type: 'boolean', short: 'T', description: 'Disable pseudo-TTY allocation. By default `exec` allocates a TTY when stdin and stdout are terminals' },
    tty: { type: 'boolean', short: 't', description: 'Allocate a pseudo-TTY (the default on a terminal)', hidden: true },
    workdir: { type: 'string', short: 'w', description: 'Path to workdir directory for this command', valueName: 'DIR' },
  },
  stopAfterPositionals: 1,
  async run(ctx) {
    const [service, ...cmd] = ctx.args.positionals
    if (!service || cmd.length === 0) throw new UsageError('"exec" requires at least 2 arguments: SERVICE COMMAND [ARGS...]')
    const o = ctx.args.options
    const { rt, compose, containers } = await openProjectContext(ctx, [service], { byName: true })
    const target = compose.pickServiceContainer(containers, { service, index: indexOption(o.index) })
    const detach = Boolean(o.detach)
    // docker compose allocates a TTY unless -T or stdin/stdout is not a terminal.
    const atTty = Boolean(ctx.stdin.isTTY && ctx.stdout.isTTY)
    const tty = !detach && !o['no-TTY'] && (atTty || Boolean(o.tty))
    return rt.containers.exec(target.id, {
      cmd,
      tty,
      interactive: !detach && o.interactive !== false,
      detach,
      env: envOption(o.env, ctx.env),
      user: o.user as string | undefined,
      workdir: o.workdir as string | undefined,
      privileged: Boolean(o.privileged),
    })
  },
}
export default command
