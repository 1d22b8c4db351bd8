import type { ProgressListener, ProgressStatus, Service } from '@tsc-compose/compose'
import type { CommandContext } from './command.js'
import { openComposeSession, progressFor } from './compose-session.js'
import { checkServices, type ComposeLib, type ProjectRuntime } from './service-target.js'

export interface ImageTransferScope {
  readonly runtime: ProjectRuntime
  readonly compose: ComposeLib
  readonly emit: ProgressListener
}

/** What `pull` and `push` do differently; the rest of the command is transferServiceImages. */
export interface ImageTransfer {
  /** Progress title, and the status a service gets when its image is through. */
  readonly title: string
  readonly done: ProgressStatus
  /** The error code of a failed transfer (not ignored). */
  readonly failureCode: string
  /** --ignore-pull-failures / --ignore-push-failures */
  readonly ignoreFailures: boolean
  readonly includeDeps: boolean
  readonly quiet: boolean
  /** Whether the service's image is transferred; a service left out emits its own reason. */
  wants(name: string, service: Service, scope: ImageTransferScope): boolean
  transfer(image: string, name: string, scope: ImageTransferScope): Promise<void>
}

/**
 * docker compose's `pull` / `push`: the named services (all when none, their dependencies
 * with --include-deps), each image once (under the first service using it), all at the same
 * time, one progress line per service. A failure is a warning when ignored; otherwise the
 * first one is the command's error, once every transfer has ended.
 */
export async function transferServiceImages(ctx: CommandContext, t: ImageTransfer): Promise<number> {
  const services = ctx.args.positionals
  const progress = t.quiet ? undefined : await progressFor(ctx, t.title)
  const emit: ProgressListener = progress?.listener ?? (() => {})
  try {
    const { project, runtime, compose } = await openComposeSession(ctx, { services })
    const model = project.model
    checkServices(compose, project, services)
    const targeted = services.length > 0 ? services : Object.keys(model.services)
    const selected = t.includeDeps ? compose.projectGraph(model).closure(targeted) : new Set(targeted)
    const scope: ImageTransferScope = { runtime, compose, emit }
    const wanted = new Map<string, string>() // image → first service using it
    for (const name of Object.keys(model.services).filter((n) => selected.has(n))) {
      const svc = model.services[name]!
      if (t.wants(name, svc, scope) && !wanted.has(svc.image!)) wanted.set(svc.image!, name)
    }
    const results = await Promise.allSettled([...wanted].map(async ([image, name]) => {
      try {
        await t.transfer(image, name, scope)
        emit({ resource: name, status: t.done, done: true })
      } catch (err) {
        emit({ resource: name, status: t.ignoreFailures ? 'Warning' : 'Error', detail: (err as Error).message, done: true })
        if (!t.ignoreFailures) throw new compose.ComposeExecutionError(t.failureCode, `service "${name}": ${(err as Error).message}`, { cause: err, hint: (err as { hint?: string }).hint })
      }
    }))
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed) throw failed.reason
    return 0
  } finally {
    progress?.finish()
  }
}
