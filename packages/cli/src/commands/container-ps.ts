import type { ContainerSummary } from '@tsc-compose/runtime'
import type { Command } from '../command.js'
import { runtimeOf } from './container-create.js'

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
  const lines = [header, ...rows.map(render)].map((l) => l.split('\t'))
  const widths: number[] = []
  for (const cells of lines) cells.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)))
  return lines.map((cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]! + 3))).join('').trimEnd()).join('\n') + '\n'
}

const HEADERS: Record<string, string> = {
  ID: 'CONTAINER ID', Names: 'NAMES', Image: 'IMAGE', Command: 'COMMAND', RunningFor: 'CREATED', CreatedAt: 'CREATED AT',
  Status: 'STATUS', Ports: 'PORTS', State: 'STATE', Name: 'NAME', Driver: 'DRIVER', Mountpoint: 'MOUNTPOINT',
  CPUPerc: 'CPU %', MemUsage: 'MEM USAGE / LIMIT', MemPerc: 'MEM %', NetIO: 'NET I/O', BlockIO: 'BLOCK I/O', PIDs: 'PIDS',
}
function headerName(key: string): string {
  return HEADERS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase()
}

export function parseFilters(values: unknown): Array<{ key: string; value: string }> {
  const list = Array.isArray(values) ? (values as string[]) : values === undefined ? [] : [String(values)]
  return list.map((f) => {
    const eq = f.indexOf('=')
    return eq === -1 ? { key: f, value: '' } : { key: f.slice(0, eq), value: f.slice(eq + 1) }
  })
}

const command: Command = {
  name: 'container ps',
  summary: 'List containers',
  usage: '[OPTIONS]',
  options: {
    all: { type: 'boolean', short: 'a', description: 'Show all containers (default shows just running)' },
    quiet: { type: 'boolean', short: 'q', description: 'Only display container IDs' },
    filter: { type: 'string', short: 'f', multiple: true, description: 'Filter output based on conditions provided', valueName: 'FILTER' },
    format: { type: 'string', description: "Format output using a custom template: 'table', 'json' or a template", valueName: 'FORMAT' },
    last: { type: 'number', short: 'n', description: 'Show n last created containers (includes all states)', valueName: 'INT' },
    latest: { type: 'boolean', short: 'l', description: 'Show the latest created container (includes all states)' },
    'no-trunc': { type: 'boolean', description: "Don't truncate output" },
    size: { type: 'boolean', short: 's', description: 'Display total file sizes' },
  },
  async run(ctx) {
    const o = ctx.args.options
    const rows: ContainerSummary[] = runtimeOf(ctx).containers.list({
      all: Boolean(o.all),
      filters: parseFilters(o.filter),
      last: o.latest ? 1 : (o.last as number | undefined),
    })
    const shown = rows.map((r) => {
      const { id, labels, exitCode, health, ...docker } = r
      void labels, void exitCode, void health
      return o['no-trunc'] ? { ...docker, ID: id } : docker
    })
    if (o.quiet) {
      ctx.stdout.write(shown.map((r) => `${r.ID}\n`).join(''))
      return 0
    }
    ctx.stdout.write(renderFormatted(shown, o.format as string | undefined, '{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}'))
    return 0
  },
}
export default command
