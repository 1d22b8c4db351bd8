import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { progressFor } from '../compose-session.js'
import { indexOption, openProjectContext } from '../service-target.js'

const command: Command = {
  name: 'commit',
  summary: "Create a new image from a service container's changes",
  usage: '[OPTIONS] SERVICE [REPOSITORY[:TAG]]',
  options: {
    author: { type: 'string', short: 'a', description: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")', valueName: 'STRING' },
    change: { type: 'string', short: 'c', multiple: true, description: 'Apply Dockerfile instruction to the created image', valueName: 'INSTR' },
    index: { type: 'number', description: 'index of the container if service has multiple replicas', valueName: 'N' },
    message: { type: 'string', short: 'm', description: 'Commit message', valueName: 'STRING' },
    pause: { type: 'boolean', short: 'p', description: 'Pause container during commit', default: true },
  },
  async run(ctx) {
    const [service, target, ...extra] = ctx.args.positionals
    if (!service || extra.length) throw new UsageError('"commit" requires 1 or 2 arguments: SERVICE [REPOSITORY[:TAG]]')
    const o = ctx.args.options
    const { rt, compose, containers } = await openProjectContext(ctx, [service])
    // docker compose commits a running container of the service (one-offs excluded).
    const c = compose.pickServiceContainer(containers, { service, index: indexOption(o.index) })
    const progress = await progressFor(ctx, 'Committing')
    const resource = `Container ${c.name}`
    try {
      progress.listener({ resource, status: 'Committing' as never, done: false })
      if (ctx.global.dryRun) {
        progress.listener({ resource, status: 'Committed' as never, done: true })
        return 0
      }
      const id = await rt.containers.commit(c.id, {
        ref: target,
        author: o.author as string | undefined,
        message: o.message as string | undefined,
        changes: (o.change as string[] | undefined) ?? [],
        pause: o.pause !== false,
      })
      progress.listener({ resource, status: 'Committed' as never, detail: `as ${id}`, done: true })
    } finally {
      progress.finish()
    }
    return 0
  },
}
export default command
