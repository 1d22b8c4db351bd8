import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { jsonArray, tabulate } from '../render/table.js'
import { openProjectContext } from '../service-target.js'
import { compareText } from '@tsc-compose/runtime'

/** `repo:tag` → [repo, tag], the tag being after the last colon that follows the last slash. */
function splitRef(ref: string): [string, string] {
  const at = ref.indexOf('@')
  const base = at === -1 ? ref : ref.slice(0, at)
  const colon = base.lastIndexOf(':')
  if (colon > base.lastIndexOf('/')) return [base.slice(0, colon), base.slice(colon + 1)]
  return [base, at === -1 ? 'latest' : '']
}

const command: Command = {
  name: 'images',
  summary: 'List images used by the created containers',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    format: { type: 'string', description: 'Format the output. Values: [table | json]', valueName: 'FORMAT', default: 'table' },
    quiet: { type: 'boolean', short: 'q', description: 'Only display IDs' },
  },
  async run(ctx) {
    const o = ctx.args.options
    const format = String(o.format)
    if (format !== 'table' && format !== 'json') throw new UsageError(`unsupported --format "${format}": expected table or json`)
    const services = ctx.args.positionals
    const [{ rt, containers }, runtimeLib] = await Promise.all([openProjectContext(ctx, services, { byName: true }), import('@tsc-compose/runtime')])
    const rows = []
    for (const c of containers.filter((c) => !services.length || services.includes(c.service)).sort((a, b) => compareText(a.name, b.name))) {
      const rec = rt.containers.find(c.id)
      if (!rec) continue
      const image = await rt.images.inspect(rec.Image).catch(() => undefined)
      const ref = rec.Config.Image
      const tagged = image?.RepoTags.find((t) => t === ref || t === `${ref}:latest`) ?? image?.RepoTags[0]
      const [repository, tag] = tagged ? splitRef(tagged) : ['', '']
      rows.push({
        ID: rec.Image,
        ContainerName: c.name,
        Repository: repository,
        Tag: tag,
        Platform: { architecture: image?.Architecture ?? '', os: image?.Os ?? '', ...(image?.Variant ? { variant: image.Variant } : {}) },
        Size: image?.Size ?? 0,
        Created: image?.Created ?? '',
        LastTagTime: image?.Metadata.LastTagTime ?? '',
      })
    }
    if (o.quiet) {
      const ids = [...new Set(rows.map((r) => r.ID.replace(/^[^:]*:/, '')))]
      ctx.stdout.write(ids.map((id) => `${id}\n`).join(''))
      return 0
    }
    if (format === 'json') {
      ctx.stdout.write(jsonArray(rows))
      return 0
    }
    const table = rows.map((r) => [
      r.ContainerName,
      r.Repository || '<none>',
      r.Tag || '<none>',
      [r.Platform.os, r.Platform.architecture, r.Platform.variant].filter(Boolean).join('/'),
      r.ID.replace(/^sha256:/, '').slice(0, 12),
      runtimeLib.humanSize(r.Size),
      r.Created ? runtimeLib.since(Date.parse(r.Created) / 1000) : '',
    ])
    ctx.stdout.write(tabulate([['CONTAINER', 'REPOSITORY', 'TAG', 'PLATFORM', 'IMAGE ID', 'SIZE', 'CREATED'], ...table], { minWidth: 20, padding: 3 }))
    return 0
  },
}
export default command
