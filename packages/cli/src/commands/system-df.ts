import { execFileSync } from 'node:child_process'
import { formatBytes } from '@tsc-compose/runtime'
import type { Command } from '../command.js'
import { runtimeOf } from './container-create.js'
import { renderFormatted } from '../render/table.js'

/** Disk usage of a directory (du -sb; 0 when missing). */
function du(path: string): number {
  try {
    return Number(execFileSync('du', ['-sb', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\t')[0]) || 0
  } catch {
    return 0
  }
}

const command: Command = {
  name: 'system df',
  summary: 'Show disk usage of images, containers and volumes',
  usage: '[OPTIONS]',
  options: {
    format: { type: 'string', description: "Format output: 'table', 'json' or a template", valueName: 'FORMAT' },
    verbose: { type: 'boolean', short: 'v', description: 'Show detailed information on space usage' },
  },
  async run(ctx) {
    const rt = runtimeOf(ctx)
    const images = await rt.images.list()
    const containers = rt.containers.list({ all: true })
    const volumes = rt.volumes.list()
    const usedImages = new Set(containers.map((c) => rt.containers.get(c.id).Image))
    const imgSize = images.reduce((a, i) => a + (Number((i as unknown as { Size?: number }).Size) || 0), 0)
    const ctrSize = containers.reduce((a, c) => a + du(`${rt.paths.container(c.id)}/upper`), 0)
    const volSize = volumes.reduce((a, v) => a + du(v.Mountpoint), 0)
    const usedVols = volumes.filter((v) => rt.containers.list({ all: true, filters: [{ key: 'volume', value: v.Name }] }).length > 0)
    const rows = [
      { Type: 'Images', TotalCount: images.length, Active: images.filter((i) => usedImages.has((i as unknown as { Id: string }).Id)).length, Size: formatBytes(imgSize), Reclaimable: '' },
      { Type: 'Containers', TotalCount: containers.length, Active: containers.filter((c) => c.State === 'running').length, Size: formatBytes(ctrSize), Reclaimable: '' },
      { Type: 'Local Volumes', TotalCount: volumes.length, Active: usedVols.length, Size: formatBytes(volSize), Reclaimable: '' },
    ]
    ctx.stdout.write(renderFormatted(rows, ctx.args.options.format as string | undefined, '{{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}'))
    return 0
  },
}
export default command
