/**
 * Container endpoints: attach at start (netns, veths, addresses, routes, ports, DNS names),
 * detach at stop, connect/disconnect while running or before start.
 * Addresses come from CNI host-local style allocation (after the last one handed out).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { RuntimeError } from '../errors.js'
import { attachEndpoints, deleteLinks, type EndpointSpec } from './bridge-driver.js'
import { hostsFile, parseResolvConf, resolvConfInternal, resolvConfLegacy } from './etc-files.js'
import { contains, ipToNum, isMac, macForIp, nextFree, numToIp, parseCidr } from './ipv4.js'
import { DEFAULT_NETWORK, type NetworkCore } from './manager.js'
import { hostVethName, linkAlias } from './names.js'
import { resolvePorts } from './ports.js'
import { hasProxy, startProxy, stopProxy } from './proxy.js'
import type { Attachment, ContainerNetworkSpec, EndpointRecord, EndpointRequest, NetworkRecord, PortMapping } from './types.js'

type Active = NonNullable<EndpointRecord['active']>

function withEndpoint(n: NetworkRecord, cid: string, ep: EndpointRecord | undefined, lastAllocated?: string): NetworkRecord {
  const endpoints = { ...n.endpoints }
  if (ep) endpoints[cid] = ep
  else delete endpoints[cid]
  return { ...n, endpoints, lastAllocated: lastAllocated ?? n.lastAllocated }
}

function allocateIp(n: NetworkRecord, req: { ipv4Address?: string }, containerName: string): string {
  const subnet = parseCidr(n.subnet)
  const used = new Set<number>([ipToNum(n.gateway)])
  for (const e of Object.values(n.endpoints)) if (e.active) used.add(ipToNum(e.active.ip))
  if (req.ipv4Address) {
    const ip = ipToNum(req.ipv4Address)
    if (!contains(subnet, ip)) {
      throw new RuntimeError('NETWORK_BAD_ADDRESS', `address ${req.ipv4Address} for ${containerName} is not in network ${n.name}'s subnet ${n.subnet}`, { exitCode: 125 })
    }
    if (used.has(ip)) {
      throw new RuntimeError('NETWORK_ADDRESS_IN_USE', `address ${req.ipv4Address} is already in use on network ${n.name}`, { exitCode: 125 })
    }
    return req.ipv4Address
  }
  const range = n.ipRange ? parseCidr(n.ipRange) : subnet
  const last = n.lastAllocated ? ipToNum(n.lastAllocated) : undefined
  const ip = nextFree(subnet, range, used, last)
  if (ip === undefined) throw new RuntimeError('NETWORK_EXHAUSTED', `no free address left in network ${n.name} (${n.ipRange ?? n.subnet})`, { exitCode: 125 })
  return numToIp(ip)
}

/** eth index inside the container: the lowest not used by its active endpoints. */
function freeIndex(used: Set<number>): number {
  let i = 0
  while (used.has(i)) i++
  used.add(i)
  return i
}

/** Where a `container:<ref>` network mode points: an id, an id prefix, or a name. */
export function resolveContainerRef(root: string, ref: string): string | undefined {
  if (existsSync(`${root}/netns/${ref}`)) return ref
  let ids: string[]
  try {
    ids = readdirSync(`${root}/containers`)
  } catch {
    return undefined
  }
  for (const id of ids) {
    if (id.startsWith(ref)) return id
    try {
      const name = (JSON.parse(readFileSync(`${root}/containers/${id}/config.json`, 'utf8')) as { Name?: string }).Name
      if (name === ref || name === `/${ref}`) return id
    } catch {
      // not a container dir
    }
  }
  return undefined
}

export class Endpoints {
  constructor(private readonly core: NetworkCore) {}

  private hostResolv(): ReturnType<typeof parseResolvConf> {
    try {
      return parseResolvConf(readFileSync('/etc/resolv.conf', 'utf8'))
    } catch {
      return { nameservers: [], search: [], options: [] }
    }
  }

