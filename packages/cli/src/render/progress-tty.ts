import type { ProgressEvent } from '@tsc-compose/compose'

const DONE = new Set(['Created', 'Started', 'Healthy', 'Exited', 'Recreated', 'Stopped', 'Removed', 'Running', 'Pulled', 'Skipped', 'Pushed', 'Built'])

/**
 * docker compose's TTY progress: `[+] Running 3/5` and one line per resource, redrawn in
 * place with ANSI cursor moves. Plain ANSI rather than Ink: it is on the hot path of every
 * `up`/`down` and must not cost a React start-up.
 */
export function ttyProgress(out: NodeJS.WriteStream, title: string): { listener: (e: ProgressEvent) => void; finish(): void } {
  const rows = new Map<string, ProgressEvent>()
  let drawn = 0
  let timer: NodeJS.Timeout | undefined
  const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']
  let frame = 0
  const started = new Map<string, number>()
  const draw = (): void => {
    const lines: string[] = []
    const done = [...rows.values()].filter((r) => DONE.has(r.status)).length
    lines.push(`[+] ${title} ${done}/${rows.size}`)
    for (const [res, e] of rows) {
      const icon = e.status === 'Error' ? '\x1b[31m✘\x1b[0m' : e.status === 'Warning' ? '\x1b[33m!\x1b[0m' : DONE.has(e.status) ? '\x1b[32m✔\x1b[0m' : frames[frame % frames.length]
      const secs = ((Date.now() - (started.get(res) ?? Date.now())) / 1000).toFixed(1)
      lines.push(` ${icon} ${res.padEnd(40)} ${e.status}${e.detail ? ` ${e.detail}` : ''}`.padEnd(70) + `\x1b[2m${secs}s\x1b[0m`)
    }
    if (drawn) out.write(`\x1b[${drawn}A`)
    out.write(lines.map((l) => `\x1b[2K${l}`).join('\n') + '\n')
    drawn = lines.length
    frame += 1
  }
  return {
    listener(e) {
      if (!started.has(e.resource)) started.set(e.resource, Date.now())
      rows.set(e.resource, e)
      if (!timer) timer = setInterval(draw, 100)
      draw()
    },
    finish() {
      if (timer) clearInterval(timer)
      if (rows.size) draw()
    },
  }
}
