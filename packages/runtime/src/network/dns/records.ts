/**
 * The DNS responder's input (native/dns/tsc-dns.c reads it): one text file per state root,
 * `<root>/networks/dns.records`, rebuilt from the network state under the network lock.
 *
 *   upstream <ip>[:<port>]                      default upstreams, in order
 *   net <gateway-ip>                            a DNS-enabled network to listen on
 *   ctr <container-id> <ip[:port],...|->        a container's own upstreams (--dns)
 *   ep <gateway-ip> <container-id> <ip> <ptr-name> <name>...
 *
 * Names are lower case, each also as `name.<network>` as docker answers them; the container
 * name, its 12-character id and its aliases (service name) make an endpoint's names.
 */
import type { NetworkRecord } from '../types.js'

const NAME_RE = /^[a-z0-9_][a-z0-9_.-]*$/

export function renderDnsRecords(networks: readonly NetworkRecord[], upstreams: readonly string[]): string {
  const lines: string[] = upstreams.filter((u) => /^\d+\.\d+\.\d+\.\d+(:\d+)?$/.test(u)).map((u) => `upstream ${u}`)
  const ctrs = new Map<string, readonly string[]>()
  const eps: string[] = []
  for (const n of networks) {
    if (!n.dns) continue
    lines.push(`net ${n.gateway}`)
    const net = n.name.toLowerCase()
    for (const e of Object.values(n.endpoints)) {
      if (!e.active) continue
      const base = [e.containerName, e.containerId.slice(0, 12), ...e.aliases].map((x) => x.toLowerCase()).filter((x) => NAME_RE.test(x))
      const names = [...new Set(base.flatMap((x) => [x, `${x}.${net}`]))]
      const ptr = NAME_RE.test(`${e.containerName}.${net}`.toLowerCase()) ? `${e.containerName}.${net}`.toLowerCase() : e.containerId.slice(0, 12)
      eps.push(`ep ${n.gateway} ${e.containerId} ${e.active.ip} ${ptr} ${names.join(' ')}`)
      if (e.dns.length > 0) ctrs.set(e.containerId, e.dns)
    }
  }
  for (const [id, dns] of ctrs) lines.push(`ctr ${id} ${dns.filter((d) => /^\d+\.\d+\.\d+\.\d+(:\d+)?$/.test(d)).join(',') || '-'}`)
  return [...lines, ...eps].join('\n') + '\n'
}