  /**
   * Everything a starting container needs: its netns file with one endpoint per network
   * (eth0 in spec order, then networks it was `connect`ed to), published ports, DNS names,
   * and its /etc/hosts and /etc/resolv.conf. Nothing half-made on failure.
   */
  async attach(spec: ContainerNetworkSpec): Promise<Attachment> {
    const { store } = this.core
    return this.core.locked(async () => {
      let all = store.list()
      const reqs: EndpointRequest[] = [...spec.networks]
      for (const n of all) {
        const e = n.endpoints[spec.id]
        if (e?.explicit && !reqs.some((r) => r.network === n.name || r.network === n.id)) {
          reqs.push({ network: n.id, aliases: e.aliases, ipv4Address: e.ipv4Address, macAddress: e.macAddress })
        }
      }
      const nets: NetworkRecord[] = []
      for (const r of reqs) {
        if (r.network === DEFAULT_NETWORK && !all.some((n) => n.name === DEFAULT_NETWORK)) {
          const def = await this.core.ensureDefault(all)
          all = [...all, def]
        }
        nets.push(store.get(r.network, all))
      }
      const netnsPath = store.netnsPath(spec.id)
      // A leftover from a crash of this container's previous run: start clean.
      if (existsSync(netnsPath) || all.some((n) => n.endpoints[spec.id]?.active)) {
        await this.unpinLocked(spec.id)
        this.releaseRecordsLocked([[spec.id, true]])
        all = store.list()
      }

      const gatewayIdx = nets.findIndex((n) => !n.internal)
      const published = all.flatMap((n) => Object.values(n.endpoints).flatMap((e) => e.active?.ports ?? []))
      const ports: PortMapping[] = gatewayIdx >= 0 && spec.ports?.length ? await resolvePorts(spec.ports, published) : []
      const used = new Set<number>()
      const eps: EndpointSpec[] = []
      const updated = new Map<string, NetworkRecord>()
      nets.forEach((n0, i) => {
        const n = updated.get(n0.id) ?? all.find((x) => x.id === n0.id)!
        const r = reqs[i]!
        const ip = allocateIp(n, r, spec.name)
        if (r.macAddress && !isMac(r.macAddress)) throw new RuntimeError('NETWORK_BAD_MAC', `invalid MAC address "${r.macAddress}"`, { exitCode: 125 })
        const index = freeIndex(used)
        const active: Active = {
          ip,
          mac: r.macAddress ?? macForIp(ip),
          ifname: `eth${index}`,
          hostVeth: hostVethName(spec.id, index),
          ports: i === gatewayIdx ? ports : [],
          gateway: i === gatewayIdx,
        }
        const prev = n.endpoints[spec.id]
        const ep: EndpointRecord = {
          containerId: spec.id,
          containerName: spec.name,
          aliases: [...new Set([...(r.aliases ?? []), ...(prev?.explicit ? prev.aliases : [])])],
          ipv4Address: r.ipv4Address,
          macAddress: r.macAddress,
          ports: i === gatewayIdx ? (spec.ports ?? []) : [],
          dns: [...(spec.dns ?? [])],
          explicit: prev?.explicit ?? false,
          active,
        }
        updated.set(n.id, withEndpoint(n, spec.id, ep, r.ipv4Address ? undefined : ip))
        eps.push({
          index,
          ifname: active.ifname,
          hostVeth: active.hostVeth,
          bridge: n.bridge,
          ip,
          subnet: n.subnet,
          mac: active.mac,
          defaultGateway: i === gatewayIdx ? n.gateway : undefined,
          alias: linkAlias(this.core.opts.root, 'endpoint', spec.id),
        })
      })
      // Userland proxy: only where a published port needs it (the mode probe costs nothing then).
      const proxied = ports.length > 0 && (await this.core.mode()).proxy
      // Record first: a crash from here on leaves state that names every kernel object.
      for (const n of updated.values()) store.write(n)
      try {
        // The proxy binds every host port before any kernel object is made: a port taken
        // since resolvePorts checked it fails here with nothing to undo but the records.
        if (proxied) await startProxy(this.core.opts.root, spec.id, ports.map((p) => ({ ...p, ip: eps[gatewayIdx]!.ip })))
        await attachEndpoints(this.core.nl, netnsPath, eps, { loopback: true, createNetns: true, bridgeIndex: (b) => this.core.bridgeIndex(b) })
        const nft = ports.length > 0 && !proxied
        // The state just written, from memory: re-reading every network file costs ~0.15 ms.
        const now = all.map((n) => updated.get(n.id) ?? n)
        if (nft || nets.some((n) => n.dns)) await this.core.syncServices(now, { nft, dns: nets.some((n) => n.dns), compat: false })
      } catch (err) {
        if (proxied) await stopProxy(this.core.opts.root, spec.id).catch(() => undefined)
        await deleteLinks(this.core.nl, eps.map((e) => e.hostVeth)).catch(() => undefined)
        await this.core.nl.deleteNetns(netnsPath).catch(() => undefined)
        for (const n of updated.values()) store.write(withEndpoint(n, spec.id, undefined))
        if (ports.length > 0 && !proxied) await this.core.syncServices(store.list(), { dns: false, compat: false }).catch(() => undefined)
        throw err
      }
      const first = eps[0]
      const dnsNet = nets.find((n) => n.dns)
      const host = this.hostResolv()
      const upstreams = spec.dns?.length ? spec.dns : this.core.upstreams()
      return {
        netnsPath,
        hosts: hostsFile({ hostname: spec.hostname, domainname: spec.domainname, ip: first?.ip, extraHosts: spec.extraHosts, hostGateway: (nets[gatewayIdx] ?? nets[0])?.gateway }),
        resolvConf: dnsNet
          ? resolvConfInternal({ nameserver: dnsNet.gateway, host, upstreams: [...upstreams], dnsSearch: spec.dnsSearch, dnsOptions: spec.dnsOptions })
          : resolvConfLegacy(host, spec.dns, spec.dnsSearch, spec.dnsOptions),
        hostname: spec.hostname,
      }
    })
  }

