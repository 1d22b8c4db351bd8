import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { runtimeOf } from './container-create.js'

function kv(values: unknown, what: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const v of (values as string[] | undefined) ?? []) {
    const eq = v.indexOf('=')
    if (eq <= 0 && what === 'option') throw new UsageError(`invalid ${what} "${v}": expected key=value`)
    out[eq === -1 ? v : v.slice(0, eq)] = eq === -1 ? '' : v.slice(eq + 1)
  }
  return out
}

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
    const v = await runtimeOf(ctx).volumes.create(name, { driver: o.driver as string, driverOpts: kv(o.opt, 'option'), labels: kv(o.label, 'label') })
    ctx.stdout.write(`${v.Name}\n`)
    return 0
  },
}
export default command
