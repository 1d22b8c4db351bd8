import { Box, Text } from 'ink'
import { layoutColumns } from './columns.js'
import { ContainerTable } from './ContainerTable.js'
import { HelpPanel } from './HelpPanel.js'
import { detailText, paneHeights } from './layout.js'
import type { BufferedLine } from './log-buffer.js'
import { LogPane } from './LogPane.js'
import { servicesOf, summarize, type ContainerRow } from './model.js'
import { selectedIndex, visibleWindow, type ViewState } from './view-state.js'

export interface DashboardViewProps {
  readonly project: string
  readonly rows: readonly ContainerRow[]
  readonly view: ViewState
  /** Lines for the current focus, oldest first (more than fit is fine). */
  readonly logLines: readonly BufferedLine[]
  readonly sourceWidth: number
  readonly columns: number
  readonly terminalRows: number
  /** Outcome of the last action (`Restarting web…`), shown in the footer. */
  readonly status?: string
  /** The last poll failed. */
  readonly error?: string
  /** No poll has completed yet. */
  readonly loading?: boolean
}

const HINT = '↑↓ select  enter/l logs  a all  r restart  s stop/start  o sort  ? help  q quit'

/** The whole screen as a function of data: no hooks, no I/O (tests render it directly). */
export function DashboardView(p: DashboardViewProps) {
  const heights = paneHeights(p.terminalRows, p.rows.length)
  const cols = layoutColumns(p.rows, p.columns)
  const sel = selectedIndex(p.view, p.rows)
  const services = servicesOf(p.rows)
  const sum = summarize(p.rows)
  const counts = [`${sum.containers} containers`, `${sum.running} running`, ...(sum.exited ? [`${sum.exited} exited`] : []), ...(sum.unhealthy ? [`${sum.unhealthy} unhealthy`] : [])]
  return (
    <Box flexDirection="column" width={p.columns}>
      <Text wrap="truncate-end">
        <Text bold color="cyan">tsc-compose dashboard</Text>
        {` · ${p.project} · ${p.loading ? 'loading…' : counts.join(', ')} · sort: ${p.view.sort}`}
        {p.error ? <Text color="red">{` · poll failed: ${p.error}`}</Text> : null}
      </Text>
      <ContainerTable rows={p.rows} columns={cols} selected={sel} window={visibleWindow(p.rows.length, sel, heights.tableRows)} services={services} project={p.project} loading={p.loading} />
      <Text dimColor wrap="truncate-end">{detailText(p.rows[sel]) || ' '}</Text>
      {p.view.help ? (
        <HelpPanel height={heights.logLines} />
      ) : (
        <LogPane lines={p.logLines} focus={p.view.focus} height={heights.logLines} width={p.columns} services={services} sourceWidth={p.sourceWidth} />
      )}
      <Text wrap="truncate-end" color={p.status?.startsWith('Error') ? 'red' : undefined} dimColor={!p.status}>
        {p.status ?? HINT}
      </Text>
    </Box>
  )
}