  /**
   * Stop: endpoints go (addresses released), the netns file goes; `connect`ed networks are
   * remembered. Detaches requested while another holds the lock are done together by the
   * next holder (one lock, one store pass, one firewall/DNS update): `down` stops every
   * container at once, and one by one they queued for the lock and each redid the DNS.
   */
  async detach(containerId: string, opts: { forget?: boolean } = {}): Promise<void> {
    // Nothing to release (the usual case at rm, after stop released it): no lock. A `down`
    // removes containers while the network's removal holds the lock for the bridge's slow
    // deletion; they need not wait for it. The container's own lock keeps its attach away.
    if (this.nothingHeld(containerId, opts.forget === true)) return
    return new Promise<void>((resolve, reject) => {
      const prev = this.pendingDetaches.get(containerId)
      this.pendingDetaches.set(containerId, {
        forget: opts.forget === true || prev?.forget === true,
        done: (err) => {
          prev?.done(err)
          if (err) reject(err)
          else resolve()
        },
      })
      this.detachRun ??= this.runDetaches()
    })
  }

  private readonly pendingDetaches = new Map<string, { forget: boolean; done: (err?: unknown) => void }>()
  private detachRun: Promise<void> | undefined

  private async runDetaches(): Promise<void> {
    try {
      await this.core.locked(async () => {
        while (this.pendingDetaches.size > 0) {
          const batch = [...this.pendingDetaches]
          this.pendingDetaches.clear()
          const failed = new Map<string, unknown>()
          await Promise.all(batch.map(async ([cid]) => {
            try {
              await this.unpinLocked(cid)
            } catch (err) {
              failed.set(cid, err)
            }
          }))
          let flags = { nft: false, dns: false }
          try {
            flags = this.releaseRecordsLocked(batch.filter(([cid]) => !failed.has(cid)).map(([cid, req]) => [cid, !req.forget]))
          } catch (err) {
            for (const [cid] of batch) if (!failed.has(cid)) failed.set(cid, err)
          }
          let syncErr: unknown
          if (flags.nft || flags.dns) {
            await this.core.syncServices(this.core.store.list(), { nft: flags.nft, dns: flags.dns, compat: false }).catch((err: unknown) => (syncErr = err))
          }
          for (const [cid, req] of batch) req.done(failed.get(cid) ?? syncErr)
        }
        // Still under the lock and with nothing pending: a later detach starts a new run.
        this.detachRun = undefined
      })
    } catch (err) {
      // The lock itself failed: everyone waiting hears it.
      this.detachRun = undefined
      const batch = [...this.pendingDetaches]
      this.pendingDetaches.clear()
      for (const [, req] of batch) req.done(err)
    }
  }

  private nothingHeld(cid: string, forget: boolean): boolean {
    if (existsSync(this.core.store.netnsPath(cid)) || hasProxy(this.core.opts.root, cid)) return false
    return !this.core.store.list().some((n) => {
      const e = n.endpoints[cid]
      return e !== undefined && (e.active !== undefined || forget || !e.explicit)
    })
  }

  /**
   * One container's kernel part of a detach, under the lock: unpins its netns and stops its
   * proxy. Unpinning the netns is enough: the kernel destroys its veths (and so the host ends)
   * asynchronously, which keeps stop fast; deleting each veth here costs ~30 ms of RCU waits.
   * A restart that finds a host end still there deletes it (attachEndpoints).
   */
  private async unpinLocked(cid: string): Promise<void> {
    const netnsPath = this.core.store.netnsPath(cid)
    if (existsSync(netnsPath)) await this.core.nl.deleteNetns(netnsPath)
    await stopProxy(this.core.opts.root, cid)
  }

