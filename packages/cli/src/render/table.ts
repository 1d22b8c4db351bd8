/** Columns like Go's tabwriter: each cell padded to its column's width plus `padding`, at least `minWidth`. */
export function tabulate(rows: readonly (readonly string[])[], opts: { minWidth?: number; padding?: number } = {}): string {
  const minWidth = opts.minWidth ?? 0
  const padding = opts.padding ?? 3
  const cols = Math.max(0, ...rows.map((r) => r.length))
  const widths: number[] = []
  for (let i = 0; i < cols - 1; i++) widths.push(Math.max(minWidth, ...rows.map((r) => (r[i] ?? '').length + padding)))
  return rows.map((r) => r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]!) : c)).join('').trimEnd() + '\n').join('')
}

/** docker's `--format json` for a list: one JSON array on one line. */
export function jsonArray(rows: readonly unknown[]): string {
  return JSON.stringify(rows) + '\n'
}

/**
 * docker's --format: `json` (one object per line), `table` (default columns), `table {{.A}}\t{{.B}}`
 * (header + rows) or a bare template `{{.ID}}` (rows only). Only `{{.Field}}`, `{{json .}}` and
 * `{{json .Field}}` are understood: enough for scripts, without a Go template engine.
 */
export function renderFormatted(rows: ReadonlyArray<Record<string, unknown>>, format: string | undefined, defaultTable: string): string {
  if (format === 'json') return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '')
  const fmt = format === undefined || format === '' || format === 'table' ? `table ${defaultTable}` : format
  const isTable = fmt.startsWith('table')
  const tpl = (isTable ? fmt.slice(5).trim() : fmt).replace(/\\t/g, '\t').replace(/\\n/g, '\n')
  const render = (r: Record<string, unknown>): string =>
    tpl.replace(/\{\{\s*(json\s+)?\.([A-Za-z0-9_.]*)\s*\}\}/g, (_, json: string | undefined, key: string) => {
      const v = key === '' ? r : r[key]
      return json ? JSON.stringify(v) : v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)
    })
  if (!isTable) return rows.map(render).join('\n') + (rows.length ? '\n' : '')
  const header = tpl.replace(/\{\{\s*(?:json\s+)?\.([A-Za-z0-9_.]*)\s*\}\}/g, (_, key: string) => headerName(key))
  return tabulate([header, ...rows.map(render)].map((l) => l.split('\t')))
}

const HEADERS: Record<string, string> = {
  ID: 'CONTAINER ID', Names: 'NAMES', Image: 'IMAGE', Command: 'COMMAND', RunningFor: 'CREATED', CreatedAt: 'CREATED AT',
  Status: 'STATUS', Ports: 'PORTS', State: 'STATE', Name: 'NAME', Driver: 'DRIVER', Mountpoint: 'MOUNTPOINT',
  CPUPerc: 'CPU %', MemUsage: 'MEM USAGE / LIMIT', MemPerc: 'MEM %', NetIO: 'NET I/O', BlockIO: 'BLOCK I/O', PIDs: 'PIDS',
}
function headerName(key: string): string {
  return HEADERS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase()
}
