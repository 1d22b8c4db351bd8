import { compareText } from '../util/compare.js'

/**
 * The state root's append-only event log (<root>/events.log): one JSON object per line,
 * written by the supervisors (start, die, oom, kill, health_status, restart; events.c) and by
 * the TS side (create, destroy, pause, unpause, rename, volume events) in the same shape:
 * {"time","timeNano","type","action","id","name","attributes"}. `toDockerEvent` gives docker's
 * /events JSON for `--format json`.
 *
 * The log is bounded: past a size the writer that notices moves it to events.log.1
 * (event-append.ts), readers read events.log.1 then events.log, and followers drain a rotated
 * file before moving on to the new one (event-reader.ts).
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

export { appendEvent, rotateEventLog, eventsMaxSize, rotatedPath, rotationLockPath, EVENTS_MAX_SIZE, EVENTS_MAX_SIZE_ENV } from './event-append.js'
export type { AppendOptions } from './event-append.js'
export { matchesEvent } from './event-filter.js'
export type { EventFilter } from './event-filter.js'
export { readEvents, followEvents, EventTail } from './event-reader.js'
export type { FollowOptions } from './event-reader.js'
