import type { Command } from '../command.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'container start',
  summary: 'Start one or more stopped containers',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  options: {
    attach: { type: 'boolean', short: 'a', description: "Attach STDOUT/STDERR and forward signals" },
    interactive: { type: 'boolean', short: 'i', description: "Attach container's STDIN" },
  },
  async run(ctx) {
    const rt = runtimeOf(ctx)
    const refs = ctx.args.positionals
    if (refs.length === 0) throw new (await import('../args.js')).UsageError('"container start" requires at least 1 argument')
    const o = ctx.args.options
    if (o.attach || o.interactive) {
      if (refs.length > 1) throw new (await import('../args.js')).UsageError('you cannot start and attach multiple containers at once')
      const rec = await rt.containers.start(refs[0]!)
      return rt.containers.attach(rec.Id, { stdout: ctx.stdout, stderr: ctx.stderr, tty: rec.Config.Tty, ...(o.interactive ? { stdin: ctx.stdin } : {}) })
    }
    let failed = 0
    for (const ref of refs) {
      try {
        await rt.containers.start(ref)
        ctx.stdout.write(`${ref}\n`)
      } catch (err) {
        failed++
        ctx.stderr.write(`Error response from daemon: ${(err as Error).message}\n`)
      }
    }
    return failed ? 1 : 0
  },
}
export default command
