import { appendFileSync, closeSync, openSync, readSync, fstatSync, watch, existsSync } from 'node:fs'
import type { FSWatcher } from 'node:fs'
import { compareText } from '../util/compare.js'

/**
 * The state root's append-only event log (<root>/events.log): one JSON object per line,
 * written by the supervisors (start, die, oom, kill, health_status, restart; events.c) and by
 * the TS side (create, destroy, pause, unpause, rename, volume events) in the same shape:
 * {"time","timeNano","type","action","id","name","attributes"}. `toDockerEvent` gives docker's
 * /events JSON for `--format json`.
 */
export interface RuntimeEvent {
  readonly time: number
  readonly timeNano: number
  readonly type: 'container' | 'image' | 'volume' | 'network'
  readonly action: string
  readonly id: string
  readonly name: string
  readonly attributes: Record<string, string>
}

export function makeEvent(type: RuntimeEvent['type'], action: string, id: string, name: string, attributes: Record<string, string>, now = Date.now()): RuntimeEvent {
  const timeNano = now * 1e6 + Number(process.hrtime.bigint() % 1_000_000n)
  return { time: Math.floor(now / 1000), timeNano, type, action, id, name, attributes: { ...attributes, name } }
}

/** docker's /events message. */
export function toDockerEvent(e: RuntimeEvent): Record<string, unknown> {
  return {
    ...(e.type === 'container' ? { status: e.action, id: e.id, from: e.attributes.image ?? '' } : {}),
    Type: e.type,
    Action: e.action,
    Actor: { ID: e.id, Attributes: e.attributes },
    scope: 'local',
    time: e.time,
    timeNano: e.timeNano,
  }
}

/** `docker events` default line: time type action id (k=v, ...). */
export function formatEventLine(e: RuntimeEvent): string {
  const ns = String(e.timeNano % 1e9).padStart(9, '0')
  const when = new Date(e.time * 1000).toISOString().replace(/\.\d+Z$/, `.${ns}Z`)
  const attrs = Object.entries(e.attributes).sort(([a], [b]) => compareText(a, b)).map(([k, v]) => `${k}=${v}`).join(', ')
  return `${when} ${e.type} ${e.action} ${e.id}${attrs ? ` (${attrs})` : ''}`
}

/** One write(2) with O_APPEND: concurrent writers never interleave inside a line. */
export function appendEvent(path: string, event: RuntimeEvent): void {
  try {
    appendFileSync(path, JSON.stringify(event) + '\n')
  } catch {
    // Events are best effort: a missing root must not fail the operation itself.
  }
}

export interface EventFilter {
  /** docker filter keys: container, image, event/action, type, label, volume, network. */
  readonly filters?: ReadonlyArray<{ key: string; value: string }>
  /** Seconds (fractional allowed). */
  readonly since?: number
  readonly until?: number
}

function nameOf(e: RuntimeEvent): string {
  return e.name || (e.attributes.name ?? '')
}

export function matchesEvent(e: RuntimeEvent, f: EventFilter): boolean {
  const t = e.timeNano / 1e9
  if (f.since !== undefined && t < f.since) return false
  if (f.until !== undefined && t > f.until) return false
  const groups = new Map<string, string[]>()
  for (const { key, value } of f.filters ?? []) groups.set(key, [...(groups.get(key) ?? []), value])
  for (const [key, values] of groups) {
    const ok = values.some((v) => {
      switch (key) {
        case 'container':
          return e.type === 'container' && (e.id.startsWith(v) || nameOf(e) === v)
        case 'volume':
          return e.type === 'volume' && (e.id === v || nameOf(e) === v)
        case 'network':
          return e.type === 'network' && (e.id.startsWith(v) || nameOf(e) === v)
        case 'image':
          return (e.attributes.image ?? '') === v
        case 'event':
        case 'action':
          return e.action === v || e.action.split(':')[0] === v
        case 'type':
          return e.type === v
        case 'label': {
          const eq = v.indexOf('=')
          return eq === -1 ? v in e.attributes : e.attributes[v.slice(0, eq)] === v.slice(eq + 1)
        }
        default:
          return false
      }
    })
    if (!ok) return false
  }
  return true
}

function parseLine(line: string): RuntimeEvent | undefined {
  if (!line) return undefined
  try {
    const e = JSON.parse(line) as RuntimeEvent
    return e && typeof e === 'object' && typeof e.action === 'string' ? e : undefined
  } catch {
    return undefined
  }
}

/** Reads complete lines from fd starting at `offset`; returns events and the next offset. */
function readFrom(fd: number, offset: number): { events: RuntimeEvent[]; next: number } {
  const size = fstatSync(fd).size
  if (size <= offset) return { events: [], next: offset }
  const buf = Buffer.alloc(size - offset)
  let got = 0
  while (got < buf.length) {
    const n = readSync(fd, buf, got, buf.length - got, offset + got)
    if (n <= 0) break
    got += n
  }
  const text = buf.subarray(0, got).toString('utf8')
  const lastNl = text.lastIndexOf('\n')
  if (lastNl === -1) return { events: [], next: offset }
  const events: RuntimeEvent[] = []
  for (const line of text.slice(0, lastNl).split('\n')) {
    const e = parseLine(line)
    if (e) events.push(e)
  }
  return { events, next: offset + Buffer.byteLength(text.slice(0, lastNl + 1)) }
}

export function readEvents(path: string, f: EventFilter = {}): RuntimeEvent[] {
  if (!existsSync(path)) return []
  const fd = openSync(path, 'r')
  try {
    return readFrom(fd, 0).events.filter((e) => matchesEvent(e, f))
  } finally {
    closeSync(fd)
  }
}

/**
 * Past events matching f (when `since` is set), then new ones as they are appended, until
 * `until` passes or the signal aborts. Polls with fs.watch plus a slow timer (fs.watch may
 * miss appends from other mount namespaces).
 */
export async function* followEvents(path: string, f: EventFilter, signal?: AbortSignal): AsyncGenerator<RuntimeEvent> {
  while (!existsSync(path)) {
    if (signal?.aborted) return
    appendFileSync(path, '')
  }
  const fd = openSync(path, 'r')
  let offset = f.since !== undefined ? 0 : fstatSync(fd).size
  let watcher: FSWatcher | undefined
  let wake: (() => void) | undefined
  try {
    watcher = watch(path, () => wake?.())
    for (;;) {
      const { events, next } = readFrom(fd, offset)
      offset = next
      for (const e of events) if (matchesEvent(e, f)) yield e
      if (signal?.aborted) return
      if (f.until !== undefined && Date.now() / 1000 > f.until) return
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 500)
        wake = () => {
          clearTimeout(timer)
          resolve()
        }
        signal?.addEventListener('abort', () => wake?.(), { once: true })
      })
      wake = undefined
    }
  } finally {
    watcher?.close()
    closeSync(fd)
  }
}
