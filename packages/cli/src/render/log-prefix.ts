/** docker compose's prefix colours, in the order it hands them out. */
const COLORS = [36, 33, 32, 35, 34, 96, 93, 92, 95, 94]

export interface PrefixStyle {
  readonly noColor: boolean
  readonly noPrefix: boolean
  readonly timestamps: boolean
}

/** `web-1  | ` padded to the widest source, coloured per service. */
export class LogPrefixer {
  private readonly colorOf = new Map<string, number>()
  private width = 0

  constructor(private readonly style: PrefixStyle, sources: readonly string[] = []) {
    for (const s of sources) this.width = Math.max(this.width, s.length)
  }

  format(service: string, source: string, text: string, time?: string): string {
    const body = (this.style.timestamps && time ? `${time} ` : '') + (text.endsWith('\n') ? text : `${text}\n`)
    if (this.style.noPrefix) return body
    this.width = Math.max(this.width, source.length)
    if (!this.colorOf.has(service)) this.colorOf.set(service, COLORS[this.colorOf.size % COLORS.length]!)
    const prefix = `${source.padEnd(this.width)}  | `
    return this.style.noColor ? prefix + body : `\x1b[${this.colorOf.get(service)}m${prefix}\x1b[0m${body}`
  }
}
