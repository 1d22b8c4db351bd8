/**
 * Name records of the embedded DNS, per network scope, built from the network state files.
 * Pure: the server feeds it records and questions.
 */
import type { NetworkRecord } from '../types.js'

interface Entry {
  readonly containerId: string
  readonly ip: string
}

export interface Scope {
  /** Networks the asking container is on (answers come from all of them, as docker does). */
  readonly networks: readonly string[]
  /** Upstream servers for this container (its --dns), else the defaults. */
  readonly upstreams?: readonly string[]
}

export class DnsIndex {
  /** network id -> lower-case name -> entries. */
  private readonly names = new Map<string, Map<string, Entry[]>>()
  /** ip -> names for PTR, per network. */
  private readonly reverse = new Map<string, Map<string, string>>()
  /** (network id, ip) -> container id, to find who is asking. */
  private readonly byIp = new Map<string, string>()
  /** container id -> its networks (with DNS) and upstreams. */
  private readonly containers = new Map<string, { networks: string[]; upstreams: string[] }>()
  private readonly rotation = new Map<string, number>()
  /** gateway ip -> network id: the address a query arrived on tells the network. */
  readonly listen = new Map<string, string>()

  constructor(networks: readonly NetworkRecord[]) {
    for (const n of networks) {
      if (!n.dns) continue
      this.listen.set(n.gateway, n.id)
      const names = new Map<string, Entry[]>()
      const rev = new Map<string, string>()
      this.names.set(n.id, names)
      this.reverse.set(n.id, rev)
      for (const ep of Object.values(n.endpoints)) {
        if (!ep.active) continue
        const e: Entry = { containerId: ep.containerId, ip: ep.active.ip }
        const own = [ep.containerName, ep.containerId.slice(0, 12), ...ep.aliases].filter(Boolean)
        for (const nm of new Set(own.map((x) => x.toLowerCase()))) {
          for (const key of [nm, `${nm}.${n.name.toLowerCase()}`]) {
            const list = names.get(key) ?? []
            list.push(e)
            names.set(key, list)
          }
        }
        rev.set(ep.active.ip, `${ep.containerName}.${n.name}`)
        this.byIp.set(`${n.id} ${ep.active.ip}`, ep.containerId)
        const c = this.containers.get(ep.containerId) ?? { networks: [], upstreams: [...ep.dns] }
        c.networks.push(n.id)
        this.containers.set(ep.containerId, c)
      }
    }
  }

  /** Scope of a query from `clientIp` that arrived on gateway `localIp`. */
  scope(localIp: string, clientIp: string): Scope {
    const net = this.listen.get(localIp)
    if (!net) return { networks: [] }
    const cid = this.byIp.get(`${net} ${clientIp}`)
    const c = cid ? this.containers.get(cid) : undefined
    if (!c) return { networks: [net] }
    return { networks: c.networks, upstreams: c.upstreams.length > 0 ? c.upstreams : undefined }
  }

  /**
   * Addresses for a name in the scope, every replica of a service, rotated one step per
   * query (round robin, as docker shuffles). undefined = not ours: forward it.
   */
  lookup(scope: Scope, name: string): string[] | undefined {
    const key = name.toLowerCase().replace(/\.$/, '')
    const seen = new Set<string>()
    const ips: string[] = []
    for (const net of scope.networks) {
      for (const e of this.names.get(net)?.get(key) ?? []) {
        if (seen.has(e.ip)) continue
        seen.add(e.ip)
        ips.push(e.ip)
      }
    }
    if (ips.length === 0) return undefined
    ips.sort(compareIp)
    const r = this.rotation.get(key) ?? 0
    this.rotation.set(key, r + 1)
    const k = r % ips.length
    return [...ips.slice(k), ...ips.slice(0, k)]
  }

  /** PTR target for an in-addr.arpa name in scope. */
  reverseLookup(scope: Scope, name: string): string | undefined {
    const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\.in-addr\.arpa\.?$/i.exec(name)
    if (!m) return undefined
    const ip = `${m[4]}.${m[3]}.${m[2]}.${m[1]}`
    for (const net of scope.networks) {
      const n = this.reverse.get(net)?.get(ip)
      if (n) return n
    }
    return undefined
  }
}

function compareIp(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < 4; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!
  return 0
}
