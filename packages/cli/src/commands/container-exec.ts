import type { Command } from '../command.js'
import { envOption, UsageError } from '../args.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'container exec',
  summary: 'Execute a command in a running container',
  usage: '[OPTIONS] CONTAINER COMMAND [ARG...]',
  options: {
    detach: { type: 'boolean', short: 'd', description: 'Detached mode: run command in the background' },
    interactive: { type: 'boolean', short: 'i', description: 'Keep STDIN open even if not attached' },
    tty: { type: 'boolean', short: 't', description: 'Allocate a pseudo-TTY' },
    env: { type: 'string', short: 'e', multiple: true, description: 'Set environment variables', valueName: 'K=V' },
    user: { type: 'string', short: 'u', description: 'Username or UID (format: "<name|uid>[:<group|gid>]")', valueName: 'USER' },
    workdir: { type: 'string', short: 'w', description: 'Working directory inside the container', valueName: 'DIR' },
    privileged: { type: 'boolean', description: 'Give extended privileges to the command' },
  },
  stopAfterPositionals: 1,
  async run(ctx) {
    const [ref, ...cmd] = ctx.args.positionals
    if (!ref || cmd.length === 0) throw new UsageError('"container exec" requires at least 2 arguments: CONTAINER COMMAND [ARG...]')
    const o = ctx.args.options
    return runtimeOf(ctx).containers.exec(ref, {
      cmd,
      tty: Boolean(o.tty),
      interactive: Boolean(o.interactive),
      detach: Boolean(o.detach),
      env: envOption(o.env, ctx.env),
      user: o.user as string | undefined,
      workdir: o.workdir as string | undefined,
      privileged: Boolean(o.privileged),
    })
  },
}
export default command
