import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { openComposeSession, progressFor } from '../compose-session.js'

function parseScale(values: string[] | undefined): Record<string, number> {
  const out: Record<string, number> = {}
  for (const v of values ?? []) {
    const m = /^([^=]+)=(\d+)$/.exec(v)
    if (!m) throw new UsageError(`invalid --scale value "${v}": expected SERVICE=NUM`)
    out[m[1]!] = Number(m[2])
  }
  return out
}

const command: Command = {
  name: 'create',
  summary: 'Creates containers for a service',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    build: { type: 'boolean', description: 'Build images before starting containers' },
    'no-build': { type: 'boolean', description: "Don't build an image, even if it's policy" },
    'force-recreate': { type: 'boolean', description: "Recreate containers even if their configuration and image haven't changed" },
    'no-recreate': { type: 'boolean', description: "If containers already exist, don't recreate them. Incompatible with --force-recreate" },
    pull: { type: 'string', description: 'Pull image before running ("always"|"missing"|"never"|"build")', valueName: 'POLICY', default: 'policy' },
    'quiet-pull': { type: 'boolean', description: 'Pull without printing progress information' },
    'remove-orphans': { type: 'boolean', description: 'Remove containers for services not defined in the Compose file' },
    scale: { type: 'string', multiple: true, description: 'Scale SERVICE to NUM instances. Overrides the `scale` setting in the Compose file if present', valueName: 'SERVICE=NUM' },
    yes: { type: 'boolean', short: 'y', description: 'Assume "yes" as answer to all prompts and run non-interactively' },
  },
  async run(ctx) {
    const o = ctx.args.options
    const services = ctx.args.positionals
    if (o['no-recreate'] && o['force-recreate']) throw new UsageError('--force-recreate and --no-recreate are incompatible')
    const progress = await progressFor(ctx, 'Creating')
    let result
    try {
      const { session, project, compose } = await openComposeSession(ctx, { services, onProgress: progress.listener })
      for (const s of services) if (!(s in project.model.services)) throw compose.noSuchService(s)
      result = await compose.up(session, {
        services,
        noStart: true,
        recreate: o['force-recreate'] ? 'force' : o['no-recreate'] ? 'never' : 'diverged',
        scale: parseScale(o.scale as string[] | undefined),
        removeOrphans: Boolean(o['remove-orphans']) || ctx.env.COMPOSE_REMOVE_ORPHANS === 'true',
        dryRun: ctx.global.dryRun,
        build: Boolean(o.build),
        noBuild: Boolean(o['no-build']),
      })
      if (ctx.global.dryRun) ctx.stdout.write(compose.planToString(result.plan))
    } finally {
      progress.finish()
    }
    return 0
  },
}
export default command
