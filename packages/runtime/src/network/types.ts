/**
 * Network state as stored on disk: `<root>/networks/<id>.json`, one file per network, every
 * change made under `<root>/networks/.lock` (flock). The DNS responder reads the same files.
 */

export type Protocol = 'tcp' | 'udp'

/** A published port, resolved (host port chosen) when the endpoint is attached. */
export interface PortMapping {
  readonly protocol: Protocol
  readonly containerPort: number
  readonly hostPort: number
  /** '' = every host address (docker's 0.0.0.0). */
  readonly hostIp: string
}

/** What the user asked to publish: `-p` after parsing (ranges already expanded). */
export interface PortRequest {
  readonly protocol: Protocol
  readonly containerPort: number
  /** 0 = an ephemeral port chosen at attach time. */
  readonly hostPort: number
  /** `8000-8010:80`: any free port from hostPort to hostPortEnd. */
  readonly hostPortEnd?: number
  readonly hostIp: string
}

export interface EndpointRecord {
  readonly containerId: string
  /** Container name without docker's leading slash. */
  readonly containerName: string
  /** Extra names for this container on this network (service name, --network-alias). */
  readonly aliases: readonly string[]
  /** Requested static address and MAC (kept across restarts). */
  readonly ipv4Address?: string
  readonly macAddress?: string
  readonly ports: readonly PortRequest[]
  /** Upstream resolvers for names this container looks up (--dns). */
  readonly dns: readonly string[]
  /** Connected with `network connect` (kept while the container exists) vs from its network mode. */
  readonly explicit: boolean
  /** Set while the container runs: the kernel objects exist. */
  readonly active?: {
    readonly ip: string
    readonly mac: string
    /** eth0, eth1, … inside the container. */
    readonly ifname: string
    /** Host end of the veth pair: tv<container id><index>. */
    readonly hostVeth: string
    readonly ports: readonly PortMapping[]
    /** The endpoint that carries the default route and the published ports. */
    readonly gateway: boolean
  }
}

export interface NetworkRecord {
  readonly id: string
  readonly name: string
  readonly driver: 'bridge'
  readonly created: string
  readonly internal: boolean
  readonly attachable: boolean
  readonly labels: Readonly<Record<string, string>>
  readonly options: Readonly<Record<string, string>>
  readonly subnet: string
  readonly gateway: string
  readonly ipRange?: string
  /** Set when the user chose the subnet (docker's IPAM Config shows it either way). */
  readonly userSubnet: boolean
  /** Linux bridge: tsc-<12 hex of id>. */
  readonly bridge: string
  /** Embedded DNS (user-defined networks; not docker's default `bridge`). */
  readonly dns: boolean
  /** CNI host-local: the next address is allocated after this one. */
  readonly lastAllocated?: string
  readonly endpoints: Readonly<Record<string, EndpointRecord>>
}

export interface CreateNetworkOptions {
  readonly name: string
  readonly driver?: string
  readonly subnet?: string
  readonly gateway?: string
  readonly ipRange?: string
  readonly internal?: boolean
  readonly attachable?: boolean
  readonly labels?: Readonly<Record<string, string>>
  readonly options?: Readonly<Record<string, string>>
  /** Succeed and return the existing network when one by that name exists. */
  readonly ifNotExists?: boolean
}

/** A container's request to join one network (from --network and `network connect`). */
export interface EndpointRequest {
  readonly network: string
  readonly aliases?: readonly string[]
  readonly ipv4Address?: string
  readonly macAddress?: string
}

/** What the container needs to start: the netns to join and its /etc files. */
export interface Attachment {
  readonly netnsPath: string
  readonly hosts: string
  readonly resolvConf: string
  readonly hostname?: string
}

/** The container facts networking needs (a subset of the container record). */
export interface ContainerNetworkSpec {
  readonly id: string
  readonly name: string
  readonly hostname: string
  readonly domainname?: string
  /** Networks in attach order (eth0 first). */
  readonly networks: readonly EndpointRequest[]
  readonly ports?: readonly PortRequest[]
  readonly dns?: readonly string[]
  readonly dnsSearch?: readonly string[]
  readonly dnsOptions?: readonly string[]
  readonly extraHosts?: readonly string[]
}
