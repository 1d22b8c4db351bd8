import { ComposeExecutionError } from '../execute/execute-plan.js'
import type { ComposeModel, NetworkConfig, Project, Service, ServiceDependency, VolumeConfig } from '../model/types.js'
import {
  LABEL_CONTAINER_NUMBER, LABEL_DEPENDS_ON, LABEL_NETWORK, LABEL_ONEOFF, LABEL_PROJECT, LABEL_SERVICE, LABEL_VOLUME, LABEL_WORKING_DIR,
} from '../plan/labels.js'

/** A container as the runtime lists it: its name, image reference and labels. */
export interface LabelledContainer {
  readonly name: string
  readonly image: string
  readonly labels: Readonly<Record<string, string>>
}

/** A network or volume as the runtime lists it. */
export interface LabelledResource {
  readonly name: string
  readonly labels: Readonly<Record<string, string>>
}

export interface ProjectState {
  readonly containers: readonly LabelledContainer[]
  readonly networks: readonly LabelledResource[]
  readonly volumes: readonly LabelledResource[]
}

const CONDITIONS = new Set<ServiceDependency['condition']>(['service_started', 'service_healthy', 'service_completed_successfully'])

/**
 * The project docker compose rebuilds from what exists when it is given only a name
 * (`-p NAME down` in a CI cleanup step, with no compose file at hand): one service per
 * `com.docker.compose.service` label, its image the containers' image and its scale the
 * number of its (non one-off) containers, dependencies from the depends_on label so
 * stop/down keep their order, and the networks and volumes that carry the project label,
 * keyed by their compose key label, so `down` removes exactly what the project made.
 * Nothing else in the host is the project's: external networks carry no project label.
 */
export function projectFromLabels(name: string, state: ProjectState, opts: { workingDir: string }): Project {
  const mine = (r: { labels: Readonly<Record<string, string>> }) => r.labels[LABEL_PROJECT] === name
  const containers = state.containers.filter(mine).slice().sort((a, b) => number(a) - number(b) || a.name.localeCompare(b.name))
  const services: Record<string, Service> = {}
  const scale = new Map<string, number>()
  // A service seen only in one-off (`run`) containers is kept too: the project's own `down`
  // removes those. A service container's view wins over a one-off's.
  const fromOneoff = new Set<string>()
  for (const c of containers) {
    const service = c.labels[LABEL_SERVICE] ?? c.name
    const oneoff = c.labels[LABEL_ONEOFF] === 'True'
    if (!oneoff) scale.set(service, (scale.get(service) ?? 0) + 1)
    if (services[service] && !(fromOneoff.has(service) && !oneoff)) continue
    services[service] = serviceFrom(name, service, c)
    if (oneoff) fromOneoff.add(service)
    else fromOneoff.delete(service)
  }
  for (const [key, s] of Object.entries(services)) services[key] = { ...s, scale: scale.get(key) ?? 0 }
  const model: ComposeModel = {
    name,
    services,
    networks: resources<NetworkConfig>(state.networks.filter(mine), LABEL_NETWORK),
    volumes: resources<VolumeConfig>(state.volumes.filter(mine), LABEL_VOLUME),
  }
  return {
    model,
    workingDir: containers.find((c) => c.labels[LABEL_WORKING_DIR])?.labels[LABEL_WORKING_DIR] ?? opts.workingDir,
    composeFiles: [],
    environment: {},
    profiles: [],
    disabledServices: {},
    warnings: [],
  }
}

/** True when nothing of the project exists: docker compose's `no container found for project`. */
export function isEmptyProject(project: Project): boolean {
  const m = project.model
  return Object.keys(m.services).length === 0 && Object.keys(m.networks ?? {}).length === 0 && Object.keys(m.volumes ?? {}).length === 0
}

/** docker compose's error for a name-only command that needs containers (`start`). */
export function noContainerForProject(name: string): ComposeExecutionError {
  return new ComposeExecutionError('COMPOSE_NO_CONTAINER', `no container found for project "${name}"`, { exitCode: 1 })
}

function number(c: LabelledContainer): number {
  const n = Number(c.labels[LABEL_CONTAINER_NUMBER])
  return Number.isFinite(n) ? n : 0
}

function serviceFrom(project: string, service: string, c: LabelledContainer): Service {
  const dependsOn = parseDependsOn(c.labels[LABEL_DEPENDS_ON] ?? '')
  // The image compose names after the service (a `build:` one) stays implicit, so
  // `down --rmi local` still sees it as the project's own image, as with the file.
  const image = c.image && c.image !== `${project}-${service}` ? { image: c.image } : {}
  return { ...image, ...(Object.keys(dependsOn).length ? { depends_on: dependsOn } : {}) }
}

/** `db:service_healthy:true,cache:service_started:false` (older labels: just the names). */
export function parseDependsOn(label: string): Record<string, ServiceDependency> {
  const out: Record<string, ServiceDependency> = {}
  for (const item of label.split(',')) {
    const [dep, cond, restart] = item.split(':')
    if (!dep) continue
    const condition = CONDITIONS.has(cond as ServiceDependency['condition']) ? cond as ServiceDependency['condition'] : 'service_started'
    out[dep] = { condition, restart: restart === undefined ? true : restart === 'true', required: true }
  }
  return out
}

function resources<T extends NetworkConfig | VolumeConfig>(list: readonly LabelledResource[], keyLabel: string): Record<string, T> {
  const out: Record<string, T> = {}
  for (const r of [...list].sort((a, b) => a.name.localeCompare(b.name))) {
    const key = r.labels[keyLabel] || r.name
    if (out[key]) continue
    out[key] = { name: r.name, labels: r.labels } as T
  }
  return out
}
