import type { Command } from '../command.js'
import { VERSION } from '../version.js'

const command: Command = {
  name: 'version',
  summary: 'Show the tsc-compose version information',
  options: {
    format: { type: 'string', short: 'f', description: 'Format the output: pretty or json', valueName: 'FORMAT', default: 'pretty' },
    short: { type: 'boolean', description: 'Show only the version number' },
  },
  async run(ctx) {
    const { format, short } = ctx.args.options
    if (short) ctx.stdout.write(`${VERSION}\n`)
    else if (format === 'json') ctx.stdout.write(JSON.stringify({ version: VERSION }) + '\n')
    else ctx.stdout.write(`tsc-compose version ${VERSION}\n`)
    return 0
  },
}
export default command
