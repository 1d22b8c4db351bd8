import { ComposeFileError, type SourceLocation } from '../errors.js'
import type { ComposeModel, Service } from '../model/types.js'
import { VALIDATION_CODES as C } from './error-codes.js'
import { didYouMean } from './did-you-mean.js'
import type { KeyPath } from '../normalize/context.js'

export interface SemanticOptions {
  /** Cross-reference checks (undefined networks, volumes, services...); `--no-consistency` skips them. */
  readonly consistency: boolean
  locate(path: KeyPath): SourceLocation | undefined
}

type Check = (model: ComposeModel, opts: SemanticOptions) => void

function err(opts: SemanticOptions, code: string, path: KeyPath, message: string, hint?: string): ComposeFileError {
  return new ComposeFileError(code, message, { location: opts.locate(path), hint })
}

/** `exclude`: the referring service, never a valid target of its own references. */
function suggest(name: string, known: Iterable<string>, exclude?: string): string {
  const s = didYouMean(name, exclude === undefined ? known : [...known].filter((k) => k !== exclude))
  return s ? ` (did you mean "${s}"?)` : ''
}

function scaleOf(svc: Service): number {
  return svc.scale ?? svc.deploy?.replicas ?? 1
}

const services = (m: ComposeModel): [string, Service][] => Object.entries(m.services)

/** References between services: depends_on, links, network_mode/ipc/pid service:x, volumes_from. */
const serviceReferences: Check = (model, opts) => {
  const names = new Set(Object.keys(model.services))
  for (const [name, svc] of services(model)) {
    if (svc.image === undefined && svc.build === undefined && svc.provider === undefined) {
      throw err(opts, C.NO_IMAGE, ['services', name], `service "${name}" has neither an image nor a build context specified`, 'add "image:" or "build:" to the service')
    }
    for (const link of svc.links as string[] | undefined ?? []) {
      const target = link.split(':')[0]!
      if (!names.has(target)) throw err(opts, C.UNDEFINED_SERVICE, ['services', name, 'links'], `service "${name}" links to undefined service "${target}"${suggest(target, names, name)}`)
    }
    for (const key of ['network_mode', 'ipc', 'pid', 'uts', 'cgroup']) {
      const ref = svc[key]
      if (typeof ref === 'string' && ref.startsWith('service:')) {
        const target = ref.slice('service:'.length)
        if (!names.has(target)) throw err(opts, C.UNDEFINED_SERVICE, ['services', name, key], `service "${name}" uses ${key} of undefined service "${target}"${suggest(target, names, name)}`)
      }
    }
    for (const from of svc.volumes_from ?? []) {
      if (from.startsWith('container:')) continue
      const target = from.split(':')[0]!
      if (!names.has(target)) throw err(opts, C.UNDEFINED_SERVICE, ['services', name, 'volumes_from'], `service "${name}" takes volumes from undefined service "${target}"${suggest(target, names, name)}`)
    }
    for (const [dep, d] of Object.entries(svc.depends_on ?? {})) {
      if (!names.has(dep) && d.required !== false) {
        throw err(opts, C.UNDEFINED_SERVICE, ['services', name, 'depends_on', dep],
          `service "${name}" depends on undefined service "${dep}"${suggest(dep, names, name)}`)
      }
    }
  }
}

/** Networks, named volumes, secrets and configs a service uses must be declared at the top level. */
const resourceReferences: Check = (model, opts) => {
  const nets = new Set(Object.keys(model.networks ?? {}))
  const vols = new Set(Object.keys(model.volumes ?? {}))
  const secrets = new Set(Object.keys(model.secrets ?? {}))
  const configs = new Set(Object.keys(model.configs ?? {}))
  for (const [name, svc] of services(model)) {
    for (const net of Object.keys(svc.networks ?? {})) {
      if (!nets.has(net)) {
        throw err(opts, C.UNDEFINED_NETWORK, ['services', name, 'networks', net],
          `service "${name}" refers to undefined network "${net}"${suggest(net, nets)}`, 'declare it under the top-level "networks:" key')
      }
    }
    ;(svc.volumes ?? []).forEach((v, i) => {
      if (v.type === 'volume' && v.source && !vols.has(v.source)) {
        throw err(opts, C.UNDEFINED_VOLUME, ['services', name, 'volumes', i],
          `service "${name}" refers to undefined volume "${v.source}"${suggest(v.source, vols)}`, 'declare it under the top-level "volumes:" key, or write a path starting with "./" for a bind mount')
      }
    })
    ;(svc.secrets ?? []).forEach((s, i) => {
      if (!secrets.has(s.source)) throw err(opts, C.UNDEFINED_SECRET, ['services', name, 'secrets', i], `service "${name}" refers to undefined secret "${s.source}"${suggest(s.source, secrets)}`, 'declare it under the top-level "secrets:" key')
    })
    ;(svc.configs ?? []).forEach((c, i) => {
      if (!configs.has(c.source)) throw err(opts, C.UNDEFINED_CONFIG, ['services', name, 'configs', i], `service "${name}" refers to undefined config "${c.source}"${suggest(c.source, configs)}`, 'declare it under the top-level "configs:" key')
    })
  }
}

