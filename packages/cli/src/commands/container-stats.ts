import type { Command } from '../command.js'
import { streamStats } from '../render/stats-stream.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'container stats',
  summary: 'Display a live stream of container(s) resource usage statistics',
  usage: '[OPTIONS] [CONTAINER...]',
  options: {
    all: { type: 'boolean', short: 'a', description: 'Show all containers (default shows just running)' },
    'no-stream': { type: 'boolean', description: 'Disable streaming stats and only pull the first result' },
    'no-trunc': { type: 'boolean', description: "Don't truncate output" },
    format: { type: 'string', description: "Format output: 'table', 'json' or a template", valueName: 'FORMAT' },
  },
  run(ctx) {
    const rt = runtimeOf(ctx)
    const refs = ctx.args.positionals
    // Named containers are resolved every frame (one removed meanwhile is an error, as in
    // docker); without names, the running ones (all with -a) as they are at each frame.
    const ids = refs.length > 0
      ? () => refs.map((r) => rt.containers.get(r).Id)
      : () => rt.containers.list({ all: Boolean(ctx.args.options.all) }).map((c) => c.id)
    return streamStats(ctx, rt, ids)
  },
}
export default command
