import type { CpuSample } from '@tsc-compose/runtime'
import type { Command } from '../command.js'
import { openProjectContext } from '../service-target.js'
import { renderFormatted } from './container-ps.js'

const TABLE = '{{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}'

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
    // The project's containers are re-read every frame: docker stats picks up new ones too.
    const ids = (): string[] =>
      rt.containers.list({ all: Boolean(o.all), filters: [{ key: 'label', value: `com.docker.compose.project=${name}` }] })
        .filter((c) => !services.length || services.includes(c.labels['com.docker.compose.service'] ?? ''))
        .sort((a, b) => a.Names.localeCompare(b.Names))
        .map((c) => c.id)
    const frame = (prev?: Map<string, CpuSample>): { text: string; samples: Map<string, CpuSample> } => {
      const refs = ids()
      if (refs.length === 0) return { text: renderFormatted([], o.format as string | undefined, TABLE), samples: new Map() }
      const { stats, samples } = rt.containers.stats(refs, prev)
      const rows = stats.map(({ cpuPercent, memoryUsed, memoryLimit, pids, ...docker }) => {
        void cpuPercent, void memoryUsed, void memoryLimit, void pids
        return o['no-trunc'] ? { ...docker, ID: refs.find((r) => r.startsWith(docker.ID)) ?? docker.ID } : docker
      })
      return { text: renderFormatted(rows, o.format as string | undefined, TABLE), samples }
    }
    // CPU % compares two samples, so the first frame is taken half a second after a baseline.
    let prev = frame().samples
    await new Promise((r) => setTimeout(r, 500))
    const ac = new AbortController()
    let interrupted = false
    const onSigint = (): void => {
      interrupted = true
      ac.abort()
    }
    process.once('SIGINT', onSigint)
    try {
      for (;;) {
        const f = frame(prev)
        prev = f.samples
        if (o['no-stream']) {
          ctx.stdout.write(f.text)
          return 0
        }
        ctx.stdout.write(ctx.stdout.isTTY ? `\x1b[2J\x1b[H${f.text}` : f.text)
        await new Promise<void>((r) => {
          const t = setTimeout(r, 1000)
          ac.signal.addEventListener('abort', () => (clearTimeout(t), r()), { once: true })
        })
        if (ac.signal.aborted) return interrupted ? 130 : 0
      }
    } finally {
      process.off('SIGINT', onSigint)
    }
  },
}
export default command
