import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { DashboardSource } from './data-source.js'
import { buildRows, type ContainerRow, type ProjectSnapshot, type SortKey } from './model.js'

export interface SnapshotState {
  readonly rows: readonly ContainerRow[]
  readonly snapshot?: ProjectSnapshot
  /** The last poll failed (the rows are from the poll before). */
  readonly error?: string
  /** Polls now (after an action), instead of at the next tick. */
  readonly refresh: () => void
}

/**
 * Polls the source every `pollMs`, one poll at a time (a slow poll delays the next one instead
 * of piling up), keeping the previous snapshot for CPU %.
 */
export function useSnapshot(source: DashboardSource, pollMs: number, sort: SortKey): SnapshotState {
  const [state, setState] = useState<{ cur?: ProjectSnapshot; prev?: ProjectSnapshot; error?: string }>({})
  const refreshRef = useRef<() => void>(() => undefined)
  useEffect(() => {
    let stopped = false
    let timer: NodeJS.Timeout | undefined
    let inFlight = false
    let again = false
    const tick = async (): Promise<void> => {
      if (inFlight) {
        again = true
        return
      }
      inFlight = true
      clearTimeout(timer)
      try {
        const snap = await source.poll()
        if (!stopped) setState((s) => ({ cur: snap, prev: s.cur }))
      } catch (err) {
        if (!stopped) setState((s) => ({ ...s, error: (err as Error)?.message ?? String(err) }))
      } finally {
        inFlight = false
      }
      if (stopped) return
      if (again) {
        again = false
        void tick()
      } else {
        timer = setTimeout(() => void tick(), pollMs)
      }
    }
    refreshRef.current = () => void tick()
    void tick()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [source, pollMs])
  const rows = useMemo(() => (state.cur ? buildRows(state.cur, state.prev, sort) : []), [state.cur, state.prev, sort])
  const refresh = useCallback(() => refreshRef.current(), [])
  return { rows, snapshot: state.cur, error: state.error, refresh }
}
