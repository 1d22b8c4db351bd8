/**
 * Kernel side of a bridge network, all through rtnetlink (RUNTIME-FACTS §5.1):
 * the bridge with its gateway address, and endpoints = veth pairs created from inside the
 * container netns with the host end placed straight into the host netns (IFLA_NET_NS_FD,
 * as CNI does), then enslaved and brought up. No sleep waiting for carrier.
 */
import { closeSync, openSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import type { Netlink } from '../native/netlink.js'
import { msgGetLink } from '../native/netlink-codec.js'
import { KernelError } from '../errors.js'
import { broadcast, parseCidr } from './ipv4.js'

/** ifindex given to eth<n> inside the container netns, so one batch can address it. */
const ETH_IFINDEX_BASE = 1000

export function randomMac(): string {
  const b = randomBytes(6)
  b[0] = (b[0]! & 0xfe) | 0x02 // unicast, locally administered
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join(':')
}

export interface BridgeSpec {
  readonly name: string
  readonly subnet: string
  readonly gateway: string
  readonly alias: string
  /**
   * net.ipv4.conf.<bridge>.route_localnet=1, for DNAT from 127.0.0.1; only with our nft
   * table, whose raw chain keeps containers off the host's loopback services.
   */
  readonly routeLocalnet: boolean
}

export async function createBridge(nl: Netlink, b: BridgeSpec): Promise<void> {
  // A fixed MAC keeps the bridge's address stable as ports come and go (a bridge otherwise
  // takes the lowest port MAC and every change flushes neighbours' ARP caches).
  const [link] = await nl.batch().createBridge(b.name, { mac: randomMac(), up: true }).add(msgGetLink({ name: b.name })).run()
  if (!link) throw new Error(`bridge ${b.name} vanished after creation`)
  const prefix = parseCidr(b.subnet).prefix
  await nl.batch()
    .addAddress(link.index, `${b.gateway}/${prefix}`, broadcast(parseCidr(b.subnet)))
    .setLink({ index: link.index }, { alias: b.alias })
    .run()
  // Localhost publishing: DNAT'd packets from 127.0.0.1 may leave through this bridge.
  if (b.routeLocalnet) writeFileSync(`/proc/sys/net/ipv4/conf/${b.name}/route_localnet`, '1')
}

export interface EndpointSpec {
  /** eth<n> index inside the container. */
  readonly index: number
  readonly ifname: string
  readonly hostVeth: string
  readonly bridge: string
  readonly ip: string
  readonly subnet: string
  readonly mac: string
  /** Gateway for the default route; undefined = no default route (internal, or not first). */
  readonly defaultGateway?: string
  readonly alias: string
}

/**
 * Creates every endpoint of a container in two netlink batches: one inside the netns
 * (veths, lo up, addresses, default route, arp_notify), one in the host (enslave + up).
 * With `createNetns` the first batch runs on the very thread that creates the netns.
 * A host veth name still held by a previous run's netns (its teardown is asynchronous in
 * the kernel) is deleted and the attach retried once.
 */
export async function attachEndpoints(
  nl: Netlink,
  netnsPath: string,
  eps: readonly EndpointSpec[],
  opts: { loopback: boolean; createNetns?: boolean; bridgeIndex: (bridge: string) => Promise<number> },
): Promise<void> {
  const bridges = new Map<string, number>()
  for (const ep of eps) if (!bridges.has(ep.bridge)) bridges.set(ep.bridge, await opts.bridgeIndex(ep.bridge))
  const hostNs = openSync('/proc/self/ns/net', 'r')
  try {
    const inNs = () => {
      const b = nl.batch(netnsPath)
      if (opts.loopback) b.setLink({ index: 1 }, { up: true })
      for (const ep of eps) {
        const ifindex = ETH_IFINDEX_BASE + ep.index
        b.createVeth({ name: ep.ifname, index: ifindex, mac: ep.mac, up: true, peer: { name: ep.hostVeth, netnsFd: hostNs } })
        b.addAddress(ifindex, `${ep.ip}/${parseCidr(ep.subnet).prefix}`, broadcast(parseCidr(ep.subnet)))
        if (ep.defaultGateway) b.addRoute({ destination: '0.0.0.0/0', gateway: ep.defaultGateway })
        // Gratuitous ARP on up, so peers drop a stale entry for a reused address (CNI, netavark).
        b.sysctl(`/proc/sys/net/ipv4/conf/${ep.ifname}/arp_notify`, '1')
      }
      return b
    }
    // The host half (enslave + up) goes in the same native call, after the netns half.
    const host = nl.batch()
    for (const ep of eps) host.setLink({ name: ep.hostVeth }, { master: bridges.get(ep.bridge)!, up: true, alias: ep.alias })
    try {
      await inNs().run({ createNetns: opts.createNetns, then: host })
    } catch (err) {
      if (!(err instanceof KernelError && err.errno === 'EEXIST' && err.syscall === 'RTM_NEWLINK')) throw err
      await deleteLinks(nl, eps.map((e) => e.hostVeth))
      if (opts.createNetns) await nl.deleteNetns(netnsPath)
      else await deleteLinks(nl, eps.map((e) => e.ifname), netnsPath)
      await inNs().run({ createNetns: opts.createNetns, then: host })
    }
  } finally {
    closeSync(hostNs)
  }
}

/** Deleting the host end deletes the pair; an absent link is fine (idempotent cleanup). */
export async function deleteLinks(nl: Netlink, names: readonly string[], nsPath = ''): Promise<void> {
  if (names.length === 0) return
  const b = nl.batch(nsPath)
  for (const n of names) b.deleteLink({ name: n })
  await b.run({ ignore: ['ENODEV'] })
}
