/**
 * Ctrl-C (or another of `signals`) as cancellation: the first one aborts `signal` instead of
 * ending the CLI, so a streaming command can stop cleanly and pick its exit code (docker's
 * 130, or 0 for logs); the listener is gone after it, so a second Ctrl-C ends the process.
 * `dispose` removes the listeners when the command is done.
 */
export function interruptible(signals: readonly NodeJS.Signals[] = ['SIGINT']): { signal: AbortSignal; dispose(): void } {
  const ac = new AbortController()
  const onSignal = (): void => ac.abort()
  for (const s of signals) process.once(s, onSignal)
  return {
    signal: ac.signal,
    dispose: () => {
      for (const s of signals) process.off(s, onSignal)
    },
  }
}
