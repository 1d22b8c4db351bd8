import type { ComposeModel, Service } from '../model/types.js'
import { serviceConfigHash } from './config-hash.js'
import { projectGraph } from './dependencies.js'
import { containerName, desiredScale, serviceImage } from './naming.js'
import type { ObservedContainer, ObservedProject } from './observed.js'
import { PlanBuilder, type Plan } from './plan.js'
import { type PullOption, pullsWhenPresent, servicePullPolicy, strongerPullPolicy } from './pull-policy.js'

export type RecreatePolicy = 'diverged' | 'force' | 'never'

export interface UpPlanOptions {
  /** Services named on the command line; empty = all. */
  readonly services?: readonly string[]
  /** --no-deps: do not pull in the targeted services' dependencies. */
  readonly noDeps?: boolean
  /** --force-recreate / --no-recreate. */
  readonly recreate?: RecreatePolicy
  /** --always-recreate-deps */
  readonly recreateDependencies?: RecreatePolicy
  /** --scale svc=n */
  readonly scale?: Readonly<Record<string, number>>
  readonly removeOrphans?: boolean
  /** COMPOSE_IGNORE_ORPHANS: no orphan detection at all (no warning, nothing removed). */
  readonly ignoreOrphans?: boolean
  /** --no-start: create only. */
  readonly noStart?: boolean
  /** Services disabled by profiles are not orphans. */
  readonly knownServices?: ReadonlySet<string>
  /** Per-service content hashed into the config hash (env files, secrets, configs). */
  readonly extraHashContent?: Readonly<Record<string, Readonly<Record<string, string>>>>
  readonly timeoutSeconds?: number
  /** `up --pull`; `policy` (the default) applies each service's pull_policy. */
  readonly pull?: PullOption
  /** Images this `up` already pulled (its pull phase): not planned again. */
  readonly pulled?: ReadonlySet<string>
  /** `up --build`: build every selected service with `build:` first. */
  readonly build?: boolean
  /** `up --no-build`: never build, even a missing image. */
  readonly noBuild?: boolean
}

function networksOf(service: Service): string[] {
  if (service.network_mode) return []
  return Object.keys(service.networks ?? {})
}

function namedVolumesOf(service: Service): string[] {
  return (service.volumes ?? []).filter((v) => v.type === 'volume' && v.source).map((v) => v.source!)
}

/**
 * `up`: turns the desired project and what exists into operations. Pure and synchronous.
 * Convergence follows docker compose: unchanged containers are left alone, a changed config
 * hash or image recreates, missing replicas are created, extra ones removed (highest numbers
 * first), orphans removed only with --remove-orphans.
 */
