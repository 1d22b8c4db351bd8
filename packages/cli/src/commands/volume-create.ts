import type { Command } from '../command.js'
import { keyValueOption } from '../args.js'
import { runtimeOf } from './container-create.js'

const command: Command = {
  name: 'volume create',
  summary: 'Create a volume',
  usage: '[OPTIONS] [VOLUME]',
  options: {
    driver: { type: 'string', short: 'd', description: 'Specify volume driver name', valueName: 'NAME', default: 'local' },
    label: { type: 'string', multiple: true, description: 'Set metadata for a volume', valueName: 'K=V' },
    opt: { type: 'string', short: 'o', multiple: true, description: 'Set driver specific options', valueName: 'K=V' },
    name: { type: 'string', description: 'Specify volume name', valueName: 'NAME', hidden: true },
  },
  async run(ctx) {
    const o = ctx.args.options
    const name = ctx.args.positionals[0] ?? (o.name as string | undefined)
    const v = await runtimeOf(ctx).volumes.create(name, { driver: o.driver as string, driverOpts: keyValueOption(o.opt, 'opt', { requireValue: true }), labels: keyValueOption(o.label, 'label') })
    ctx.stdout.write(`${v.Name}\n`)
    return 0
  },
}
export default command
