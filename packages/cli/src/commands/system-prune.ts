import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { humanSize } from '@tsc-compose/runtime'
import type { Command } from '../command.js'
import { runtimeOf } from './container-create.js'
import { passesPruneFilters, pruneFilters } from '../filters.js'

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
    // Networks as docker does (unused ones go), after reclaiming what crashed runs left
    // (interfaces, netns files, rules, DNS and proxy processes). Only where networking was used.
    if (existsSync(join(rt.root, 'networks'))) {
      const nets = await rt.networks()
      await nets.reclaimLeftovers()
      const removed = await nets.prune((n) => passesPruneFilters(f, n))
      if (removed.length) ctx.stdout.write(`Deleted Networks:\n${removed.map((n) => `${n}\n`).join('')}\n`)
    }
    if (o.volumes) {
      const v = await rt.volumes.prune({ labelFilters: f.labelFilters })
      if (v.removed.length) ctx.stdout.write(`Deleted Volumes:\n${v.removed.map((n) => `${n}\n`).join('')}\n`)
    }
    const imgs = await rt.images.prune({ all: Boolean(o.all) })
    const deleted = imgs.ImagesDeleted.map((d) => ('Deleted' in d ? `deleted: ${d.Deleted}` : `untagged: ${d.Untagged}`))
    if (deleted.length) ctx.stdout.write(`Deleted Images:\n${deleted.join('\n')}\n\n`)
    ctx.stdout.write(`Total reclaimed space: ${humanSize(imgs.SpaceReclaimed)}\n`)
    return 0
  },
}
export default command
