import { humanDuration } from '../containers/status.js'
import { shortId } from './digest.js'
import type { HistoryItem, ImageSummary } from './inspect.js'

/**
 * How the docker CLI shows images: decimal sizes with 3 significant digits (go-units
 * HumanSizeWithPrecision), "2 weeks ago", tab-aligned tables with 3 spaces of padding.
 * Shared by the image commands; pure.
 */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB']
  let v = bytes
  let i = 0
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000
    i++
  }
  return `${Number(v.toPrecision(3))}${units[i]}`
}

export function since(unixSeconds: number, now = Date.now()): string {
  return `${humanDuration(now - unixSeconds * 1000)} ago`
}

/** Docker's `2024-05-01 12:00:00 +0000 UTC` timestamps. */
export function goTime(unixSeconds: number): string {
  return `${new Date(unixSeconds * 1000).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '')} +0000 UTC`
}

/** Left-aligned columns separated by at least 3 spaces (docker's tabwriter). */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [headers, ...rows]
  const widths = headers.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)))
  return all.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]! + 3))).join('').trimEnd()).join('\n') + '\n'
}

/** A `{{.Field}}` / `{{json .}}` subset of Go templates, enough for `--format`. */
export function renderTemplate(template: string, row: Record<string, unknown>): string {
  return template
    .replace(/\\t/g, '\t')
    .replace(/\\n/g, '\n')
    .replace(/\{\{\s*json\s+\.\s*\}\}/g, () => JSON.stringify(row))
    .replace(/\{\{\s*json\s+\.(\w+)\s*\}\}/g, (_, k: string) => JSON.stringify(row[k] ?? null))
    .replace(/\{\{\s*\.(\w+)\s*\}\}/g, (_, k: string) => {
      const v = row[k]
      return v === undefined || v === null ? '<no value>' : typeof v === 'object' ? JSON.stringify(v) : String(v)
    })
}

export interface ImageRow {
  Containers: string
  CreatedAt: string
  CreatedSince: string
  Digest: string
  ID: string
  Repository: string
  SharedSize: string
  Size: string
  Tag: string
  UniqueSize: string
  VirtualSize: string
}

/** One row per name (or one `<none>` row), as `docker image ls` lists them. */
export function imageRows(images: readonly ImageSummary[], opts: { noTrunc?: boolean; now?: number } = {}): ImageRow[] {
  const rows: ImageRow[] = []
  for (const img of images) {
    const base = {
      Containers: 'N/A',
      CreatedAt: goTime(img.Created),
      CreatedSince: since(img.Created, opts.now),
      Digest: '<none>',
      ID: opts.noTrunc ? img.Id : shortId(img.Id),
      SharedSize: 'N/A',
      Size: humanSize(img.Size),
      UniqueSize: 'N/A',
      VirtualSize: humanSize(img.Size),
    }
    // Keys in docker's (alphabetical) order, so `--format json` lines match byte for byte.
    const row = (Repository: string, Tag: string): ImageRow => ({
      Containers: base.Containers,
      CreatedAt: base.CreatedAt,
      CreatedSince: base.CreatedSince,
      Digest: base.Digest,
      ID: base.ID,
      Repository,
      SharedSize: base.SharedSize,
      Size: base.Size,
      Tag,
      UniqueSize: base.UniqueSize,
      VirtualSize: base.VirtualSize,
    })
    if (img.RepoTags.length === 0) {
      rows.push(row('<none>', '<none>'))
      continue
    }
    for (const t of img.RepoTags) {
      const i = t.lastIndexOf(':')
      rows.push(row(t.slice(0, i), t.slice(i + 1)))
    }
  }
  return rows
}

export interface HistoryRow {
  Comment: string
  CreatedAt: string
  CreatedBy: string
  CreatedSince: string
  ID: string
  Size: string
}

export function historyRows(items: readonly HistoryItem[], opts: { noTrunc?: boolean; human?: boolean; now?: number } = {}): HistoryRow[] {
  const human = opts.human ?? true
  return items.map((h) => ({
    Comment: h.Comment,
    CreatedAt: human ? goTime(h.Created) : new Date(h.Created * 1000).toISOString(),
    CreatedBy: !opts.noTrunc && h.CreatedBy.length > 45 ? `${h.CreatedBy.slice(0, 44)}…` : h.CreatedBy,
    CreatedSince: human ? since(h.Created, opts.now) : new Date(h.Created * 1000).toISOString(),
    ID: h.Id === '<missing>' || opts.noTrunc ? h.Id : shortId(h.Id),
    Size: human ? humanSize(h.Size) : String(h.Size),
  }))
}
