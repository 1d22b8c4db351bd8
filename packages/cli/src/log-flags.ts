import type { OptionsTable, OptionValue } from './command.js'
import { UsageError } from './args.js'

/** The flags `container logs` and compose's `logs` share (docker's logs options). */
export const logFlags = {
  follow: { type: 'boolean', short: 'f', description: 'Follow log output' },
  tail: { type: 'string', short: 'n', description: 'Number of lines to show from the end of the logs ("all")', valueName: 'N', default: 'all' },
  timestamps: { type: 'boolean', short: 't', description: 'Show timestamps' },
  since: { type: 'string', description: 'Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)', valueName: 'TIME' },
  until: { type: 'string', description: 'Show logs before a timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)', valueName: 'TIME' },
} satisfies OptionsTable

/** `--tail`: a line count, or undefined for all of it ("all", or a negative count as docker takes -1). */
export function tailOption(v: OptionValue): number | undefined {
  if (v === undefined || v === 'all') return undefined
  const n = Number(v)
  if (String(v).trim() === '' || !Number.isInteger(n)) throw new UsageError(`invalid --tail value "${String(v)}": expected a number or "all"`)
  return n >= 0 ? n : undefined
}
