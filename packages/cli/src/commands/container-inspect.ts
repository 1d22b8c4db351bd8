import type { Command } from '../command.js'
import { inspectEach } from '../each-reference.js'
import { runtimeOf } from './container-create.js'
import { renderFormatted } from '../render/table.js'

const command: Command = {
  name: 'container inspect',
  summary: 'Display detailed information on one or more containers',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  options: {
    format: { type: 'string', short: 'f', description: 'Format output using a custom template ({{.Field}}, {{json .Field}})', valueName: 'FORMAT' },
    size: { type: 'boolean', short: 's', description: 'Display total file sizes' },
  },
  async run(ctx) {
    const rt = runtimeOf(ctx)
    const { found: out, status } = await inspectEach<unknown>(ctx, 'container inspect', (ref) => withLiveNetwork(rt, rt.containers.inspect(ref)))
    const format = ctx.args.options.format as string | undefined
    if (format) ctx.stdout.write(renderFormatted(out.map((o) => flattenForTemplate(o as Record<string, unknown>)), format, ''))
    else ctx.stdout.write(JSON.stringify(out, null, 4) + '\n')
    return status
  },
}

/**
 * The record only knows what was asked for; addresses, MACs and the host ports an endpoint
 * got exist while it runs, in the network state: a running container on bridge networks
 * shows those, as docker inspect does.
 */
async function withLiveNetwork(rt: ReturnType<typeof runtimeOf>, i: ReturnType<ReturnType<typeof runtimeOf>['containers']['inspect']>) {
  const mode = String((i.HostConfig as { NetworkMode?: string }).NetworkMode ?? '')
  if (!i.State.Running || mode === 'none' || mode === 'host' || mode.startsWith('container:')) return i
  const live = (await rt.networks()).networkSettings(i.Id)
  return { ...i, NetworkSettings: { ...i.NetworkSettings, Bridge: '', SandboxID: '', ...live } }
}

/** `{{.State.Status}}` → key "State.Status": templates address nested fields by dotted path. */
function flattenForTemplate(o: Record<string, unknown>): Record<string, unknown> {
  const flat: Record<string, unknown> = {}
  const walk = (v: unknown, prefix: string): void => {
    if (prefix) flat[prefix] = v
    if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, c] of Object.entries(v)) walk(c, prefix ? `${prefix}.${k}` : k)
  }
  walk(o, '')
  return flat
}
export default command
