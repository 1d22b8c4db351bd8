import { LABEL_ONEOFF, LABEL_PROJECT, LABEL_SERVICE } from '../plan/labels.js'
import { compareText } from '@tsc-compose/runtime'

/** The runtime's event record, structurally (see runtime/src/events/event-log.ts). */
export interface RuntimeEventLike {
  readonly time: number
  readonly timeNano: number
  readonly type: string
  readonly action: string
  readonly id: string
  readonly name: string
  readonly attributes: Readonly<Record<string, string>>
}

/** One `docker compose events` event: a container of the project, compose labels left out. */
export interface ComposeEvent {
  readonly timeNano: number
  readonly service: string
  readonly container: string
  readonly action: string
  readonly attributes: Readonly<Record<string, string>>
}

/**
 * Filters and reshapes a runtime event the way docker compose's Events does: container events
 * of this project only, one-off containers ignored, optional service filter, and the
 * `com.docker.compose.*` labels removed from the attributes.
 */
export function toComposeEvent(e: RuntimeEventLike, project: string, services?: ReadonlySet<string>): ComposeEvent | undefined {
  if (e.type !== 'container') return undefined
  if (e.attributes[LABEL_PROJECT] !== project) return undefined
  if (e.attributes[LABEL_ONEOFF] === 'True') return undefined
  const service = e.attributes[LABEL_SERVICE] ?? ''
  if (services?.size && !services.has(service)) return undefined
  const attributes: Record<string, string> = {}
  for (const [k, v] of Object.entries(e.attributes)) if (!k.startsWith('com.docker.compose.')) attributes[k] = v
  return { timeNano: e.timeNano, service, container: e.id, action: e.action, attributes }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/** Go's `2006-01-02 15:04:05.000000` in local time, as docker compose prints event times. */
export function formatEventTime(timeNano: number): string {
  const ms = Math.floor(timeNano / 1e6)
  const d = new Date(ms)
  const micro = Math.floor((timeNano % 1e9) / 1e3)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)} ${pad(d.getHours(), 2)}:${pad(d.getMinutes(), 2)}:${pad(d.getSeconds(), 2)}.${pad(micro, 6)}`
}

/** Go's RFC 3339 with nanoseconds and the local offset, as encoding/json writes time.Time. */
export function formatEventTimeJson(timeNano: number): string {
  const ms = Math.floor(timeNano / 1e6)
  const d = new Date(ms)
  const nanos = String(Math.floor(timeNano % 1e9)).padStart(9, '0').replace(/0+$/, '')
  const off = -d.getTimezoneOffset()
  const zone = off === 0 ? 'Z' : `${off > 0 ? '+' : '-'}${pad(Math.floor(Math.abs(off) / 60), 2)}:${pad(Math.abs(off) % 60, 2)}`
  return `${d.getFullYear()}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}T${pad(d.getHours(), 2)}:${pad(d.getMinutes(), 2)}:${pad(d.getSeconds(), 2)}${nanos ? `.${nanos}` : ''}${zone}`
}

/** The text line: `<time> container <action> <id> (k=v, ...)`. */
export function formatComposeEvent(e: ComposeEvent): string {
  const attrs = Object.entries(e.attributes).sort(([a], [b]) => compareText(a, b)).map(([k, v]) => `${k}=${v}`).join(', ')
  return `${formatEventTime(e.timeNano)} container ${e.action} ${e.container} (${attrs})`
}

/** The `--json` object, keys in docker compose's order. */
export function composeEventJson(e: ComposeEvent): Record<string, unknown> {
  return { time: formatEventTimeJson(e.timeNano), type: 'container', service: e.service, id: e.container, action: e.action, attributes: e.attributes }
}
