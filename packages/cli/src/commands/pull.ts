import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { transferServiceImages } from '../service-images.js'

const command: Command = {
  name: 'pull',
  summary: 'Pull service images',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    quiet: { type: 'boolean', short: 'q', description: 'Pull without printing progress information' },
    'ignore-pull-failures': { type: 'boolean', description: 'Pull what it can and ignores images with pull failures' },
    'include-deps': { type: 'boolean', description: 'Also pull services declared as dependencies' },
    'ignore-buildable': { type: 'boolean', description: 'Ignore images that can be built' },
    policy: { type: 'string', description: 'Apply pull policy ("missing"|"always")', valueName: 'POLICY' },
  },
  run(ctx) {
    const o = ctx.args.options
    const policyFlag = o.policy as string | undefined
    if (policyFlag !== undefined && policyFlag !== 'missing' && policyFlag !== 'always') throw new UsageError(`invalid --policy "${policyFlag}": want missing or always`)
    return transferServiceImages(ctx, {
      title: 'Pulling',
      done: 'Pulled',
      failureCode: 'COMPOSE_PULL_FAILED',
      ignoreFailures: Boolean(o['ignore-pull-failures']),
      includeDeps: Boolean(o['include-deps']),
      quiet: Boolean(o.quiet),
      wants(name, svc, { runtime, compose, emit }) {
        if (!svc.image) {
          emit({ resource: name, status: 'Skipped', detail: '- No image to be pulled', done: true })
          return false
        }
        const policy = policyFlag ?? compose.servicePullPolicy(svc)
        if (policy === 'never' || policy === 'build') {
          emit({ resource: name, status: 'Skipped', done: true })
          return false
        }
        // An explicit `missing` skips a present image; no policy means "pull" for this command.
        if (svc.pull_policy !== undefined && policy === 'missing' && present(runtime.images, svc.image)) {
          emit({ resource: name, status: 'Skipped', detail: '- Image is already present locally', done: true })
          return false
        }
        if (svc.build && o['ignore-buildable']) {
          emit({ resource: name, status: 'Skipped', detail: '- Image can be built', done: true })
          return false
        }
        return true
      },
      async transfer(image, name, { runtime, emit }) {
        const { pullImage } = await import('@tsc-compose/runtime')
        let started = false
        await pullImage(runtime.images, image, {
          env: ctx.env,
          onProgress: () => {
            if (!started) emit({ resource: name, status: 'Pulling', done: false })
            started = true
          },
        })
      },
    })
  },
}

function present(images: { find(ref: string): unknown }, ref: string): boolean {
  try {
    images.find(ref)
    return true
  } catch {
    return false
  }
}
export default command
