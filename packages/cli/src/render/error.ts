import { isTscError } from '@tsc-compose/runtime'

/**
 * Renders any error as the user should see it: `Error: message`, then location and hint.
 * Stack traces only with --debug. Returns the exit code.
 */
export function renderError(err: unknown, out: NodeJS.WritableStream, debug: boolean): number {
  if (isTscError(err)) {
    const loc = err.location
    const where = loc ? `${loc.file}${loc.line !== undefined ? `:${loc.line}` : ''}${loc.column !== undefined ? `:${loc.column}` : ''}: ` : ''
    out.write(`Error: ${where}${err.message}\n`)
    if (err.hint) out.write(`Hint: ${err.hint}\n`)
    if (debug) out.write(`${err.stack ?? ''}\n${err.cause ? `Caused by: ${String((err.cause as Error).stack ?? err.cause)}\n` : ''}`)
    return err.exitCode
  }
  const e = err as Error
  out.write(`Error: ${e?.message ?? String(err)}\n`)
  if (debug && e?.stack) out.write(`${e.stack}\n`)
  return 1
}
