import type { Command } from '../command.js'
import { loadComposeProject, openRuntimeFor } from '../compose-session.js'
import { interruptible } from '../interrupt.js'
import { checkServices } from '../service-target.js'
import { timeArg } from '../time-arg.js'

const command: Command = {
  name: 'events',
  summary: 'Receive real time events from containers',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    json: { type: 'boolean', description: 'Output events as a stream of json objects' },
    since: { type: 'string', description: 'Show all events created since timestamp', valueName: 'TIME' },
    until: { type: 'string', description: 'Stream events until this timestamp', valueName: 'TIME' },
  },
  async run(ctx) {
    const o = ctx.args.options
    const since = timeArg(o.since as string | undefined)
    const until = timeArg(o.until as string | undefined)
    const [project, rt, compose] = await Promise.all([loadComposeProject(ctx, [], { byName: true }), openRuntimeFor(ctx), import('@tsc-compose/compose')])
    const services = new Set(ctx.args.positionals)
    checkServices(compose, project, [...services])
    const name = project.model.name
    const filters = [{ key: 'type', value: 'container' }, { key: 'label', value: `${compose.composeLabels.LABEL_PROJECT}=${name}` }]
    const print = (e: Parameters<typeof compose.toComposeEvent>[0]): void => {
      const ev = compose.toComposeEvent(e, name, services)
      if (!ev) return
      ctx.stdout.write((o.json ? JSON.stringify(compose.composeEventJson(ev)) : compose.formatComposeEvent(ev)) + '\n')
    }
    if (until !== undefined && until <= Date.now() / 1000) {
      for (const e of rt.events.read({ filters, since, until })) print(e)
      return 0
    }
    const interrupt = interruptible(['SIGINT', 'SIGTERM'])
    try {
      for await (const e of rt.events.follow({ filters, since, until }, interrupt.signal)) print(e)
    } finally {
      interrupt.dispose()
    }
    // docker compose exits 130 when the stream is cancelled by a signal.
    return interrupt.signal.aborted ? 130 : 0
  },
}
export default command
