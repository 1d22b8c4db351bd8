import type { Command } from '../command.js'
import { composeFlags, convergeOptions } from '../compose-flags.js'
import { openComposeSession, progressFor } from '../compose-session.js'
import { checkServices } from '../service-target.js'

const command: Command = {
  name: 'create',
  summary: 'Creates containers for a service',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    build: composeFlags.build,
    'no-build': composeFlags['no-build'],
    'force-recreate': composeFlags['force-recreate'],
    'no-recreate': composeFlags['no-recreate'],
    pull: { ...composeFlags.pull, description: 'Pull image before running ("always"|"missing"|"never"|"build")' },
    'quiet-pull': composeFlags['quiet-pull'],
    'remove-orphans': composeFlags['remove-orphans'],
    scale: composeFlags.scale,
    yes: composeFlags.yes,
  },
  async run(ctx) {
    const services = ctx.args.positionals
    const converge = convergeOptions(ctx)
    const progress = await progressFor(ctx, 'Creating')
    let result
    try {
      const { session, project, compose } = await openComposeSession(ctx, { services, onProgress: progress.listener, creates: true })
      checkServices(compose, project, services)
      result = await compose.up(session, { ...converge, services, noStart: true, dryRun: ctx.global.dryRun })
      if (ctx.global.dryRun) ctx.stdout.write(compose.planToString(result.plan))
    } finally {
      progress.finish()
    }
    return 0
  },
}
export default command
