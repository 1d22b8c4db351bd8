import type { Command } from '../command.js'
import { renderFormatted, tabulate } from '../render/table.js'
import { openProjectContext } from '../service-target.js'

/** docker's volume fields as its formatter shows them ("N/A": what a local volume does not have). */
interface VolumeRow {
  readonly Availability: string
  readonly Driver: string
  readonly Group: string
  readonly Labels: string
  readonly Links: string
  readonly Mountpoint: string
  readonly Name: string
  readonly Scope: string
  readonly Size: string
  readonly Status: string
}

const command: Command = {
  name: 'volumes',
  summary: 'List volumes',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    format: { type: 'string', description: "Format output using a custom template: 'table' (default), 'json', or a Go-style template such as 'table {{.Name}}'", valueName: 'FORMAT', default: 'table' },
    quiet: { type: 'boolean', short: 'q', description: 'Only display volume names' },
  },
  async run(ctx) {
    const services = ctx.args.positionals
    const o = ctx.args.options
    const { project, rt, compose, containers } = await openProjectContext(ctx, services)
    const L = compose.composeLabels
    let volumes = rt.volumes.list().filter((v) => v.Labels[L.LABEL_PROJECT] === project.model.name)
    if (services.length > 0) {
      // As docker compose: the volumes the services' running containers mount.
      const used = new Set<string>()
      for (const c of containers) {
        if (c.state !== 'running' || !services.includes(c.service)) continue
        for (const m of rt.containers.get(c.id).Mounts) if (m.Name) used.add(m.Name)
      }
      volumes = volumes.filter((v) => used.has(v.Name))
    }
    if (o.quiet) {
      ctx.stdout.write(volumes.map((v) => `${v.Name}\n`).join(''))
      return 0
    }
    const rows: VolumeRow[] = volumes.map((v) => ({
      Availability: 'N/A',
      Driver: v.Driver,
      Group: 'N/A',
      Labels: Object.entries(v.Labels).map(([k, x]) => `${k}=${x}`).join(','),
      Links: 'N/A',
      Mountpoint: v.Mountpoint,
      Name: v.Name,
      Scope: v.Scope,
      Size: 'N/A',
      Status: 'N/A',
    }))
    const format = o.format as string | undefined
    if (format === undefined || format === '' || format === 'table') {
      ctx.stdout.write(tabulate([['DRIVER', 'VOLUME NAME'], ...rows.map((r) => [r.Driver, r.Name])]))
      return 0
    }
    ctx.stdout.write(renderFormatted(rows as unknown as Record<string, unknown>[], format, '{{.Driver}}\t{{.Name}}'))
    return 0
  },
}
export default command