export function reconcileUp(model: ComposeModel, observed: ObservedProject, opts: UpPlanOptions = {}): Plan {
  const b = new PlanBuilder()
  const graph = projectGraph(model)
  const targeted = opts.services?.length ? opts.services : Object.keys(model.services)
  const selected = opts.noDeps ? new Set(targeted) : graph.closure(targeted)
  const project = model.name

  // Shared resources first: networks, volumes, images.
  const networkOps = new Map<string, number | undefined>()
  const volumeOps = new Map<string, number | undefined>()
  const imageOps = new Map<string, number | undefined>()
  // Per image, the most eager pull policy of the selected services using it.
  const imagePolicy = new Map<string, { policy: string; service: string }>()
  for (const name of graph.order('up')) {
    if (!selected.has(name)) continue
    const image = serviceImage(project, name, model.services[name]!)
    const policy = servicePullPolicy(model.services[name]!, opts.pull)
    const prev = imagePolicy.get(image)
    if (strongerPullPolicy(prev?.policy, policy) !== prev?.policy) imagePolicy.set(image, { policy, service: name })
  }
  for (const name of graph.order('up')) {
    if (!selected.has(name)) continue
    const service = model.services[name]!
    for (const key of networksOf(service)) {
      if (networkOps.has(key)) continue
      const net = model.networks?.[key]
      const runtimeName = net?.name ?? `${project}_${key}`
      if (net?.external || observed.networks.has(runtimeName)) networkOps.set(key, undefined)
      else networkOps.set(key, b.add({ kind: 'createNetwork', target: `network:${key}`, network: key, cause: 'missing' }))
    }
    for (const key of namedVolumesOf(service)) {
      if (volumeOps.has(key)) continue
      const vol = model.volumes?.[key]
      const runtimeName = vol?.name ?? `${project}_${key}`
      if (vol?.external || observed.volumes.has(runtimeName)) volumeOps.set(key, undefined)
      else volumeOps.set(key, b.add({ kind: 'createVolume', target: `volume:${key}`, volume: key, cause: 'missing' }))
    }
    const image = serviceImage(project, name, service)
    if (!imageOps.has(image)) {
      const { policy, service: by } = imagePolicy.get(image)!
      const present = observed.images.has(image)
      // A service with `build:` builds its image when asked (--build, pull_policy build) or
      // when it is missing, instead of pulling it (L: builder).
      const builder = [...selected].find((s) => model.services[s]!.build && serviceImage(project, s, model.services[s]!) === image)
      if (builder && !opts.noBuild && !opts.pulled?.has(image) && (opts.build || !present || policy === 'build' && model.services[builder]!.pull_policy === 'build')) {
        const cause = opts.build ? '--build' : !present ? 'not present locally' : 'pull_policy build'
        imageOps.set(image, b.add({ kind: 'buildImage', target: `image:${image}`, image, service: builder, cause }))
        continue
      }
      const eager = pullsWhenPresent(policy) && !opts.pulled?.has(image)
      const cause = eager ? (opts.pull && opts.pull !== 'policy' ? `--pull ${policy}` : `pull_policy ${policy}`) : 'not present locally'
      imageOps.set(image, present && !eager ? undefined : b.add({ kind: 'ensureImage', target: `image:${image}`, image, service: by, pullPolicy: policy, cause }))
    }
  }

  const byService = new Map<string, ObservedContainer[]>()
  for (const c of observed.containers) {
    if (c.oneoff) continue
    const list = byService.get(c.service) ?? []
    list.push(c)
    byService.set(c.service, list)
  }

  // Per service, in dependency order: what its containers need, and when it counts as ready.
  const readyOps = new Map<string, number[]>()
  const recreated = new Set<string>()
  for (const name of graph.order('up')) {
    if (!selected.has(name)) continue
    const service = model.services[name]!
    const hash = serviceConfigHash(service, opts.extraHashContent?.[name])
    const image = serviceImage(project, name, service)
    const imageId = observed.images.get(image)
    const isDependencyOnly = !targeted.includes(name)
    const policy = (isDependencyOnly ? opts.recreateDependencies : undefined) ?? opts.recreate ?? 'diverged'
    const scale = desiredScale(service, opts.scale?.[name])

    // Waiting for dependencies' conditions comes before starting this service; only planned
    // when this service has something to start, so a converged project plans nothing.
    let waitIds: number[] | undefined
    const waitsFor = (): number[] => {
      if (waitIds) return waitIds
      waitIds = []
      for (const [dep, cfg] of Object.entries(service.depends_on ?? {})) {
        if (!selected.has(dep)) continue
        const depReady = readyOps.get(dep) ?? []
        if (cfg.condition === 'service_started') {
          waitIds.push(...depReady)
          continue
        }
        waitIds.push(b.add({ kind: 'waitCondition', target: `service:${dep}`, service: dep, condition: cfg.condition, required: cfg.required, cause: `${name} depends on it`, after: depReady }))
      }
      return waitIds
    }
    const networkPrereqs = networksOf(service).map((n) => networkOps.get(n))
    const prereqs = [...networkPrereqs, ...namedVolumesOf(service).map((v) => volumeOps.get(v)), imageOps.get(image)]
    // A new container's record needs its image and volumes, not its network: that is joined
    // at start (or, for a second network, connected right after create). So creation overlaps
    // the network's (nft, bridge, DNS responder), and only the start waits for it.
    const createPrereqs = networksOf(service).length > 1 ? prereqs : prereqs.slice(networkPrereqs.length)

    const existing = [...(byService.get(name) ?? [])].sort((x, y) => x.number - y.number)
    const keep = existing.slice(0, scale)
    const extra = existing.slice(scale)
    const ready: number[] = []
    const dependencyRecreated = Object.entries(service.depends_on ?? {}).some(([dep, cfg]) => cfg.restart && recreated.has(dep))

    for (const c of keep) {
      const diverged = c.configHash !== hash ? 'config hash changed' : imageId && c.imageId && c.imageId !== imageId ? 'image changed' : undefined
      const reason = policy === 'force' ? 'forced recreate' : policy === 'diverged' ? diverged : undefined
      if (reason) {
        recreated.add(name)
        const id = b.add({ kind: 'recreateContainer', target: `service:${name}:${c.number}`, service: name, number: c.number, containerId: c.id, containerName: c.name, cause: reason, after: [...prereqs, ...waitsFor()], timeoutSeconds: opts.timeoutSeconds })
        if (opts.noStart) continue
        ready.push(b.add({ kind: 'startContainer', target: `service:${name}:${c.number}`, service: name, number: c.number, containerName: c.name, cause: 'recreated', after: [id] }))
      } else if (dependencyRecreated && c.state === 'running' && !opts.noStart) {
        const stop = b.add({ kind: 'stopContainer', target: `service:${name}:${c.number}`, service: name, number: c.number, containerId: c.id, containerName: c.name, cause: 'a dependency with restart: true was recreated', after: waitsFor(), timeoutSeconds: opts.timeoutSeconds })
        ready.push(b.add({ kind: 'startContainer', target: `service:${name}:${c.number}`, service: name, number: c.number, containerId: c.id, containerName: c.name, cause: 'restart after dependency', after: [stop] }))
      } else if (c.state !== 'running' && c.state !== 'restarting' && !opts.noStart) {
        ready.push(b.add({ kind: 'startContainer', target: `service:${name}:${c.number}`, service: name, number: c.number, containerId: c.id, containerName: c.name, cause: `was ${c.state}`, after: [...prereqs, ...waitsFor()] }))
      }
    }
    const used = new Set(keep.map((c) => c.number))
    let next = 1
    for (let i = keep.length; i < scale; i++) {
      while (used.has(next)) next += 1
      used.add(next)
      const cname = containerName(project, name, service, next)
      const create = b.add({ kind: 'createContainer', target: `service:${name}:${next}`, service: name, number: next, containerName: cname, cause: existing.length ? 'scale up' : 'missing', after: [...createPrereqs, ...waitsFor()] })
      if (!opts.noStart) ready.push(b.add({ kind: 'startContainer', target: `service:${name}:${next}`, service: name, number: next, containerName: cname, cause: 'created', after: [create, ...networkPrereqs] }))
    }
    for (const c of [...extra].reverse()) {
      const stop = b.add({ kind: 'stopContainer', target: `service:${name}:${c.number}`, service: name, number: c.number, containerId: c.id, containerName: c.name, cause: 'scale down', timeoutSeconds: opts.timeoutSeconds })
      b.add({ kind: 'removeContainer', target: `service:${name}:${c.number}`, service: name, number: c.number, containerId: c.id, containerName: c.name, cause: 'scale down', after: [stop] })
    }
    readyOps.set(name, ready)
  }

  // Orphans: containers of services the project no longer has.
  const known = new Set([...Object.keys(model.services), ...(opts.knownServices ?? [])])
  const orphans = opts.ignoreOrphans ? [] : observed.containers.filter((c) => !c.oneoff && !known.has(c.service))
  if (orphans.length && opts.removeOrphans) {
    for (const c of orphans) {
      const stop = b.add({ kind: 'stopContainer', target: `service:${c.service}:${c.number}`, service: c.service, number: c.number, containerId: c.id, containerName: c.name, cause: 'orphan', timeoutSeconds: opts.timeoutSeconds })
      b.add({ kind: 'removeContainer', target: `service:${c.service}:${c.number}`, service: c.service, number: c.number, containerId: c.id, containerName: c.name, cause: 'orphan', after: [stop] })
    }
  } else if (orphans.length) {
    const names = [...new Set(orphans.map((c) => c.service))].sort()
    b.warn(`Found orphan containers ([${orphans.map((c) => c.name).join(' ')}]) for this project (services ${names.join(', ')}). If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.`)
  }
  return b.build()
}
