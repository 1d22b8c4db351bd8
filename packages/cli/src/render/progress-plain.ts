import type { ProgressEvent } from '@tsc-compose/compose'

/**
 * docker compose's plain progress: one line per state change, ` Container x  Started`.
 * Used when stderr is not a TTY (CI, pipes) and as the fallback everywhere.
 */
export function plainProgress(out: NodeJS.WritableStream): (e: ProgressEvent) => void {
  return (e) => {
    if (e.status === 'Waiting') return
    const detail = e.detail ? ` ${e.detail}` : ''
    out.write(` ${e.resource}  ${e.status}${detail}\n`)
  }
}
