import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { composeFlags, convergeOptions } from '../compose-flags.js'
import { openComposeSession, progressFor } from '../compose-session.js'
import { checkServices } from '../service-target.js'
import { attachScope } from '../attach-scope.js'

const command: Command = {
  name: 'up',
  summary: 'Create and start containers',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    detach: { type: 'boolean', short: 'd', description: 'Detached mode: run containers in the background' },
    wait: { type: 'boolean', description: 'Wait for services to be running|healthy. Implies detached mode' },
    'wait-timeout': { type: 'number', description: 'Maximum duration in seconds to wait for the project to be running|healthy', valueName: 'SECONDS' },
    'abort-on-container-exit': { type: 'boolean', description: 'Stops all containers if any container was stopped. Incompatible with -d' },
    'abort-on-container-failure': { type: 'boolean', description: 'Stops all containers if any container exited with failure. Incompatible with -d' },
    'exit-code-from': { type: 'string', description: 'Return the exit code of the selected service container. Implies --abort-on-container-exit', valueName: 'SERVICE' },
    attach: { type: 'string', multiple: true, description: 'Restrict attaching to the specified services', valueName: 'SERVICE' },
    'no-attach': { type: 'string', multiple: true, description: 'Do not attach (stream logs) to the specified services', valueName: 'SERVICE' },
    'attach-dependencies': { type: 'boolean', description: 'Automatically attach to log output of dependent services' },
    timestamps: { type: 'boolean', description: 'Show timestamps' },
    'no-log-prefix': { type: 'boolean', description: "Don't print prefix in logs" },
    'no-color': { type: 'boolean', description: 'Produce monochrome output' },
    'quiet-pull': composeFlags['quiet-pull'],
    pull: composeFlags.pull,
    'remove-orphans': composeFlags['remove-orphans'],
    'no-recreate': composeFlags['no-recreate'],
    'force-recreate': composeFlags['force-recreate'],
    'always-recreate-deps': { type: 'boolean', description: 'Recreate dependent containers. Incompatible with --no-recreate' },
    'no-deps': composeFlags['no-deps'],
    'no-start': { type: 'boolean', description: "Don't start the services after creating them" },
    'no-build': composeFlags['no-build'],
    build: composeFlags.build,
    scale: composeFlags.scale,
    timeout: { type: 'number', short: 't', description: 'Use this timeout in seconds for container shutdown when attached or when containers are already running', valueName: 'SECONDS' },
    'renew-anon-volumes': { type: 'boolean', short: 'V', description: 'Recreate anonymous volumes instead of retrieving data from the previous containers' },
    yes: composeFlags.yes,
    watch: { type: 'boolean', short: 'w', description: 'Watch source code and rebuild/refresh containers when files are updated.' },
    dashboard: { type: 'boolean', description: 'Open the live dashboard once the stack is up (after --wait if given); quitting it leaves the stack running' },
  },
  async run(ctx) {
    const o = ctx.args.options
    const services = ctx.args.positionals
    const converge = convergeOptions(ctx)
    const exitCodeFrom = o['exit-code-from'] as string | undefined
    const abortOnExit = Boolean(o['abort-on-container-exit']) || exitCodeFrom !== undefined
    const detach = Boolean(o.detach) || Boolean(o.wait)
    if (detach && (abortOnExit || o['abort-on-container-failure'])) throw new UsageError('--abort-on-container-exit and -d are incompatible')
    if (o.dashboard && (abortOnExit || o['abort-on-container-failure'])) throw new UsageError('--abort-on-container-exit and --dashboard are incompatible')
    if (o.dashboard && (!ctx.stdout.isTTY || !ctx.stdin.isTTY)) throw new UsageError('--dashboard needs a terminal (stdin and stdout are not both a TTY)')
    const attachFlags = { attach: o.attach as string[] | undefined, noAttach: o['no-attach'] as string[] | undefined, attachDependencies: Boolean(o['attach-dependencies']), noDeps: Boolean(o['no-deps']) }
    if (o.wait && (attachFlags.attachDependencies || attachFlags.attach?.length)) throw new UsageError('--wait cannot be combined with --abort-on-container-exit, --attach or --attach-dependencies')
    if (detach && (attachFlags.attachDependencies || attachFlags.attach?.length || o.watch)) throw new UsageError('--detach cannot be combined with --abort-on-container-exit, --abort-on-container-failure, --attach, --attach-dependencies or --watch')
    const progress = await progressFor(ctx, 'Running')
    const { session, project, runtime, compose } = await openComposeSession(ctx, { services, onProgress: progress.listener, creates: true })
    checkServices(compose, project, services)
    if (exitCodeFrom && !(exitCodeFrom in project.model.services)) throw compose.noSuchService(exitCodeFrom)
    // --watch: the develop.watch rules are checked before anything is created.
    const watchSetup = o.watch ? compose.watchSetup(session, services) : undefined
    // Decided (and its errors raised) before anything is created, as docker compose does.
    const graph = compose.projectGraph(project.model)
    const attach = detach || o['no-start'] || o.dashboard ? [] : attachScope(project.model, services, (roots) => graph.closure(roots), attachFlags)
    let result
    try {
      result = await compose.up(session, {
        ...converge,
        services,
        noDeps: Boolean(o['no-deps']),
        recreateDependencies: o['always-recreate-deps'] ? 'force' : undefined,
        noStart: Boolean(o['no-start']),
        renewAnonVolumes: Boolean(o['renew-anon-volumes']),
        timeoutSeconds: o.timeout as number | undefined,
        dryRun: ctx.global.dryRun,
      })
    } finally {
      progress.finish()
    }
    if (ctx.global.dryRun) {
      ctx.stdout.write(compose.planToString(result.plan))
      return 0
    }
    if (o.wait) {
      const waitProgress = await progressFor(ctx, 'Waiting')
      try {
        await compose.waitForProject(project, session.host, result.containers, { timeoutMs: o['wait-timeout'] ? Number(o['wait-timeout']) * 1000 : undefined, services })
      } finally {
        waitProgress.finish()
      }
      if (!o.dashboard) return 0
    }
    if (o.dashboard) {
      // Loaded only here: Ink and React stay out of every other `up`.
      const { runDashboard } = await import('../dashboard/run.js')
      return runDashboard({ project: project.model.name, runtime, compose, services, tail: 200, stdout: ctx.stdout, stdin: ctx.stdin })
    }
    if (detach || o['no-start']) return 0
    const { attachProject } = await import('../render/attach-logs.js')
    // Loaded only with --watch: the watcher (chokidar) stays out of every other `up`.
    const watching = watchSetup
      ? await (await import('./watch.js')).startWatching(ctx, { session, runtime, compose, services, setup: watchSetup, prune: true, quiet: false, timeoutSeconds: o.timeout as number | undefined })
      : undefined
    try {
      return await attachProject(ctx, { session, project, runtime, compose, containers: result.containers, services, abortOnExit, abortOnFailure: Boolean(o['abort-on-container-failure']), exitCodeFrom, attach, timestamps: Boolean(o.timestamps), noLogPrefix: Boolean(o['no-log-prefix']), noColor: Boolean(o['no-color']), timeoutSeconds: o.timeout as number | undefined, untilInterrupted: watching !== undefined })
    } finally {
      await watching?.stop()
    }
  },
}
export default command
