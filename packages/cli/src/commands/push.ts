import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { openComposeSession, progressFor } from '../compose-session.js'

const command: Command = {
  name: 'push',
  summary: 'Push service images',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    quiet: { type: 'boolean', short: 'q', description: 'Push without printing progress information' },
    'ignore-push-failures': { type: 'boolean', description: 'Push what it can and ignores images with push failures' },
    'include-deps': { type: 'boolean', description: 'Also push images of services declared as dependencies' },
  },
  async run(ctx) {
    const o = ctx.args.options
    const services = ctx.args.positionals
    const quiet = Boolean(o.quiet)
    const progress = quiet ? undefined : await progressFor(ctx, 'Pushing')
    const emit = progress?.listener ?? (() => {})
    try {
      const { project, runtime, compose } = await openComposeSession(ctx, { services })
      const model = project.model
      for (const s of services) if (!(s in model.services)) throw new UsageError(`no such service: ${s}`)
      const targeted = services.length > 0 ? services : Object.keys(model.services)
      const selected = o['include-deps'] ? compose.projectGraph(model).closure(targeted) : new Set(targeted)
      // As docker compose: only services that build their image push it (others pull theirs).
      const wanted = new Map<string, string>()
      for (const name of Object.keys(model.services).filter((n) => selected.has(n))) {
        const svc = model.services[name]!
        if (svc.build && svc.image && !wanted.has(svc.image)) wanted.set(svc.image, name)
      }
      const { pushImage } = await import('@tsc-compose/runtime')
      const results = await Promise.allSettled([...wanted].map(async ([image, name]) => {
        emit({ resource: name, status: 'Pushing', done: false })
        try {
          await pushImage(runtime.images, image, { env: ctx.env })
          emit({ resource: name, status: 'Pushed', done: true })
        } catch (err) {
          const ignore = Boolean(o['ignore-push-failures'])
          emit({ resource: name, status: ignore ? 'Warning' : 'Error', detail: (err as Error).message, done: true })
          if (!ignore) throw new compose.ComposeExecutionError('COMPOSE_PUSH_FAILED', `service "${name}": ${(err as Error).message}`, { cause: err, hint: (err as { hint?: string }).hint })
        }
      }))
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
      if (failed) throw failed.reason
      return 0
    } finally {
      progress?.finish()
    }
  },
}
export default command
