/**
 * The networking API of a state root, for the CLI, the container manager (through
 * NetworkAttacher) and the compose engine.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { ContainerRecord } from '../containers/config.js'
import { isSupervisorAlive, readState } from '../containers/state-file.js'
import type { NetworkAttacher, NetworkAttachment } from '../containers/network-hook.js'
import { RuntimeError } from '../errors.js'
import { Endpoints, resolveContainerRef } from './endpoints.js'
import type { FirewallMode } from './firewall-mode.js'
import { NetworkCore, type NetworkManagerOptions } from './manager.js'
import { BUILTIN_NETWORKS, builtinNetworkId } from './names.js'
import { fromPortBindings } from './ports.js'
import { reclaimLeftovers, type ReclaimOptions, type ReclaimReport } from './reclaim.js'
import type { Attachment, ContainerNetworkSpec, CreateNetworkOptions, EndpointRequest, NetworkRecord, PortMapping, PortRequest } from './types.js'

/** One network of docker's NetworkSettings.Networks. */
export interface EndpointSettings {
  readonly IPAMConfig: { IPv4Address: string } | null
  readonly Links: null
  readonly Aliases: string[]
  readonly MacAddress: string
  readonly DriverOpts: null
  readonly NetworkID: string
  readonly EndpointID: string
  readonly Gateway: string
  readonly IPAddress: string
  readonly IPPrefixLen: number
  readonly IPv6Gateway: string
  readonly GlobalIPv6Address: string
  readonly GlobalIPv6PrefixLen: number
  readonly DNSNames: string[] | null
}

export interface NetworkSettings {
  readonly SandboxKey: string
  readonly Ports: Record<string, Array<{ HostIp: string; HostPort: string }>>
  readonly Gateway: string
  readonly IPAddress: string
  readonly IPPrefixLen: number
  readonly MacAddress: string
  readonly Networks: Record<string, EndpointSettings>
}

export class Networks implements NetworkAttacher {
  private readonly core: NetworkCore
  private readonly endpoints: Endpoints

  constructor(readonly opts: NetworkManagerOptions) {
    this.core = new NetworkCore(opts)
    this.endpoints = new Endpoints(this.core)
  }

  get root(): string {
    return this.opts.root
  }
  /** nftables table of this root (`inet`). */
  get nftTable(): string {
    return this.core.table
  }
  /**
   * docker's predefined networks, as `network ls` shows them: `bridge` (its record once it
   * was created on first use), `host` and `none` (network modes, with no record).
   */
  predefined(): Array<{ id: string; name: string; driver: 'bridge' | 'host' | 'null'; record?: NetworkRecord }> {
    return BUILTIN_NETWORKS.map((name) => {
      const record = name === 'bridge' ? this.find('bridge') : undefined
      return { id: record?.id ?? builtinNetworkId(this.root, name), name, driver: name === 'bridge' ? 'bridge' : name === 'host' ? 'host' : 'null', ...(record ? { record } : {}) }
    })
  }
  /** Whether this root's ports go through nftables DNAT or the userland proxy (probed once per root). */
  firewallMode(): Promise<FirewallMode> {
    return this.core.mode()
  }

  list(): NetworkRecord[] {
    return this.core.list()
  }
  inspect(ref: string): NetworkRecord {
    return this.core.inspect(ref)
  }
  find(ref: string): NetworkRecord | undefined {
    return this.core.store.find(ref)
  }
  create(o: CreateNetworkOptions): Promise<NetworkRecord> {
    return this.core.create(o)
  }
  /**
   * docker releases a container's endpoints when it exits; ours keep theirs until a stop, rm
   * or start releases them, so a container that exited by itself (a finished job) made the
   * network "in use". Those are released first, as a stop would: only running containers keep
   * a network from going.
   */
  async remove(ref: string): Promise<void> {
    const rec = this.core.store.get(ref)
    for (const [cid, e] of Object.entries(rec.endpoints)) {
      if (e.active && exitedBySelf(this.opts.root, cid)) await this.endpoints.detach(cid)
    }
    return this.core.remove(ref)
  }
  prune(filter?: (n: NetworkRecord) => boolean): Promise<string[]> {
    return this.core.prune(filter)
  }
  /** Every network of the root, the default `bridge` included: teardown of a (test) root. */
  async removeAll(): Promise<void> {
    await this.core.prune()
    if (this.find('bridge')) await this.remove('bridge')
  }

