import { createInterface } from 'node:readline/promises'
import type { Command } from '../command.js'
import { openRuntimeFor } from '../compose-session.js'

const command: Command = {
  name: 'image prune',
  summary: 'Remove unused images',
  usage: '[OPTIONS]',
  options: {
    all: { type: 'boolean', short: 'a', description: 'Remove all unused images, not just dangling ones' },
    force: { type: 'boolean', short: 'f', description: 'Do not prompt for confirmation' },
  },
  async run(ctx) {
    const all = Boolean(ctx.args.options.all)
    if (!ctx.args.options.force) {
      const warning = all
        ? 'WARNING! This will remove all images without at least one container associated to them.'
        : 'WARNING! This will remove all dangling images.'
      const rl = createInterface({ input: ctx.stdin, output: ctx.stdout })
      const answer = await rl.question(`${warning}\nAre you sure you want to continue? [y/N] `)
      rl.close()
      if (!/^y(es)?$/i.test(answer.trim())) return 0
    }
    const { humanSize } = await import('@tsc-compose/runtime')
    const { images } = await openRuntimeFor(ctx)
    const res = await images.prune({ all })
    if (res.ImagesDeleted.length > 0) {
      ctx.stdout.write('Deleted Images:\n')
      for (const r of res.ImagesDeleted) ctx.stdout.write('Untagged' in r ? `untagged: ${r.Untagged}\n` : `deleted: ${r.Deleted}\n`)
      ctx.stdout.write('\n')
    }
    ctx.stdout.write(`Total reclaimed space: ${humanSize(res.SpaceReclaimed)}\n`)
    return 0
  },
}
export default command
