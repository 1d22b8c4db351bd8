import { lstatSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { runtimeOf } from './container-create.js'

/**
 * The size docker reports after a copy: that of the tar stream it moved (a 512-byte header
 * per entry, contents padded to 512 bytes, a 1 KiB end marker).
 */
export function tarStreamSize(path: string, follow: boolean): number {
  const walk = (p: string, top: boolean): number => {
    let st
    try {
      st = top && follow ? statSync(p) : lstatSync(p)
    } catch {
      return 0
    }
    if (st.isDirectory()) return 512 + readdirSync(p).reduce((n, name) => n + walk(join(p, name), false), 0)
    return 512 + (st.isFile() ? Math.ceil(st.size / 512) * 512 : 0)
  }
  return walk(path, true) + 1024
}

const command: Command = {
  name: 'container cp',
  summary: 'Copy files/folders between a container and the local filesystem',
  usage: '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH | SRC_PATH CONTAINER:DEST_PATH',
  options: {
    archive: { type: 'boolean', short: 'a', description: 'Archive mode (copy all uid/gid information)' },
    'follow-link': { type: 'boolean', short: 'L', description: 'Always follow symbol link in SRC_PATH' },
    quiet: { type: 'boolean', short: 'q', description: 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached' },
  },
  async run(ctx) {
    const args = ctx.args.positionals
    if (args.length !== 2) throw new UsageError('"container cp" requires exactly 2 arguments: CONTAINER:SRC_PATH DEST_PATH or SRC_PATH CONTAINER:DEST_PATH')
    // docker cp's rules and copy semantics are compose cp's (the same machinery, by container).
    const [compose, { withContainerFs }] = await Promise.all([import('@tsc-compose/compose'), import('@tsc-compose/runtime')])
    const src = compose.splitCopyArg(args[0]!)
    const dest = compose.splitCopyArg(args[1]!)
    if (src.service && dest.service) throw new UsageError('copying between containers is not supported')
    if (!src.service && !dest.service) throw new UsageError('must specify at least one container source')
    if (src.path === '-' || dest.path === '-') throw new UsageError('copying a tar stream from stdin or to stdout ("-") is not supported')
    if ((src.service ? src.path : dest.path) === '') throw new UsageError('the container path must not be empty')
    const o = ctx.args.options
    const opts = { archive: Boolean(o.archive), followLink: Boolean(o['follow-link']) }
    const rt = runtimeOf(ctx)
    const rec = rt.containers.get((src.service ?? dest.service)!)
    const name = rec.Name.replace(/^\//, '')
    // docker shows progress only to a terminal (and never with -q)
    const report = ctx.stderr.isTTY && !o.quiet
    const size = await withContainerFs(rt, rec.Id, (view) => {
      if (src.service) {
        const from = compose.resolveInRoot(view.root, src.path, opts.followLink)
        compose.copyPath(from, src.path, resolve(ctx.cwd, dest.path), dest.path, { ...opts, sourceContainer: name })
        return report ? tarStreamSize(from, opts.followLink) : 0
      }
      const from = resolve(ctx.cwd, src.path)
      compose.copyPath(from, src.path, compose.resolveInRoot(view.root, dest.path, true), dest.path, opts)
      return report ? tarStreamSize(from, opts.followLink) : 0
    })
    if (report) {
      const { humanSize } = await import('@tsc-compose/runtime')
      ctx.stderr.write(`Successfully copied ${humanSize(size)} to ${src.service ? dest.path : `${name}:${dest.path}`}\n`)
    }
    return 0
  },
}
export default command
