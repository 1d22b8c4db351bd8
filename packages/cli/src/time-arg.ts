import { parseDuration } from '@tsc-compose/runtime'

/** docker's --since/--until/until=: RFC 3339, unix seconds, or a duration ago (10m); as unix seconds. */
export function timeArg(v: string | undefined, now = Date.now()): number | undefined {
  if (v === undefined || v === '') return undefined
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v)
  const t = Date.parse(v)
  if (!Number.isNaN(t)) return t / 1000
  return (now - parseDuration(v)) / 1000
}

/**
 * The same bound for a log reader, which takes text: a timestamp goes on as written, so an
 * RFC 3339 time keeps its nanoseconds; a duration becomes the time it names.
 */
export function logTimeArg(v: string | undefined, now = Date.now()): string | undefined {
  if (v === undefined || v === '') return undefined
  if (/^\d+(\.\d+)?$/.test(v) || !Number.isNaN(Date.parse(v))) return v
  return new Date(now - parseDuration(v)).toISOString()
}