  /**
   * The records' part of a batch of detaches, under the lock: every container's endpoints
   * leave the networks in one pass, each network file written once (a `down` of ten
   * containers wrote the same file ten times). `keepExplicit`: `connect`ed endpoints stay,
   * inactive, for the next start. Returns what the firewall/DNS update must cover.
   */
  private releaseRecordsLocked(batch: ReadonlyArray<readonly [cid: string, keepExplicit: boolean]>): { nft: boolean; dns: boolean } {
    const flags = { nft: false, dns: false }
    for (const n of this.core.store.list()) {
      let next = n
      for (const [cid, keepExplicit] of batch) {
        const e = next.endpoints[cid]
        if (!e) continue
        flags.nft ||= (e.active?.ports.length ?? 0) > 0
        flags.dns ||= n.dns
        next = withEndpoint(next, cid, keepExplicit && e.explicit ? { ...e, active: undefined } : undefined)
      }
      if (next !== n) this.core.store.write(next)
    }
    return flags
  }

  /**
   * `network connect`: remembered for the container's next start, and attached now when it
   * runs (its netns file exists): a new eth<n>, no change to its default route.
   */
  async connect(ref: string, c: { id: string; name: string }, req: Omit<EndpointRequest, 'network'> = {}): Promise<void> {
    const { store } = this.core
    await this.core.locked(async () => {
      const all = store.list()
      const n = store.get(ref, all)
      if (n.endpoints[c.id]) throw new RuntimeError('NETWORK_ALREADY_CONNECTED', `endpoint with name ${c.name} already exists in network ${n.name}`, { exitCode: 1 })
      const netnsPath = store.netnsPath(c.id)
      const running = existsSync(netnsPath)
      const base: EndpointRecord = {
        containerId: c.id,
        containerName: c.name,
        aliases: [...(req.aliases ?? [])],
        ipv4Address: req.ipv4Address,
        macAddress: req.macAddress,
        ports: [],
        dns: [],
        explicit: true,
      }
      if (!running) {
        store.write(withEndpoint(n, c.id, base))
        return
      }
      const used = new Set<number>()
      for (const x of all) {
        const a = x.endpoints[c.id]?.active
        if (a) used.add(Number(a.ifname.slice(3)))
      }
      const ip = allocateIp(n, req, c.name)
      const index = freeIndex(used)
      const active: Active = { ip, mac: req.macAddress ?? macForIp(ip), ifname: `eth${index}`, hostVeth: hostVethName(c.id, index), ports: [], gateway: false }
      const hasDefault = all.some((x) => x.endpoints[c.id]?.active?.gateway)
      const rec = withEndpoint(n, c.id, { ...base, active: { ...active, gateway: !hasDefault && !n.internal } }, req.ipv4Address ? undefined : ip)
      store.write(rec)
      try {
        await attachEndpoints(this.core.nl, netnsPath, [{
          index, ifname: active.ifname, hostVeth: active.hostVeth, bridge: n.bridge, ip, subnet: n.subnet, mac: active.mac,
          defaultGateway: !hasDefault && !n.internal ? n.gateway : undefined, alias: linkAlias(this.core.opts.root, 'endpoint', c.id),
        }], { loopback: false, bridgeIndex: (b) => this.core.bridgeIndex(b) })
        if (n.dns) await this.core.syncServices(store.list(), { nft: false, compat: false })
      } catch (err) {
        await deleteLinks(this.core.nl, [active.hostVeth]).catch(() => undefined)
        store.write(n)
        throw err
      }
    })
  }

  async disconnect(ref: string, containerId: string, opts: { force?: boolean } = {}): Promise<void> {
    const { store } = this.core
    await this.core.locked(async () => {
      const all = store.list()
      const n = store.get(ref, all)
      const e = n.endpoints[containerId]
      if (!e) {
        if (opts.force) return
        throw new RuntimeError('NETWORK_NOT_CONNECTED', `container ${containerId.slice(0, 12)} is not connected to network ${n.name}`, { exitCode: 1 })
      }
      if (e.active) await deleteLinks(this.core.nl, [e.active.hostVeth])
      // The published ports leave with the endpoint that carried them.
      if (e.active && e.active.ports.length > 0) await stopProxy(this.core.opts.root, containerId)
      store.write(withEndpoint(n, containerId, undefined))
      if (e.active && (n.dns || e.active.ports.length > 0)) await this.core.syncServices(store.list(), { nft: e.active.ports.length > 0, dns: n.dns, compat: false })
    })
  }

  /** Published ports of a container (what `port` prints). */
  portMappings(containerId: string): PortMapping[] {
    return this.core.store.list().flatMap((n) => n.endpoints[containerId]?.active?.ports ?? [])
  }
}
