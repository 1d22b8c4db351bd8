import type { RuntimeEvent } from './event-log.js'

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
