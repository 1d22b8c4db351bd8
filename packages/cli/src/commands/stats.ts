import type { Command } from '../command.js'
import { streamStats } from '../render/stats-stream.js'
import { openProjectContext } from '../service-target.js'
import { compareText } from '@tsc-compose/runtime'

const command: Command = {
  name: 'stats',
  summary: 'Display a live stream of container(s) resource usage statistics',
  usage: '[OPTIONS] [SERVICE]',
  options: {
    all: { type: 'boolean', short: 'a', description: 'Show all containers (default shows just running)' },
    format: { type: 'string', description: "Format output using a custom template: 'table', 'json' or a Go-like template", valueName: 'FORMAT' },
    'no-stream': { type: 'boolean', description: 'Disable streaming stats and only pull the first result' },
    'no-trunc': { type: 'boolean', description: "Don't truncate output" },
  },
  async run(ctx) {
    const o = ctx.args.options
    const services = ctx.args.positionals
    const { rt, project } = await openProjectContext(ctx, services)
    const name = project.model.name
    return streamStats(ctx, rt, () =>
      rt.containers.list({ all: Boolean(o.all), filters: [{ key: 'label', value: `com.docker.compose.project=${name}` }] })
        .filter((c) => !services.length || services.includes(c.labels['com.docker.compose.service'] ?? ''))
        .sort((a, b) => compareText(a.Names, b.Names))
        .map((c) => c.id))
  },
}
export default command
