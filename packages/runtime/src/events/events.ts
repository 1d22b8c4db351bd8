import type { StatePaths } from '../state/paths.js'
import { appendEvent, followEvents, makeEvent, readEvents, type EventFilter, type RuntimeEvent } from './event-log.js'

/** `runtime.events`: the state root's event log. */
export class EventLog {
  constructor(private readonly paths: StatePaths) {}

  get path(): string {
    return this.paths.events
  }

  emit(type: RuntimeEvent['type'], action: string, id: string, name: string, attributes: Record<string, string> = {}): void {
    appendEvent(this.paths.events, makeEvent(type, action, id, name, attributes))
  }

  read(f: EventFilter = {}): RuntimeEvent[] {
    return readEvents(this.paths.events, f)
  }

  follow(f: EventFilter = {}, signal?: AbortSignal): AsyncGenerator<RuntimeEvent> {
    return followEvents(this.paths.events, f, signal)
  }
}
