import type { Command } from '../command.js'
import { openRuntimeFor } from '../compose-session.js'
import { UsageError } from '../args.js'

const command: Command = {
  name: 'image tag',
  summary: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  usage: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  options: {},
  async run(ctx) {
    const [source, target, ...extra] = ctx.args.positionals
    if (!source || !target || extra.length > 0) throw new UsageError('"image tag" requires exactly 2 arguments', 'usage: tsc-compose image tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]')
    const { images } = await openRuntimeFor(ctx)
    await images.tag(source, target)
    return 0
  },
}
export default command
