interface CodedError extends Error {
  code: string
  exitCode?: number
  hint?: string
  location?: { file: string; line?: number; column?: number }
}

/** Structural check (not instanceof): keeps the runtime out of CLI start-up. */
function isCodedError(err: unknown): err is CodedError {
  return err instanceof Error && typeof (err as CodedError).code === 'string' && ('exitCode' in err || 'location' in err || 'hint' in err)
}

/**
 * Renders any error as the user should see it: `Error: message`, then location and hint.
 * Stack traces only with --debug. Returns the exit code.
 */
export function renderError(err: unknown, out: NodeJS.WritableStream, debug: boolean): number {
  if (isCodedError(err)) {
    const loc = err.location
    const where = loc ? `${loc.file}${loc.line !== undefined ? `:${loc.line}` : ''}${loc.column !== undefined ? `:${loc.column}` : ''}: ` : ''
    out.write(`Error: ${where}${err.message}\n`)
    if (err.hint) out.write(`Hint: ${err.hint}\n`)
    if (debug) out.write(`${err.stack ?? ''}\n${err.cause ? `Caused by: ${String((err.cause as Error).stack ?? err.cause)}\n` : ''}`)
    return err.exitCode ?? 1
  }
  const e = err as Error
  out.write(`Error: ${e?.message ?? String(err)}\n`)
  if (debug && e?.stack) out.write(`${e.stack}\n`)
  return 1
}
