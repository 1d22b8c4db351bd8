import type { Command } from '../command.js'
import { runtimeOf } from './container-create.js'
import { pruneFilters } from './container-prune.js'

const command: Command = {
  name: 'system prune',
  summary: 'Remove unused data: stopped containers, dangling images, leftovers of interrupted commands',
  usage: '[OPTIONS]',
  options: {
    all: { type: 'boolean', short: 'a', description: 'Remove all unused images not just dangling ones' },
    force: { type: 'boolean', short: 'f', description: 'Do not prompt for confirmation' },
    volumes: { type: 'boolean', description: 'Prune anonymous volumes' },
    filter: { type: 'string', multiple: true, description: 'Provide filter values (e.g. "label=<key>=<value>")', valueName: 'FILTER' },
  },
  async run(ctx) {
    const rt = runtimeOf(ctx)
    const o = ctx.args.options
    const f = pruneFilters(o.filter)
    const c = await rt.containers.prune(f)
    if (c.removed.length) ctx.stdout.write(`Deleted Containers:\n${c.removed.map((id) => `${id}\n`).join('')}\n`)
    if (o.volumes) {
      const v = await rt.volumes.prune({ labelFilters: f.labelFilters })
      if (v.removed.length) ctx.stdout.write(`Deleted Volumes:\n${v.removed.map((n) => `${n}\n`).join('')}\n`)
    }
    const imgs = await rt.images.prune({ all: Boolean(o.all) })
    const deleted = imgs.ImagesDeleted.map((d) => ('Deleted' in d ? `deleted: ${d.Deleted}` : `untagged: ${d.Untagged}`))
    if (deleted.length) ctx.stdout.write(`Deleted Images:\n${deleted.join('\n')}\n\n`)
    ctx.stdout.write(`Total reclaimed space: ${imgs.SpaceReclaimed}B\n`)
    return 0
  },
}
export default command
