import { DependencyGraph, type DependencyEdge } from '../graph/dependency-graph.js'
import type { ComposeModel, Service } from '../model/types.js'

/** Services a service needs before it can start, and why (for messages and ordering). */
export function serviceEdges(name: string, service: Service): DependencyEdge[] {
  const edges: DependencyEdge[] = []
  for (const dep of Object.keys(service.depends_on ?? {})) edges.push({ from: name, to: dep, kind: 'depends_on' })
  const links = (service.links as readonly string[] | undefined) ?? []
  for (const link of links) edges.push({ from: name, to: link.split(':')[0]!, kind: 'links' })
  const mode = service.network_mode
  if (typeof mode === 'string' && mode.startsWith('service:')) edges.push({ from: name, to: mode.slice(8), kind: 'network_mode' })
  for (const vf of service.volumes_from ?? []) {
    if (!vf.startsWith('container:')) edges.push({ from: name, to: vf.split(':')[0]!, kind: 'volumes_from' })
  }
  return edges
}

export function projectGraph(model: ComposeModel): DependencyGraph {
  const graph = new DependencyGraph(Object.keys(model.services))
  for (const [name, service] of Object.entries(model.services)) {
    for (const e of serviceEdges(name, service)) if (e.to in model.services) graph.addEdge(e)
  }
  return graph
}
