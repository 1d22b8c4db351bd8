import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { composeFlags } from '../compose-flags.js'
import { openComposeSession, progressFor } from '../compose-session.js'
import { checkServices } from '../service-target.js'

/** `SERVICE=NUM` arguments, in docker compose's words when one is not. */
export function parseScaleArgs(args: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const arg of args) {
    const eq = arg.indexOf('=')
    const key = eq === -1 ? '' : arg.slice(0, eq)
    const val = eq === -1 ? '' : arg.slice(eq + 1)
    if (!key || !val) throw Object.assign(new Error(`invalid scale specifier: ${arg}`), { code: 'COMPOSE_INVALID_SCALE', exitCode: 1 })
    if (!/^[+-]?\d+$/.test(val)) throw Object.assign(new Error(`invalid scale specifier: can't parse replica value as int: ${arg}`), { code: 'COMPOSE_INVALID_SCALE', exitCode: 1 })
    const n = Number(val)
    if (n < 0) throw Object.assign(new Error(`invalid scale specifier: ${arg}: the number of replicas cannot be negative`), { code: 'COMPOSE_INVALID_SCALE', exitCode: 1 })
    out[key] = n
  }
  return out
}

const command: Command = {
  name: 'scale',
  summary: 'Scale services',
  usage: '[SERVICE=REPLICAS...]',
  options: {
    'no-deps': composeFlags['no-deps'],
  },
  async run(ctx) {
    if (ctx.args.positionals.length === 0) throw new UsageError('"scale" requires at least 1 argument: SERVICE=REPLICAS')
    const scale = parseScaleArgs(ctx.args.positionals)
    const services = Object.keys(scale)
    const progress = await progressFor(ctx, 'Running')
    let result
    try {
      const { session, project, compose } = await openComposeSession(ctx, { services, onProgress: progress.listener })
      checkServices(compose, project, services)
      // docker compose's scale is create + start of the named services with the new replica
      // counts: the up planner with scale overrides, which leaves unchanged containers alone
      // and (without --no-deps) only converges the dependencies.
      result = await compose.up(session, { services, scale, noDeps: Boolean(ctx.args.options['no-deps']), recreate: 'diverged', dryRun: ctx.global.dryRun })
      if (ctx.global.dryRun) ctx.stdout.write(compose.planToString(result.plan))
    } finally {
      progress.finish()
    }
    return 0
  },
}
export default command