  /** Creates the netns, endpoints, ports and DNS names of a starting container. */
  attach(spec: ContainerNetworkSpec): Promise<Attachment> {
    return this.endpoints.attach(spec)
  }
  /** Releases a stopped container's endpoints; `forget` also drops `connect`ed networks (rm). */
  detach(containerId: string, opts: { forget?: boolean } = {}): Promise<void> {
    return this.endpoints.detach(containerId, opts)
  }
  connect(network: string, container: { id: string; name: string }, req?: Omit<EndpointRequest, 'network'>): Promise<void> {
    return this.endpoints.connect(network, container, req)
  }
  disconnect(network: string, containerId: string, opts?: { force?: boolean }): Promise<void> {
    return this.endpoints.disconnect(network, containerId, opts)
  }
  portMappings(containerId: string): PortMapping[] {
    return this.endpoints.portMappings(containerId)
  }
  /**
   * docker inspect's NetworkSettings of a container (Networks, Ports, and the first
   * network's address fields), from the live endpoints; empty maps when it is not running.
   */
  networkSettings(containerId: string): NetworkSettings {
    const networks: Record<string, EndpointSettings> = {}
    const ports: Record<string, Array<{ HostIp: string; HostPort: string }>> = {}
    let first: EndpointSettings | undefined
    for (const n of this.list()) {
      const e = n.endpoints[containerId]
      if (!e) continue
      const a = e.active
      const prefix = Number(n.subnet.split('/')[1])
      const s: EndpointSettings = {
        IPAMConfig: e.ipv4Address ? { IPv4Address: e.ipv4Address } : null,
        Links: null,
        Aliases: [...e.aliases],
        MacAddress: a?.mac ?? '',
        DriverOpts: null,
        NetworkID: n.id,
        EndpointID: a ? createHash('sha256').update(`${n.id}/${containerId}`).digest('hex') : '',
        Gateway: a ? n.gateway : '',
        IPAddress: a?.ip ?? '',
        IPPrefixLen: a ? prefix : 0,
        IPv6Gateway: '',
        GlobalIPv6Address: '',
        GlobalIPv6PrefixLen: 0,
        DNSNames: n.dns && a ? [e.containerName, containerId.slice(0, 12), ...e.aliases] : null,
      }
      networks[n.name] = s
      if (a && (a.ifname === 'eth0' || !first)) first = s
      for (const p of a?.ports ?? []) {
        const key = `${p.containerPort}/${p.protocol}`
        ;(ports[key] ??= []).push({ HostIp: p.hostIp || '0.0.0.0', HostPort: String(p.hostPort) })
      }
    }
    return {
      SandboxKey: existsSync(this.netnsPath(containerId)) ? this.netnsPath(containerId) : '',
      Ports: ports,
      Gateway: first?.Gateway ?? '',
      IPAddress: first?.IPAddress ?? '',
      IPPrefixLen: first?.IPPrefixLen ?? 0,
      MacAddress: first?.MacAddress ?? '',
      Networks: networks,
    }
  }

  /** Path of a container's netns file (exists while it runs). */
  netnsPath(containerId: string): string {
    return this.core.store.netnsPath(containerId)
  }
  reclaimLeftovers(o?: ReclaimOptions): Promise<ReclaimReport> {
    return reclaimLeftovers(this.core, o)
  }

  // ---- NetworkAttacher (the container manager's hook) ----

  async prepare(rec: ContainerRecord): Promise<NetworkAttachment> {
    const mode = rec.HostConfig.NetworkMode || 'bridge'
    if (mode.startsWith('container:')) {
      const ref = mode.slice('container:'.length)
      const id = resolveContainerRef(this.root, ref)
      if (!id) throw new RuntimeError('NETWORK_CONTAINER_NOT_FOUND', `network mode ${mode}: no running container ${ref} to share a network namespace with`, { exitCode: 125 })
      return { netnsPath: this.netnsPath(id) }
    }
    const a = await this.attach(containerSpec(rec))
    return { netnsPath: a.netnsPath, hosts: a.hosts, resolvConf: a.resolvConf, hostname: a.hostname }
  }

  async release(rec: ContainerRecord, opts: { removed?: boolean } = {}): Promise<void> {
    if (rec.HostConfig.NetworkMode.startsWith('container:')) return
    await this.detach(rec.Id, { forget: opts.removed === true })
  }
}

/** The network facts of a container record (docker's HostConfig/Config fields). */
export function containerSpec(rec: ContainerRecord): ContainerNetworkSpec {
  const h = rec.HostConfig
  const name = rec.Name.replace(/^\//, '')
  const mode = h.NetworkMode || 'bridge'
  return {
    id: rec.Id,
    name,
    hostname: rec.Config.Hostname,
    domainname: rec.Config.Domainname || undefined,
    networks: [{
      network: mode === 'default' ? 'bridge' : mode,
      // docker: aliases only on user-defined networks
      aliases: mode === 'bridge' ? [] : rec.NetworkAliases,
      ipv4Address: rec.NetworkIp,
      macAddress: rec.NetworkMac,
    }],
    ports: [...fromPortBindings(h.PortBindings ?? {}), ...publishAll(rec)],
    dns: h.Dns,
    dnsSearch: h.DnsSearch,
    dnsOptions: h.DnsOptions,
    extraHosts: h.ExtraHosts,
  }
}

/** -P: every exposed port without an explicit binding gets an ephemeral host port. */
function publishAll(rec: ContainerRecord): PortRequest[] {
  if (!rec.HostConfig.PublishAllPorts) return []
  const bound = new Set(Object.keys(rec.HostConfig.PortBindings ?? {}))
  return Object.keys(rec.Config.ExposedPorts ?? {})
    .filter((k) => !bound.has(k) && !bound.has(`${k}/tcp`))
    .map((k) => {
      const [port, proto = 'tcp'] = k.split('/')
      return { protocol: proto === 'udp' ? 'udp' : 'tcp', containerPort: Number(port), hostPort: 0, hostIp: '' } as PortRequest
    })
}

/** The container's process is gone for good: exited or dead, and no supervisor to restart it. */
function exitedBySelf(root: string, containerId: string): boolean {
  const st = readState(join(root, 'containers', containerId))
  return st !== undefined && (st.status === 'exited' || st.status === 'dead') && !isSupervisorAlive(st.supervisorPid)
}
