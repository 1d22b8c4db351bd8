import type { Command } from '../command.js'
import { progressFor } from '../compose-session.js'
import { forEachProjectContainer } from '../project-containers.js'

const command: Command = {
  name: 'start',
  summary: 'Start services',
  usage: '[SERVICE...]',
  options: {
    wait: { type: 'boolean', description: 'Wait for services to be running|healthy' },
  },
  run: (ctx) => forEachProjectContainer(ctx, {
    title: 'Running',
    direction: 'up',
    include: (c) => !c.oneoff && c.state !== 'running' && c.state !== 'restarting',
    verb: ['Starting', 'Started'],
    // docker compose's start refuses a name with nothing behind it, unlike stop or down
    byName: 'require-containers',
    act: (rt, c) => rt.containers.start(c.id),
    after: ctx.args.options.wait ? async ({ project, rt, compose, containers }) => {
      const services = ctx.args.positionals
      const ids = new Map<string, string[]>()
      for (const c of containers) {
        if (c.oneoff || (services.length && !services.includes(c.service))) continue
        ids.set(c.service, [...(ids.get(c.service) ?? []), c.id])
      }
      const progress = await progressFor(ctx, 'Waiting')
      try {
        await compose.waitForProject(project, new compose.RuntimeComposeHost(rt as never), ids, { services })
      } finally {
        progress.finish()
      }
    } : undefined,
  }),
}
export default command
