/** Compact cell texts: a dashboard column is a few characters wide, not a sentence. */

/** `45s`, `5m03s`, `3h12m`, `2d04h`. */
export function formatUptime(ms: number): string {
  const s = Math.floor(Math.max(0, ms) / 1000)
  const pad = (n: number): string => String(n).padStart(2, '0')
  if (s < 60) return `${s}s`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m}m${pad(s % 60)}s`
  const h = Math.floor(m / 60)
  if (h < 24) return `${h}h${pad(m % 60)}m`
  return `${Math.floor(h / 24)}d${pad(h % 24)}h`
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB']

/** Binary units with three significant digits: `512B`, `1.50KiB`, `12.3MiB`, `256MiB`. */
export function formatBytes(n: number): string {
  let v = Math.max(0, n)
  let i = 0
  while (v >= 1024 && i < UNITS.length - 1) {
    v /= 1024
    i++
  }
  if (i === 0) return `${Math.round(v)}B`
  // 1023.9 rounds to "1024" at 0 decimals: still 4 characters, acceptable.
  return `${v.toFixed(v < 10 ? 2 : v < 100 ? 1 : 0)}${UNITS[i]}`
}

export function formatMemory(used: number | undefined, limit: number | undefined): string {
  if (used === undefined) return '-'
  return limit ? `${formatBytes(used)} / ${formatBytes(limit)}` : formatBytes(used)
}

export function formatPercent(p: number | undefined): string {
  return p === undefined ? '-' : `${p.toFixed(p >= 1000 ? 0 : p >= 100 ? 1 : 2)}%`
}

/* eslint-disable no-control-regex */
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g
/* eslint-enable no-control-regex */

/**
 * A log line as one safe terminal row: the container's own colours and cursor moves would
 * corrupt the dashboard's layout, a `\r` progress bar shows its last state, tabs become spaces.
 */
export function sanitizeLogText(text: string): string {
  let t = text.replace(/\r?\n$/, '')
  const cr = t.lastIndexOf('\r')
  if (cr !== -1 && cr < t.length - 1) t = t.slice(cr + 1)
  return t.replace(ANSI, '').replace(/\t/g, '    ').replace(CONTROL, '')
}

/** Cuts to `width` columns with an ellipsis (code units: log text is mostly ASCII). */
export function truncate(text: string, width: number): string {
  if (width <= 0) return ''
  if (text.length <= width) return text
  return width === 1 ? '…' : `${text.slice(0, width - 1)}…`
}
