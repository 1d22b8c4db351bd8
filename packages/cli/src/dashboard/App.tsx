import { useApp, useInput } from 'ink'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { DashboardSource } from './data-source.js'
import { DashboardView } from './DashboardView.js'
import { paneHeights } from './layout.js'
import { serviceIsUp } from './model.js'
import { useLogBuffer } from './use-log-buffer.js'
import { useSnapshot } from './use-snapshot.js'
import { useTerminalSize, type TerminalSize } from './use-terminal-size.js'
import { initialViewState, reduceView, selectedRow, type ViewAction, type ViewState } from './view-state.js'

export interface AppProps {
  readonly source: DashboardSource
  /** Log lines of history per container, and the most kept per container. */
  readonly tail?: number
  readonly pollMs?: number
  /** Follow this service's logs from the start (`dashboard web`). */
  readonly focusService?: string
  /** Pins the size (tests); the terminal's otherwise. */
  readonly size?: Partial<TerminalSize>
  /** How long an action's outcome stays in the footer. */
  readonly statusMs?: number
}

export function App({ source, tail = 200, pollMs = 1000, focusService, size, statusMs = 5000 }: AppProps) {
  const { exit } = useApp()
  const term = useTerminalSize(size)
  const [view, setView] = useState<ViewState>(() => initialViewState(focusService))
  const viewRef = useRef(view)
  viewRef.current = view
  const snap = useSnapshot(source, pollMs, view.sort)
  const { refresh } = snap
  const { buffer, version } = useLogBuffer(source, tail)
  const [status, setStatus] = useState<string>()

  // Ink re-subscribes the input handler in an effect, after the frame is drawn: a key pressed
  // in between reaches the previous handler. Reading the latest rows through a ref makes it
  // act on what the user sees.
  const rowsRef = useRef(snap.rows)
  rowsRef.current = snap.rows
  const dispatch = useCallback((a: ViewAction) => setView((v) => reduceView(v, a, rowsRef.current)), [])

  useEffect(() => {
    if (!status || status.endsWith('…')) return
    const t = setTimeout(() => setStatus(undefined), statusMs)
    return () => clearTimeout(t)
  }, [status, statusMs])

  // One action at a time: a second `r` while a stop waits out its grace period would race it.
  const busy = useRef(false)
  const act = useCallback(
    (doing: string, done: string, service: string, fn: () => Promise<void>) => {
      if (busy.current) return
      busy.current = true
      setStatus(`${doing} ${service}…`)
      fn().then(
        () => setStatus(`${done} ${service}`),
        (err: unknown) => setStatus(`Error: ${service}: ${(err as Error)?.message ?? String(err)}`),
      ).finally(() => {
        busy.current = false
        refresh()
      })
    },
    [refresh],
  )

  useInput((input, key) => {
    if (input === 'q' || (key.ctrl && input === 'c')) {
      exit()
      return
    }
    if (key.escape && viewRef.current.help) return dispatch({ type: 'toggle-help' })
    if (key.upArrow || input === 'k') return dispatch({ type: 'up' })
    if (key.downArrow || input === 'j') return dispatch({ type: 'down' })
    if (key.return || input === 'l') return dispatch({ type: 'focus-selected' })
    if (input === 'a') return dispatch({ type: 'focus-all' })
    if (input === '?') return dispatch({ type: 'toggle-help' })
    if (input === 'o') return dispatch({ type: 'cycle-sort' })
    const rows = rowsRef.current
    const row = selectedRow(viewRef.current, rows)
    if (!row) return
    if (input === 'r') act('Restarting', 'Restarted', row.service, () => source.restartService(row.service))
    if (input === 's') {
      if (serviceIsUp(rows, row.service)) act('Stopping', 'Stopped', row.service, () => source.stopService(row.service))
      else act('Starting', 'Started', row.service, () => source.startService(row.service))
    }
  })

  const heights = paneHeights(term.rows, snap.rows.length)
  const focusFilter = view.focus.kind === 'service' ? { service: view.focus.service } : {}
  const logLines = useMemo(
    () => buffer.tail(heights.logLines, focusFilter),
    // version: new lines arrived in the (mutable) buffer
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [buffer, version, heights.logLines, view.focus],
  )
  return (
    <DashboardView
      project={source.project}
      rows={snap.rows}
      view={view}
      logLines={logLines}
      sourceWidth={buffer.sourceWidth(focusFilter)}
      columns={term.columns}
      terminalRows={term.rows}
      status={status}
      error={snap.error}
      loading={!snap.snapshot}
    />
  )
}
