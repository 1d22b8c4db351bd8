import type { Command } from '../command.js'
import { transferServiceImages } from '../service-images.js'

const command: Command = {
  name: 'push',
  summary: 'Push service images',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    quiet: { type: 'boolean', short: 'q', description: 'Push without printing progress information' },
    'ignore-push-failures': { type: 'boolean', description: 'Push what it can and ignores images with push failures' },
    'include-deps': { type: 'boolean', description: 'Also push images of services declared as dependencies' },
  },
  run(ctx) {
    const o = ctx.args.options
    return transferServiceImages(ctx, {
      title: 'Pushing',
      done: 'Pushed',
      failureCode: 'COMPOSE_PUSH_FAILED',
      ignoreFailures: Boolean(o['ignore-push-failures']),
      includeDeps: Boolean(o['include-deps']),
      quiet: Boolean(o.quiet),
      // As docker compose: only services that build their image push it (others pull theirs).
      wants: (_name, svc) => Boolean(svc.build && svc.image),
      async transfer(image, name, { runtime, emit }) {
        emit({ resource: name, status: 'Pushing', done: false })
        const { pushImage } = await import('@tsc-compose/runtime')
        await pushImage(runtime.images, image, { env: ctx.env })
      },
    })
  },
}
export default command
