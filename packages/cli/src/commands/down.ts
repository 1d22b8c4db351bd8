import type { Command } from '../command.js'
import { composeFlags, removeOrphansOption } from '../compose-flags.js'
import { UsageError } from '../args.js'
import { openComposeSession, progressFor } from '../compose-session.js'

const command: Command = {
  name: 'down',
  summary: 'Stop and remove containers, networks',
  usage: '[OPTIONS] [SERVICES]',
  options: {
    volumes: { type: 'boolean', short: 'v', description: 'Remove named volumes declared in the "volumes" section of the Compose file and anonymous volumes attached to containers' },
    rmi: { type: 'string', description: 'Remove images used by services. "local" remove only images that don\'t have a custom tag ("local"|"all")', valueName: 'TYPE' },
    'remove-orphans': composeFlags['remove-orphans'],
    timeout: composeFlags.timeout,
  },
  async run(ctx) {
    const o = ctx.args.options
    const rmi = o.rmi as string | undefined
    if (rmi !== undefined && rmi !== 'local' && rmi !== 'all') throw new UsageError(`invalid --rmi value "${rmi}": expected "local" or "all"`)
    const progress = await progressFor(ctx, 'Running')
    let nothingRemoved: string | undefined
    try {
      const { session, compose } = await openComposeSession(ctx, { onProgress: progress.listener, byName: true })
      const plan = await compose.down(session, {
        volumes: Boolean(o.volumes),
        rmi: rmi as 'local' | 'all' | undefined,
        removeOrphans: removeOrphansOption(ctx),
        timeoutSeconds: o.timeout as number | undefined,
        services: ctx.args.positionals,
        dryRun: ctx.global.dryRun,
      })
      if (ctx.global.dryRun) ctx.stdout.write(compose.planToString(plan))
      else if (plan.operations.length === 0) nothingRemoved = session.project.model.name
    } finally {
      progress.finish()
    }
    // after the progress display: docker compose's notice, exit status still 0
    if (nothingRemoved !== undefined) ctx.stderr.write(`Warning: No resource found to remove for project "${nothingRemoved}".\n`)
    return 0
  },
}
export default command
