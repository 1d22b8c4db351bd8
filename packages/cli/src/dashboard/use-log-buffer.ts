import { useEffect, useMemo, useState } from 'react'
import type { DashboardSource } from './data-source.js'
import { LogBuffer } from './log-buffer.js'

/** Re-render at most this often however chatty the logs are. */
const FLUSH_MS = 100

/**
 * Follows the project's logs into a LogBuffer for as long as the component is mounted.
 * `version` changes when new lines arrived, which is what re-renders the log pane.
 */
export function useLogBuffer(source: DashboardSource, tail: number): { buffer: LogBuffer; version: number } {
  const buffer = useMemo(() => new LogBuffer(Math.max(tail, 50)), [source, tail])
  const [version, setVersion] = useState(0)
  useEffect(() => {
    const ac = new AbortController()
    let dirty = false
    const timer = setInterval(() => {
      if (!dirty) return
      dirty = false
      setVersion((v) => v + 1)
    }, FLUSH_MS)
    const onError = (err: unknown): void => {
      if (ac.signal.aborted) return
      buffer.note(`logs: ${(err as Error)?.message ?? String(err)}`)
      dirty = true
    }
    source
      .followLogs({
        tail,
        signal: ac.signal,
        onLine: (l) => {
          buffer.push(l)
          dirty = true
        },
        onError,
      })
      .catch(onError)
    return () => {
      ac.abort()
      clearInterval(timer)
    }
  }, [source, buffer, tail])
  return { buffer, version }
}
