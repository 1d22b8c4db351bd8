import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { loadComposeProject, openRuntimeFor } from '../compose-session.js'
import { checkServices } from '../service-target.js'
import { renderFormatted, tabulate } from '../render/table.js'
import { compareText } from '@tsc-compose/runtime'

interface Publisher {
  readonly URL: string
  readonly TargetPort: number
  readonly PublishedPort: number
  readonly Protocol: string
}

/**
 * Published ports of running containers, from the live endpoints (the host port an ephemeral
 * request got is only known there). The network module loads only when some container
 * asked for ports, so `ps` of a stack without any stays fast.
 */
async function publishersOf(rt: { networks(): Promise<{ list(): ReadonlyArray<{ endpoints: Readonly<Record<string, { active?: { ports: ReadonlyArray<{ protocol: string; containerPort: number; hostPort: number; hostIp: string }> } }>> }> }> }, ids: readonly string[]): Promise<Map<string, Publisher[]>> {
  const out = new Map<string, Publisher[]>()
  if (ids.length === 0) return out
  const wanted = new Set(ids)
  for (const n of (await rt.networks()).list()) {
    for (const [id, e] of Object.entries(n.endpoints)) {
      if (!wanted.has(id) || !e.active) continue
      const list = out.get(id) ?? []
      for (const p of e.active.ports) list.push({ URL: p.hostIp || '0.0.0.0', TargetPort: p.containerPort, PublishedPort: p.hostPort, Protocol: p.protocol })
      out.set(id, list)
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.TargetPort - b.TargetPort || compareText(a.Protocol, b.Protocol) || a.PublishedPort - b.PublishedPort)
  return out
}

/** docker's PORTS column: `0.0.0.0:8080->80/tcp, ...`. */
function formatPublishers(list: readonly Publisher[]): string {
  return list.map((p) => `${p.URL}:${p.PublishedPort}->${p.TargetPort}/${p.Protocol}`).join(', ')
}

const STATUSES = ['paused', 'restarting', 'removing', 'running', 'dead', 'created', 'exited']

function truncateCommand(cmd: string): string {
  const c = cmd.replace(/^"|"$/g, '')
  return `"${c.length > 20 ? `${c.slice(0, 20)}…` : c}"`
}

const command: Command = {
  name: 'ps',
  summary: 'List containers',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    all: { type: 'boolean', short: 'a', description: 'Show all stopped containers (including those created by the run command)' },
    quiet: { type: 'boolean', short: 'q', description: 'Only display IDs' },
    services: { type: 'boolean', description: 'Display services' },
    status: { type: 'string', multiple: true, description: 'Filter services by status. Values: [paused | restarting | removing | running | dead | created | exited]', valueName: 'STATUS' },
    filter: { type: 'string', description: 'Filter services by a property (supported filters: status)', valueName: 'FILTER' },
    format: { type: 'string', description: "Format output using a custom template: 'table', 'table TEMPLATE', 'json' or 'TEMPLATE' ({{.Name}}, {{.Service}}, {{.State}}...)", valueName: 'FORMAT', default: 'table' },
    'no-trunc': { type: 'boolean', description: "Don't truncate output" },
    orphans: { type: 'boolean', description: 'Include orphaned services (not declared by project)', default: true },
  },
  async run(ctx) {
    const o = ctx.args.options
    const statuses = [...((o.status as string[] | undefined) ?? [])]
    if (typeof o.filter === 'string') {
      const m = /^status=(.+)$/.exec(o.filter)
      if (!m) throw new UsageError(`invalid filter "${o.filter}": only status=STATUS is supported`)
      statuses.push(m[1]!)
    }
    for (const s of statuses) if (!STATUSES.includes(s)) throw new UsageError(`invalid status "${s}": expected one of ${STATUSES.join(', ')}`)
    const [project, rt, compose] = await Promise.all([loadComposeProject(ctx, [], { byName: true }), openRuntimeFor(ctx), import('@tsc-compose/compose')])
    const name = project.model.name
    const wanted = ctx.args.positionals
    checkServices(compose, project, wanted)
    let rows = rt.containers.list({ all: true, filters: [{ key: 'label', value: `com.docker.compose.project=${name}` }] })
    rows = rows.filter((r) => {
      const service = r.labels['com.docker.compose.service'] ?? ''
      if (wanted.length && !wanted.includes(service)) return false
      if (!o.all && r.labels['com.docker.compose.oneoff'] === 'True') return false
      if (!o.all && !statuses.length && r.State !== 'running' && r.State !== 'restarting' && r.State !== 'paused') return false
      if (statuses.length && !statuses.includes(r.State)) return false
      if (o.orphans === false && !(service in project.model.services)) return false
      return true
    }).sort((a, b) => compareText(a.Names, b.Names))
    if (o.services) {
      ctx.stdout.write([...new Set(rows.map((r) => r.labels['com.docker.compose.service']))].join('\n') + (rows.length ? '\n' : ''))
      return 0
    }
    if (o.quiet) {
      ctx.stdout.write(rows.map((r) => (o['no-trunc'] ? r.id : r.id)).join('\n') + (rows.length ? '\n' : ''))
      return 0
    }
    const publishers = await publishersOf(rt, rows.filter((r) => r.Ports !== '' && (r.State === 'running' || r.State === 'paused' || r.State === 'restarting')).map((r) => r.id))
    const json = rows.map((r) => ({
      Command: r.Command,
      CreatedAt: r.CreatedAt,
      ExitCode: r.exitCode,
      Health: r.health ?? '',
      ID: r.id,
      Image: r.Image,
      Labels: r.Labels,
      LocalVolumes: r.LocalVolumes,
      Mounts: r.Mounts,
      Name: r.Names,
      Names: r.Names,
      Networks: r.Networks,
      // Live bindings only: a stopped container or one on network_mode none/host publishes nothing.
      Ports: formatPublishers(publishers.get(r.id) ?? []),
      Project: name,
      Publishers: publishers.get(r.id) ?? [],
      RunningFor: r.RunningFor,
      Service: r.labels['com.docker.compose.service'] ?? '',
      Size: r.Size,
      State: r.State,
      Status: r.Status,
    }))
    if (o.format === 'json') {
      ctx.stdout.write(json.map((j) => JSON.stringify(j)).join('\n') + (json.length ? '\n' : ''))
      return 0
    }
    if (o.format !== 'table') {
      // docker compose's 'TEMPLATE' and 'table TEMPLATE' (scripts: --format '{{.Name}}'), over
      // the same fields as json.
      const format = String(o.format)
      if (!format.includes('{{')) throw new UsageError(`unsupported --format "${format}": expected table, json or a template like '{{.Name}}'`)
      ctx.stdout.write(renderFormatted(json, format, ''))
      return 0
    }
    const table = [['NAME', 'IMAGE', 'COMMAND', 'SERVICE', 'CREATED', 'STATUS', 'PORTS'], ...json.map((j) => [j.Name, j.Image, o['no-trunc'] ? j.Command : truncateCommand(j.Command), j.Service, j.RunningFor, j.Status, j.Ports].map(String))]
    ctx.stdout.write(tabulate(table))
    return 0
  },
}
export default command
