/**
 * Whether a process with this pid exists (signal 0 probes without sending). EPERM means it
 * exists but belongs to someone else: alive all the same. Used to tell the leftovers of a
 * killed process (a build, a temporary mount, an ingest) from those of a live one.
 */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}
