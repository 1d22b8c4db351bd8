import { formatProgressBytes, type RegistryProgress } from '@tsc-compose/runtime'

const PROGRESS_STATUSES = new Set(['Downloading', 'Extracting', 'Pushing'])

/** docker's progress bar: `[=====>      ]  12.3MB/40MB`. */
function bar(current: number, total: number): string {
  const width = 50
  const filled = Math.min(width, Math.floor((current / Math.max(total, 1)) * width))
  const arrow = filled < width ? '>' : ''
  return `[${'='.repeat(filled)}${arrow}${' '.repeat(Math.max(0, width - filled - arrow.length))}]  ${formatProgressBytes(current, total)}`
}

/**
 * Renders pull/push progress the way the docker CLI does: on a TTY one line per layer,
 * redrawn in place with its progress bar; otherwise one line per status change and no
 * byte counts (docker's non-terminal output).
 */
export function registryProgress(out: NodeJS.WriteStream): (e: RegistryProgress) => void {
  const tty = Boolean(out.isTTY)
  const rows = new Map<string, number>()
  let count = 0
  return (e) => {
    if (!e.id) {
      out.write(`${e.status}\n`)
      if (tty) count = 0
      rows.clear()
      return
    }
    const text = `${e.id}: ${e.status}${tty && e.current !== undefined && e.total ? ` ${bar(e.current, e.total)}` : ''}`
    if (!tty) {
      // docker's non-terminal output drops the messages that carry a progress bar.
      if (!PROGRESS_STATUSES.has(e.status)) out.write(`${text}\n`)
      return
    }
    const row = rows.get(e.id)
    if (row === undefined) {
      rows.set(e.id, count++)
      out.write(`${text}\n`)
      return
    }
    const up = count - row
    out.write(`\x1b[${up}A\r\x1b[2K${text}\x1b[${up}B\r`)
  }
}
