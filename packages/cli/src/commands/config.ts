import { writeFile } from 'node:fs/promises'
import type { Command, CommandContext } from '../command.js'
import { UsageError } from '../args.js'
import { projectLoadOptions } from '../compose-session.js'
import { tabulate } from '../render/table.js'
import {
  configHash, extractVariables, loadProject, noSuchService, loadYamlLibrary, modelToJson, modelToYaml, withoutUnusedResources,
  type LoadProjectOptions, type Project, type Service,
} from '@tsc-compose/compose'

const sorted = (xs: Iterable<string>): string[] => [...xs].sort()

function loadOptions(ctx: CommandContext, extra: Partial<LoadProjectOptions>): LoadProjectOptions {
  const o = ctx.args.options
  return {
    ...projectLoadOptions(ctx, ctx.args.positionals),
    interpolate: !o['no-interpolate'],
    normalize: !o['no-normalize'],
    consistency: !o['no-consistency'],
    ...extra,
  }
}

/** `config SERVICE...` prints those services and what they depend on. */
function selectServices(project: Project, names: readonly string[]): Project {
  if (names.length === 0) return project
  const all = project.model.services
  const keep = new Set<string>()
  const add = (n: string): void => {
    if (keep.has(n)) return
    if (!all[n]) throw noSuchService(n)
    keep.add(n)
    for (const d of Object.keys(all[n]!.depends_on ?? {})) if (all[d]) add(d)
  }
  names.forEach(add)
  const services = Object.fromEntries(Object.entries(all).filter(([n]) => keep.has(n)))
  // docker compose drops the resources the selected services do not use.
  return { ...project, model: withoutUnusedResources({ ...project.model, services }) }
}

function variablesTable(model: unknown): string {
  const vars = [...extractVariables(model).values()].sort((a, b) => (a.name < b.name ? -1 : 1))
  return tabulate([['NAME', 'REQUIRED', 'DEFAULT VALUE', 'ALTERNATE VALUE'], ...vars.map((v) => [v.name, String(v.required), v.defaultValue, v.presenceValue])])
}

function lines(xs: Iterable<string>): string {
  const l = [...xs]
  return l.length ? l.join('\n') + '\n' : ''
}

const command: Command = {
  name: 'config',
  summary: 'Parse, resolve and render compose file in canonical format',
  usage: '[OPTIONS] [SERVICE...]',
  options: {
    format: { type: 'string', description: 'Format the output. Values: [yaml | json]', valueName: 'string', default: 'yaml' },
    quiet: { type: 'boolean', short: 'q', description: "Only validate the configuration, don't print anything" },
    services: { type: 'boolean', description: 'Print the service names, one per line' },
    volumes: { type: 'boolean', description: 'Print the volume names, one per line' },
    networks: { type: 'boolean', description: 'Print the network names, one per line' },
    profiles: { type: 'boolean', description: 'Print the profile names, one per line' },
    images: { type: 'boolean', description: 'Print the image names, one per line' },
    variables: { type: 'boolean', description: 'Print model variables and default values' },
    environment: { type: 'boolean', description: 'Print environment used for interpolation' },
    hash: { type: 'string', description: 'Print the service config hash, one per line ("*" for all, or a comma-separated list)', valueName: 'SERVICE' },
    output: { type: 'string', short: 'o', description: 'Save to file (default to stdout)', valueName: 'FILE' },
    'no-interpolate': { type: 'boolean', description: "Don't interpolate environment variables" },
    'no-normalize': { type: 'boolean', description: "Don't normalize compose model" },
    'no-consistency': { type: 'boolean', description: "Don't check model consistency - warning: may produce invalid Compose output" },
    'no-path-resolution': { type: 'boolean', description: "Don't resolve file paths (not supported: paths are always resolved)", hidden: true },
    'resolve-image-digests': { type: 'boolean', description: 'Pin image tags to digests (not supported)' },
  },
  async run(ctx) {
    const o = ctx.args.options
    if (o['resolve-image-digests']) {
      throw new UsageError('--resolve-image-digests is not supported: tsc-compose does not query registries while rendering config')
    }
    if (o['no-path-resolution']) throw new UsageError('--no-path-resolution is not supported: paths are always resolved')
    const format = String(o.format ?? 'yaml')
    if (format !== 'yaml' && format !== 'json') throw new UsageError(`unsupported format "${format}": expected yaml or json`)

    let out: string
    if (o.variables) {
      const raw = await loadProject(loadOptions(ctx, { interpolate: false, services: [] }))
      out = format === 'json' ? JSON.stringify(Object.fromEntries(extractVariables(raw.model)), null, 2) + '\n' : variablesTable(raw.model)
    } else {
      const project = await loadProject(loadOptions(ctx, {}))
      const model = project.model
      if (o.services) out = lines(sorted(Object.keys(model.services)))
      else if (o.volumes) out = lines(sorted(Object.keys(model.volumes ?? {})))
      else if (o.networks) out = lines(sorted(Object.keys(model.networks ?? {})))
      else if (o.profiles) {
        const all = [...Object.values(model.services), ...Object.values(project.disabledServices)] as Service[]
        out = lines(sorted(new Set(all.flatMap((s) => [...(s.profiles ?? [])]))))
      } else if (o.images) {
        out = lines(sorted(Object.entries(model.services).map(([n, s]) => s.image ?? `${model.name}-${n}`)))
      } else if (o.environment) {
        out = lines(sorted(Object.entries(project.environment).map(([k, v]) => `${k}=${v}`)))
      } else if (o.hash !== undefined) {
        const spec = String(o.hash)
        const names = spec === '*' ? Object.keys(model.services) : spec.split(',').map((s) => s.trim()).filter(Boolean)
        out = lines(sorted(names).map((n) => {
          const svc = model.services[n]
          if (!svc) throw noSuchService(n)
          return `${n} ${configHash(svc)}`
        }))
      } else {
        const selected = selectServices(project, ctx.args.positionals)
        const escapeDollars = !o['no-interpolate']
        if (format === 'json') out = modelToJson(selected.model, { escapeDollars })
        else {
          await loadYamlLibrary()
          out = modelToYaml(selected.model, { escapeDollars })
        }
      }
    }
    if (o.quiet) return 0
    if (typeof o.output === 'string' && o.output !== '') await writeFile(o.output, out)
    else ctx.stdout.write(out)
    return 0
  },
}
export default command
