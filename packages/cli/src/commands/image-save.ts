import type { Command } from '../command.js'
import { openRuntimeFor } from '../compose-session.js'
import { UsageError } from '../args.js'

const command: Command = {
  name: 'image save',
  summary: 'Save one or more images to a tar archive (streamed to STDOUT by default)',
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  options: {
    output: { type: 'string', short: 'o', description: 'Write to a file, instead of STDOUT', valueName: 'FILE' },
    format: { type: 'string', description: 'Archive format: docker (OCI layout + manifest.json, the default) or oci', valueName: 'FORMAT' },
  },
  async run(ctx) {
    const refs = ctx.args.positionals
    if (refs.length === 0) throw new UsageError('"image save" requires at least 1 argument', 'usage: tsc-compose image save [OPTIONS] IMAGE [IMAGE...]')
    const format = (ctx.args.options.format as string | undefined) ?? 'docker'
    if (format !== 'docker' && format !== 'oci') throw new UsageError(`invalid --format "${format}": want docker or oci`)
    const output = ctx.args.options.output as string | undefined
    if (output === undefined && ctx.stdout.isTTY) {
      throw new UsageError('cowardly refusing to save to a terminal. Use the -o flag or redirect')
    }
    const { images } = await openRuntimeFor(ctx)
    await images.save(refs, output ?? ctx.stdout, { format })
    return 0
  },
}
export default command
