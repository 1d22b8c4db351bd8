/**
 * The log pane's memory: the last N lines of every log source (`web-1`, `db-1`, …), so
 * switching the pane between one service and all of them is instant and a quiet service's
 * lines are not pushed out by a chatty one.
 */
import { sanitizeLogText } from './format.js'

export interface IncomingLine {
  readonly service: string
  /** `web-1`: the prefix docker compose prints. */
  readonly source: string
  readonly stream: 'stdout' | 'stderr'
  /** RFC 3339 with up to nanoseconds, from the container's log. */
  readonly time: string
  readonly text: string
}

export interface BufferedLine extends IncomingLine {
  /** Arrival order, the tie-break between lines of one timestamp. */
  readonly seq: number
  readonly ns: bigint
}

/** Nanoseconds since the epoch of an RFC 3339 time (0 when unparseable: sorts first). */
export function rfc3339ToNs(time: string): bigint {
  const m = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(time)
  const ms = Date.parse(m ? `${m[1]}${m[3]}` : time)
  if (Number.isNaN(ms)) return 0n
  return BigInt(ms) * 1_000_000n + (m?.[2] ? BigInt(m[2].padEnd(9, '0')) : 0n)
}

export interface LogFilter {
  /** Only this service's sources; all of them when absent. */
  readonly service?: string
}

export class LogBuffer {
  private readonly bySource = new Map<string, BufferedLine[]>()
  private seq = 0

  constructor(readonly perSource: number) {}

  push(line: IncomingLine): void {
    let lines = this.bySource.get(line.source)
    if (!lines) this.bySource.set(line.source, (lines = []))
    lines.push({ ...line, text: sanitizeLogText(line.text), seq: this.seq++, ns: rfc3339ToNs(line.time) })
    // Trim in batches: shift() per line would be quadratic on a chatty service.
    if (lines.length > this.perSource * 1.25) lines.splice(0, lines.length - this.perSource)
  }

  /** A note from the dashboard itself (a follow error), shown among the logs. */
  note(text: string, now = new Date()): void {
    this.push({ service: '', source: '(dashboard)', stream: 'stderr', time: now.toISOString(), text })
  }

  /** The last `n` lines matching the filter, oldest first, interleaved by time. */
  tail(n: number, filter: LogFilter = {}): BufferedLine[] {
    if (n <= 0) return []
    const picked: BufferedLine[] = []
    for (const lines of this.bySource.values()) {
      const matching = filter.service === undefined ? lines : lines.filter((l) => l.service === filter.service || l.service === '')
      picked.push(...matching.slice(-Math.min(n, this.perSource)))
    }
    picked.sort((a, b) => (a.ns < b.ns ? -1 : a.ns > b.ns ? 1 : a.seq - b.seq))
    return picked.slice(-n)
  }

  /** Widest source name, so prefixes line up as `docker compose logs` aligns them. */
  sourceWidth(filter: LogFilter = {}): number {
    let w = 0
    for (const [source, lines] of this.bySource) {
      if (filter.service === undefined || lines.some((l) => l.service === filter.service)) w = Math.max(w, source.length)
    }
    return w
  }

  get lineCount(): number {
    let n = 0
    for (const lines of this.bySource.values()) n += lines.length
    return n
  }
}
