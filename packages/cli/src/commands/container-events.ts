import { formatEventLine, toDockerEvent, type RuntimeEvent } from '@tsc-compose/runtime'
import type { Command, CommandContext } from '../command.js'
import { interruptible } from '../interrupt.js'
import { runtimeOf } from './container-create.js'
import { parseFilters } from '../filters.js'
import { renderFormatted } from '../render/table.js'
import { timeArg } from '../time-arg.js'

export const eventsOptions = {
  filter: { type: 'string', short: 'f', multiple: true, description: 'Filter output based on conditions provided', valueName: 'FILTER' },
  format: { type: 'string', description: "Format output: 'json' or a template", valueName: 'FORMAT' },
  since: { type: 'string', description: 'Show all events created since timestamp', valueName: 'TIME' },
  until: { type: 'string', description: 'Stream events until this timestamp', valueName: 'TIME' },
} as const

/** `events`: past events from --since, then new ones until --until or Ctrl-C. */
export async function streamEvents(ctx: CommandContext, extraFilters: Array<{ key: string; value: string }> = []): Promise<number> {
  const o = ctx.args.options
  const since = timeArg(o.since as string | undefined)
  const until = timeArg(o.until as string | undefined)
  const filters = [...extraFilters, ...parseFilters(o.filter)]
  const interrupt = interruptible(['SIGINT', 'SIGTERM'])
  const print = (e: RuntimeEvent): void => {
    const format = o.format as string | undefined
    if (!format) ctx.stdout.write(formatEventLine(e) + '\n')
    else ctx.stdout.write(renderFormatted([toDockerEvent(e)], format, ''))
  }
  try {
    const rt = runtimeOf(ctx)
    // With --until in the past, docker prints the range and exits.
    if (until !== undefined && until <= Date.now() / 1000) {
      for (const e of rt.events.read({ filters, since, until })) print(e)
      return 0
    }
    for await (const e of rt.events.follow({ filters, since, until }, interrupt.signal)) print(e)
  } finally {
    interrupt.dispose()
  }
  return 0
}

const command: Command = {
  name: 'container events',
  summary: 'Get real time events from the runtime',
  usage: '[OPTIONS]',
  options: eventsOptions,
  run: (ctx) => streamEvents(ctx),
}
export default command
