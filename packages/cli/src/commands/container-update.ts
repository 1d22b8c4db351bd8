import { parseBytes, parseCpus, parseMemorySwap, parseRestartPolicy, type UpdateOptions } from '@tsc-compose/runtime'
import type { Command, CommandContext } from '../command.js'
import { forEachReference } from '../each-reference.js'
import { as125, runtimeOf } from './container-create.js'

/** The flags to the runtime's UpdateOptions; bad values are docker's flag errors (125). */
function updateOptions(ctx: CommandContext): UpdateOptions {
  const o = ctx.args.options
  const str = (k: string): string | undefined => (o[k] === undefined ? undefined : String(o[k]))
  try {
    return {
      memory: str('memory') !== undefined ? parseBytes(str('memory')!) : undefined,
      memorySwap: str('memory-swap') !== undefined ? parseMemorySwap(str('memory-swap')!) : undefined,
      memoryReservation: str('memory-reservation') !== undefined ? parseBytes(str('memory-reservation')!) : undefined,
      nanoCpus: str('cpus') !== undefined ? parseCpus(str('cpus')!) : undefined,
      cpuShares: o['cpu-shares'] as number | undefined,
      pidsLimit: o['pids-limit'] as number | undefined,
      restart: str('restart') !== undefined ? parseRestartPolicy(str('restart')!) : undefined,
    }
  } catch (err) {
    throw as125(err)
  }
}

const command: Command = {
  name: 'container update',
  summary: 'Update configuration of one or more containers',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  options: {
    cpus: { type: 'string', description: 'Number of CPUs', valueName: 'DECIMAL' },
    'cpu-shares': { type: 'number', short: 'c', description: 'CPU shares (relative weight)', valueName: 'INT' },
    memory: { type: 'string', short: 'm', description: 'Memory limit', valueName: 'BYTES' },
    'memory-reservation': { type: 'string', description: 'Memory soft limit', valueName: 'BYTES' },
    'memory-swap': { type: 'string', description: "Swap limit equal to memory plus swap: -1 to enable unlimited swap", valueName: 'BYTES' },
    'pids-limit': { type: 'number', description: 'Tune container pids limit (set -1 for unlimited)', valueName: 'INT' },
    restart: { type: 'string', description: 'Restart policy to apply when a container exits', valueName: 'STRING' },
  },
  async run(ctx) {
    const u = updateOptions(ctx)
    if (ctx.args.positionals.length > 0 && Object.values(u).every((v) => v === undefined)) {
      throw Object.assign(new Error('you must provide one or more flags when using this command'), { code: 'CLI_UPDATE_NOTHING', exitCode: 1 })
    }
    const rt = runtimeOf(ctx)
    return forEachReference(ctx, 'container update', async (ref) => {
      const { warnings } = await rt.containers.update(ref, u)
      for (const w of warnings) ctx.stderr.write(`WARNING: ${w}\n`)
    })
  },
}
export default command
