import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { stateRoot } from '../compose-session.js'

const command: Command = {
  name: 'logout',
  summary: 'Log out from a registry',
  usage: '[SERVER]',
  options: {},
  async run(ctx) {
    const [server, ...extra] = ctx.args.positionals
    if (extra.length > 0) throw new UsageError('"logout" accepts at most 1 argument', 'usage: tsc-compose logout [SERVER]')
    const { registryLogout } = await import('@tsc-compose/runtime')
    const { domain, removed } = registryLogout(stateRoot(ctx), server)
    ctx.stdout.write(removed ? `Removing login credentials for ${domain}\n` : `Not logged in to ${domain}\n`)
    return 0
  },
}
export default command
