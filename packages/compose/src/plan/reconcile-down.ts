import type { ComposeModel } from '../model/types.js'
import { projectGraph } from './dependencies.js'
import { serviceImage } from './naming.js'
import type { ObservedProject } from './observed.js'
import { PlanBuilder, type Plan } from './plan.js'

export interface DownPlanOptions {
  /** -v: named volumes declared by the project (not external) and anonymous ones. */
  readonly volumes?: boolean
  /** --rmi local|all */
  readonly rmi?: 'local' | 'all'
  readonly removeOrphans?: boolean
  readonly timeoutSeconds?: number
  /** Services named on the command line (docker compose down SERVICE...): only those. */
  readonly services?: readonly string[]
}

/**
 * `down`: stop dependents before what they depend on, remove containers (one-off `run`
 * containers too, so nothing of the project is left), then networks, then with -v volumes.
 */
export function reconcileDown(model: ComposeModel, observed: ObservedProject, opts: DownPlanOptions = {}): Plan {
  const b = new PlanBuilder()
  const graph = projectGraph(model)
  const only = opts.services?.length ? new Set(opts.services) : undefined
  const removals: number[] = []
  const allStops: number[] = []
  // Removals of containers down does not stop: one that exited by itself still holds its
  // network endpoint until it is removed (only a stop releases it), so networks wait for these.
  const unstoppedRemovals: number[] = []
  const stopsByService = new Map<string, number[]>()

  const order = graph.order('down')
  const known = new Set(Object.keys(model.services))
  const orphanServices = [...new Set(observed.containers.filter((c) => !known.has(c.service)).map((c) => c.service))].sort()
  for (const service of [...order, ...orphanServices]) {
    if (only && !only.has(service)) continue
    const isOrphan = !known.has(service)
    if (isOrphan && !opts.removeOrphans) continue
    // A container waits for its dependents' containers to stop first.
    const after = graph.dependentsOf(service).flatMap((d) => stopsByService.get(d) ?? [])
    const stops: number[] = []
    for (const c of observed.containers.filter((x) => x.service === service)) {
      const target = `service:${service}:${c.oneoff ? `run-${c.id.slice(0, 12)}` : c.number}`
      const stop = c.state === 'running' || c.state === 'paused' || c.state === 'restarting'
        ? b.add({ kind: 'stopContainer', target, service, number: c.number, containerId: c.id, containerName: c.name, cause: isOrphan ? 'orphan' : 'down', after, timeoutSeconds: opts.timeoutSeconds })
        : undefined
      if (stop) {
        stops.push(stop)
        allStops.push(stop)
      }
      const removal = b.add({ kind: 'removeContainer', target, service, number: c.number, containerId: c.id, containerName: c.name, cause: isOrphan ? 'orphan' : 'down', after: [stop, ...after] })
      removals.push(removal)
      if (stop === undefined) unstoppedRemovals.push(removal)
    }
    stopsByService.set(service, stops)
  }
  if (!only) {
    for (const [key, net] of Object.entries(model.networks ?? {})) {
      if (net.external || !observed.networks.has(net.name)) continue
      // A network is free once its running containers stopped (a stopped container holds no
      // endpoint), so its removal overlaps the removal of their directories; containers that
      // were not running are removed first (see unstoppedRemovals).
      b.add({ kind: 'removeNetwork', target: `network:${key}`, network: key, cause: 'down', after: [...allStops, ...unstoppedRemovals] })
    }
    if (opts.volumes) {
      for (const [key, vol] of Object.entries(model.volumes ?? {})) {
        if (vol.external || !observed.volumes.has(vol.name)) continue
        b.add({ kind: 'removeVolume', target: `volume:${key}`, volume: key, cause: 'down -v', after: removals })
      }
    }
    if (opts.rmi) {
      const seen = new Set<string>()
      for (const [name, service] of Object.entries(model.services)) {
        // local: only images without a custom tag, i.e. the ones compose named after the service.
        if (opts.rmi === 'local' && service.image) continue
        const image = serviceImage(model.name, name, service)
        if (seen.has(image) || !observed.images.has(image)) continue
        seen.add(image)
        b.add({ kind: 'removeImage', target: `image:${image}`, image, cause: `down --rmi ${opts.rmi}`, after: removals })
      }
    }
  }
  return b.build()
}
