import type { CpuSample, Runtime } from '@tsc-compose/runtime'
import type { CommandContext } from '../command.js'
import { interruptible } from '../interrupt.js'
import { renderFormatted } from './table.js'

const TABLE = '{{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}'

/**
 * docker stats (`container stats` and compose's `stats`): a frame a second of the containers
 * `ids()` names (full ids, read again every frame so new containers show up), redrawn in
 * place on a terminal; one frame with --no-stream. Reads --format and --no-trunc.
 */
export async function streamStats(ctx: CommandContext, rt: Runtime, ids: () => string[]): Promise<number> {
  const o = ctx.args.options
  const format = o.format as string | undefined
  const frame = (prev?: Map<string, CpuSample>): { text: string; samples: Map<string, CpuSample> } => {
    const refs = ids()
    if (refs.length === 0) return { text: renderFormatted([], format, TABLE), samples: new Map() }
    const { stats, samples } = rt.containers.stats(refs, prev)
    const rows = stats.map(({ cpuPercent, memoryUsed, memoryLimit, pids, ...docker }) => {
      void cpuPercent, void memoryUsed, void memoryLimit, void pids
      return o['no-trunc'] ? { ...docker, ID: refs.find((r) => r.startsWith(docker.ID)) ?? docker.ID } : docker
    })
    return { text: renderFormatted(rows, format, TABLE), samples }
  }
  // CPU % compares two samples, so the first frame is taken half a second after a baseline.
  let prev = frame().samples
  await new Promise((r) => setTimeout(r, 500))
  const interrupt = interruptible()
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
        interrupt.signal.addEventListener('abort', () => (clearTimeout(t), r()), { once: true })
      })
      // Ctrl-C ends the stream as it ends docker stats: 130.
      if (interrupt.signal.aborted) return 130
    }
  } finally {
    interrupt.dispose()
  }
}
