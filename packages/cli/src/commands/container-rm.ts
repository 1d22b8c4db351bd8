import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'container rm',
  summary: 'Remove one or more containers',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  options: {
    force: { type: 'boolean', short: 'f', description: 'Force the removal of a running container (uses SIGKILL)' },
    volumes: { type: 'boolean', short: 'v', description: 'Remove anonymous volumes associated with the container' },
    link: { type: 'boolean', short: 'l', description: 'Remove the specified link (unsupported)', hidden: true },
  },
  async run(ctx) {
    const rt = runtimeOf(ctx)
    const o = ctx.args.options
    const refs = ctx.args.positionals
    if (refs.length === 0) throw new UsageError('"container rm" requires at least 1 argument')
    let failed = 0
    for (const ref of refs) {
      try {
        await rt.containers.remove(ref, { force: Boolean(o.force), volumes: Boolean(o.volumes) })
        ctx.stdout.write(`${ref}\n`)
      } catch (err) {
        failed++
        ctx.stderr.write(`Error response from daemon: ${(err as Error).message}\n`)
      }
    }
    return failed ? 1 : 0
  },
}
export default command
