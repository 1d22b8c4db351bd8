import type { CpuSample } from '@tsc-compose/runtime'
import type { Command } from '../command.js'
import { runtimeOf } from './container-create.js'
import { renderFormatted } from './container-ps.js'

const TABLE = '{{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}'

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
  async run(ctx) {
    const rt = runtimeOf(ctx)
    const o = ctx.args.options
    const refs = ctx.args.positionals
    // CPU % needs two samples (docker's first frame compares with the previous read too).
    let prev: Map<string, CpuSample> | undefined = rt.containers.stats(refs).samples
    await new Promise((r) => setTimeout(r, 500))
    const ac = new AbortController()
    process.once('SIGINT', () => ac.abort())
    for (;;) {
      const { stats, samples } = rt.containers.stats(refs, prev)
      prev = samples
      const rows = stats.map(({ cpuPercent, memoryUsed, memoryLimit, pids, ...docker }) => (void cpuPercent, void memoryUsed, void memoryLimit, void pids, docker))
      const text = renderFormatted(rows, o.format as string | undefined, TABLE)
      if (o['no-stream'] || !ctx.stdout.isTTY) {
        ctx.stdout.write(text)
        if (o['no-stream']) return 0
      } else {
        ctx.stdout.write(`\x1b[2J\x1b[H${text}`)
      }
      if (ac.signal.aborted) return 0
      await new Promise((r) => setTimeout(r, 1000))
      if (ac.signal.aborted) return 0
    }
  },
}
export default command
