import type { Command } from '../command.js'
import { openComposeSession } from '../compose-session.js'
import { interruptible } from '../interrupt.js'
import { checkServices } from '../service-target.js'
import { parseBuildArgs } from './image-build.js'

const command: Command = {
  name: 'build',
  summary: 'Build or rebuild services',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    'no-cache': { type: 'boolean', description: 'Do not use cache when building the image' },
    pull: { type: 'boolean', description: 'Always attempt to pull a newer version of the image' },
    quiet: { type: 'boolean', short: 'q', description: "Don't print anything to STDOUT" },
    'build-arg': { type: 'string', multiple: true, description: 'Set build-time variables for services', valueName: 'KEY=VALUE' },
  },
  async run(ctx) {
    const o = ctx.args.options
    const services = ctx.args.positionals
    const { session, project, compose } = await openComposeSession(ctx, { services })
    checkServices(compose, project, services)
    const host = session.host
    const names = services.length > 0 ? services : Object.keys(project.model.services).sort()
    const quiet = Boolean(o.quiet)
    const buildArgs = parseBuildArgs(o['build-arg'] as string[] | undefined, ctx.env)
    // Services sharing one image name build it once, as docker compose does.
    const built = new Set<string>()
    const interrupt = interruptible()
    try {
      for (const name of names) {
        const service = project.model.services[name]
        if (!service?.build) continue
        const image = compose.serviceImage(project.model.name, name, service)
        if (built.has(image)) continue
        built.add(image)
        if (ctx.global.dryRun) {
          ctx.stderr.write(`DRY-RUN MODE - build service ${name} into ${image}\n`)
          continue
        }
        if (!host.buildImage) throw new Error('this runtime cannot build images')
        if (!quiet) ctx.stderr.write(`Building ${name} (${image})\n`)
        await host.buildImage({
          service: name,
          image,
          build: service.build,
          noCache: Boolean(o['no-cache']),
          pull: Boolean(o.pull),
          buildArgs,
          signal: interrupt.signal,
          ...(quiet ? {} : { output: ctx.stderr }),
        })
        if (!quiet) ctx.stderr.write(` Service ${name}  Built\n`)
      }
    } finally {
      interrupt.dispose()
    }
    return 0
  },
}
export default command
