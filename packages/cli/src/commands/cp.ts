import { resolve } from 'node:path'
import type { ObservedContainer } from '@tsc-compose/compose'
import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { indexOption, openProjectContext, type ProjectRuntime } from '../service-target.js'

/**
 * Runs `fn` with the container's `/` as a host path: a running container's own view, or a
 * temporary mount of a stopped (created or exited) one's layers and volumes, as docker cp
 * reaches stopped containers; the runtime unmounts it before returning.
 */
async function withRoot<T>(rt: ProjectRuntime, c: ObservedContainer, fn: (root: string) => T): Promise<T> {
  const { withContainerFs } = await import('@tsc-compose/runtime')
  return withContainerFs(rt as never, c.id, (view) => fn(view.root))
}

const command: Command = {
  name: 'cp',
  summary: 'Copy files/folders between a service container and the local filesystem',
  usage: '[OPTIONS] SERVICE:SRC_PATH DEST_PATH | SRC_PATH SERVICE:DEST_PATH',
  options: {
    all: { type: 'boolean', description: 'Include containers created by the run command', hidden: true },
    archive: { type: 'boolean', short: 'a', description: 'Archive mode (copy all uid/gid information)' },
    'follow-link': { type: 'boolean', short: 'L', description: 'Always follow symbol link in SRC_PATH' },
    index: { type: 'number', description: 'Index of the container if service has multiple replicas', valueName: 'N' },
  },
  async run(ctx) {
    const args = ctx.args.positionals
    if (args.length !== 2) throw new UsageError('"cp" requires exactly 2 arguments: SERVICE:SRC_PATH DEST_PATH or SRC_PATH SERVICE:DEST_PATH')
    const compose = await import('@tsc-compose/compose')
    const src = compose.splitCopyArg(args[0]!)
    const dest = compose.splitCopyArg(args[1]!)
    if (src.service && dest.service) throw new UsageError('copying between services is not supported')
    if (!src.service && !dest.service) throw new UsageError('must specify at least one container source')
    if (src.path === '-' || dest.path === '-') throw new UsageError('copying a tar stream from stdin or to stdout ("-") is not supported')
    const service = (src.service ?? dest.service)!
    const o = ctx.args.options
    const opts = { archive: Boolean(o.archive), followLink: Boolean(o['follow-link']) }
    const { rt, containers } = await openProjectContext(ctx, [service])
    const index = indexOption(o.index)
    if (src.service) {
      const c = compose.pickServiceContainer(containers, { service, index, stopped: true, oneoff: Boolean(o.all) })
      await withRoot(rt, c, (root) => {
        const from = compose.resolveInRoot(root, src.path, opts.followLink)
        compose.copyPath(from, src.path, resolve(ctx.cwd, dest.path), dest.path, { ...opts, sourceContainer: c.name })
      })
      return 0
    }
    // Into the service: every container of it, or the one --index names (docker compose does the same).
    const targets = index !== undefined
      ? [compose.pickServiceContainer(containers, { service, index, stopped: true, oneoff: Boolean(o.all) })]
      : containers.filter((c) => c.service === service && (o.all || !c.oneoff))
    if (targets.length === 0) compose.pickServiceContainer(targets, { service })
    for (const c of targets) {
      await withRoot(rt, c, (root) => compose.copyPath(resolve(ctx.cwd, src.path), src.path, compose.resolveInRoot(root, dest.path, true), dest.path, opts))
    }
    return 0
  },
}
export default command
