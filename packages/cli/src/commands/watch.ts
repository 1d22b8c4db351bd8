import type { ProjectSession, WatchEngine, WatchLog, WatchRuntime, WatchSetup } from '@tsc-compose/compose'
import type { Command, CommandContext } from '../command.js'
import { openComposeSession, progressFor } from '../compose-session.js'
import { checkServices } from '../service-target.js'

/** docker compose's watch logger: its lines carry a `⦿` marker, on stdout; warnings on stderr. */
export function watchLog(ctx: CommandContext): WatchLog {
  return {
    info: (m) => ctx.stdout.write(`⦿ ${m}\n`),
    warn: (m) => ctx.stderr.write(`WARN[0000] ${m}\n`),
  }
}

export interface StartWatchingOptions {
  readonly session: ProjectSession
  readonly runtime: unknown
  readonly compose: typeof import('@tsc-compose/compose')
  readonly services: readonly string[]
  readonly setup: WatchSetup
  readonly prune: boolean
  readonly quiet: boolean
  readonly timeoutSeconds?: number
}

/**
 * Starts watching (shared by `watch` and `up --watch`). Recreations after a rebuild report
 * as plain progress lines: a TTY progress block would fight the logs and watch lines.
 */
export async function startWatching(ctx: CommandContext, o: StartWatchingOptions): Promise<WatchEngine> {
  const { plainProgress } = await import('../render/progress-plain.js')
  const session: ProjectSession = { ...o.session, onProgress: plainProgress(ctx.stderr) }
  return o.compose.watchProject({
    session,
    runtime: o.runtime as WatchRuntime,
    services: o.services,
    log: watchLog(ctx),
    prune: o.prune,
    quiet: o.quiet,
    ...(o.timeoutSeconds !== undefined ? { timeoutSeconds: o.timeoutSeconds } : {}),
  }, o.setup)
}

/** Resolves on the first SIGINT or SIGTERM (the handlers are removed then). */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (sig: NodeJS.Signals): void => {
      process.off('SIGINT', on)
      process.off('SIGTERM', on)
      resolve(sig)
    }
    process.on('SIGINT', on)
    process.on('SIGTERM', on)
  })
}

const command: Command = {
  name: 'watch',
  summary: 'Watch build context for service and rebuild/refresh containers when files are updated',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    'no-up': { type: 'boolean', description: 'Do not build & start services before watching' },
    prune: { type: 'boolean', default: true, description: 'Prune dangling images on rebuild' },
    quiet: { type: 'boolean', description: 'hide build output' },
  },
  async run(ctx) {
    const o = ctx.args.options
    const services = ctx.args.positionals
    const progress = await progressFor(ctx, 'Running')
    let opened: Awaited<ReturnType<typeof openComposeSession>>
    let setup: WatchSetup
    try {
      opened = await openComposeSession(ctx, { services, onProgress: progress.listener })
      const { session, project, runtime, compose } = opened
      checkServices(compose, project, services)
      // Rules are checked first: no develop section, or a rebuild without build:, fails
      // before anything is started.
      setup = compose.watchSetup(session, services)
      if (ctx.global.dryRun) {
        for (const r of setup.rules) ctx.stdout.write(`watch ${r.service} ${r.action} ${r.path}${r.target ? ` -> ${r.target}` : ''}\n`)
        return 0
      }
      if (!o['no-up']) {
        // Services that are built and watched are built now (docker compose sets their
        // pull_policy to build), then everything is started detached.
        const build = Object.entries(project.model.services).some(([n, s]) => (!services.length || services.includes(n)) && s.build && s.develop)
        await compose.up(session, { services, build, quietPull: Boolean(o.quiet) })
      }
    } finally {
      progress.finish()
    }
    const { session, runtime, compose } = opened
    const stopped = untilSignal()
    const engine = await startWatching(ctx, { session, runtime, compose, services, setup, prune: o.prune !== false, quiet: Boolean(o.quiet) })
    await stopped
    await engine.stop()
    // Ended by Ctrl-C (or SIGTERM): 130, as an attached `up` ends.
    return 130
  },
}
export default command
