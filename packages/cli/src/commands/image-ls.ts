import type { Command } from '../command.js'
import { openRuntimeFor } from '../compose-session.js'
import { UsageError } from '../args.js'

const command: Command = {
  name: 'image ls',
  summary: 'List images',
  usage: '[OPTIONS] [REPOSITORY[:TAG]]',
  options: {
    all: { type: 'boolean', short: 'a', description: 'Show all images (default hides intermediate images)' },
    quiet: { type: 'boolean', short: 'q', description: 'Only show image IDs' },
    'no-trunc': { type: 'boolean', description: "Don't truncate output" },
    digests: { type: 'boolean', description: 'Show digests' },
    filter: { type: 'string', short: 'f', multiple: true, description: 'Filter output based on conditions provided (dangling=true|false, reference=PATTERN)', valueName: 'FILTER' },
    format: { type: 'string', description: "Format output using a custom template: 'table', 'json', or a Go template", valueName: 'FORMAT' },
  },
  async run(ctx) {
    const { imageRows, formatTable, renderTemplate, intermediateImageIds } = await import('@tsc-compose/runtime')
    const o = ctx.args.options
    const [repoFilter, ...extra] = ctx.args.positionals
    if (extra.length > 0) throw new UsageError('"image ls" accepts at most 1 argument')
    const { images } = await openRuntimeFor(ctx)
    let summaries = await images.list()
    // Without -a, untagged parents of other images (a build's intermediate steps) are hidden, as docker does (L).
    if (!o.all) {
      const parents = intermediateImageIds(images.paths.root, summaries.map((i) => i.Id))
      summaries = summaries.filter((i) => i.RepoTags.length > 0 || i.RepoDigests.length > 0 || !parents.has(i.Id))
    }
    let rows = imageRows(summaries, { noTrunc: Boolean(o['no-trunc']) })
    const matches = (pattern: string, r: { Repository: string; Tag: string }): boolean => {
      const [repo, tag] = pattern.includes(':') ? [pattern.slice(0, pattern.lastIndexOf(':')), pattern.slice(pattern.lastIndexOf(':') + 1)] : [pattern, undefined]
      const glob = (g: string, s: string): boolean => new RegExp(`^${g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '.')}$`).test(s)
      return glob(repo, r.Repository) && (tag === undefined || glob(tag, r.Tag))
    }
    if (repoFilter) rows = rows.filter((r) => matches(repoFilter, r))
    for (const f of (o.filter as string[] | undefined) ?? []) {
      const [k, v = ''] = f.split(/=(.*)/s)
      if (k === 'dangling') {
        if (v !== 'true' && v !== 'false') throw new UsageError(`invalid filter 'dangling=${v}': want true or false`)
        rows = rows.filter((r) => (r.Repository === '<none>') === (v === 'true'))
      } else if (k === 'reference') {
        rows = rows.filter((r) => matches(v, r))
      } else {
        throw new UsageError(`invalid filter '${k}'`, 'supported filters: dangling, reference')
      }
    }
    if (o.quiet) {
      const ids = [...new Set(rows.map((r) => r.ID))]
      ctx.stdout.write(ids.map((i) => `${i}\n`).join(''))
      return 0
    }
    const format = o.format as string | undefined
    if (format === 'json') {
      ctx.stdout.write(rows.map((r) => `${JSON.stringify(r)}\n`).join(''))
    } else if (format !== undefined && format !== 'table') {
      ctx.stdout.write(rows.map((r) => `${renderTemplate(format.replace(/^table\s+/, ''), { ...r })}\n`).join(''))
    } else {
      const headers = ['REPOSITORY', 'TAG', ...(o.digests ? ['DIGEST'] : []), 'IMAGE ID', 'CREATED', 'SIZE']
      ctx.stdout.write(formatTable(headers, rows.map((r) => [r.Repository, r.Tag, ...(o.digests ? [r.Digest] : []), r.ID, r.CreatedSince, r.Size])))
    }
    return 0
  },
}
export default command