/** depends_on (with the implicit dependencies) must not loop; the error shows the whole loop. */
const dependencyCycles: Check = (model, opts) => {
  const state = new Map<string, 'visiting' | 'done'>()
  const stack: string[] = []
  const visit = (name: string): void => {
    state.set(name, 'visiting')
    stack.push(name)
    for (const dep of Object.keys(model.services[name]?.depends_on ?? {})) {
      if (!(dep in model.services)) continue
      if (state.get(dep) === 'visiting') {
        const loop = [...stack.slice(stack.indexOf(dep)), dep]
        throw err(opts, C.DEPENDENCY_CYCLE, ['services', name, 'depends_on', dep], `depends_on cycle: ${loop.join(' -> ')}`,
          'remove one of these dependencies (links, network_mode: service:x and volumes_from count too)')
      }
      if (!state.has(dep)) visit(dep)
    }
    stack.pop()
    state.set(name, 'done')
  }
  for (const name of Object.keys(model.services).sort()) if (!state.has(name)) visit(name)
}

/** Options that cannot go together, and what docker compose rejects whatever the references. */
const serviceOptions: Check = (model, opts) => {
  const containerNames = new Map<string, string>()
  for (const [name, svc] of services(model)) {
    if (svc.scale !== undefined && svc.deploy?.replicas !== undefined && svc.scale !== svc.deploy.replicas) {
      throw err(opts, C.CONFLICTING_OPTIONS, ['services', name, 'scale'], `service "${name}": "scale" (${svc.scale}) and "deploy.replicas" (${svc.deploy.replicas}) disagree`)
    }
    const limits = svc.deploy?.resources?.limits
    if (svc.mem_limit !== undefined && limits?.memory !== undefined && svc.mem_limit !== limits.memory) {
      throw err(opts, C.CONFLICTING_OPTIONS, ['services', name, 'mem_limit'], `service "${name}": "mem_limit" and "deploy.resources.limits.memory" disagree`)
    }
    if (svc.cpus !== undefined && limits?.cpus !== undefined && svc.cpus !== limits.cpus) {
      throw err(opts, C.CONFLICTING_OPTIONS, ['services', name, 'cpus'], `service "${name}": "cpus" and "deploy.resources.limits.cpus" disagree`)
    }
    if (svc.network_mode !== undefined && svc.networks !== undefined) {
      throw err(opts, C.CONFLICTING_OPTIONS, ['services', name, 'network_mode'], `service "${name}" declares both "network_mode" and "networks", which exclude each other`)
    }
    if (svc.container_name !== undefined) {
      const n = scaleOf(svc)
      if (n > 1) {
        throw err(opts, C.CONTAINER_NAME_SCALE, ['services', name, 'container_name'],
          `service "${name}" sets container_name "${svc.container_name}" but is scaled to ${n}: container names must be unique`, 'remove container_name or the scale')
      }
      const other = containerNames.get(svc.container_name)
      if (other !== undefined) {
        throw err(opts, C.DUPLICATE_CONTAINER_NAME, ['services', name, 'container_name'], `services "${other}" and "${name}" both use container name "${svc.container_name}"`)
      }
      containerNames.set(svc.container_name, name)
    }
  }
}

/**
 * Checks that need the whole merged model. Syntax of ports, durations, sizes and devices is
 * checked while normalizing (where it is parsed); these are the rest.
 */
export function checkModel(model: ComposeModel, opts: SemanticOptions): void {
  serviceOptions(model, opts)
  if (!opts.consistency) return
  serviceReferences(model, opts)
  resourceReferences(model, opts)
  dependencyCycles(model, opts)
}
