/**
 * The container model: what `create` is asked for (CreateOptions, structured: the CLI and the
 * compose engine parse their syntaxes into it) and what is persisted in
 * <root>/containers/<id>/config.json (ContainerRecord: docker's Config + HostConfig split,
 * fully resolved so `start` does no image or passwd lookups again).
 */

export type RestartPolicyName = 'no' | 'always' | 'on-failure' | 'unless-stopped'

export interface RestartPolicy {
  readonly name: RestartPolicyName
  /** on-failure only; 0 = unlimited. */
  readonly maximumRetryCount: number
}

/** Durations in nanoseconds, like docker's HealthConfig. */
export interface HealthConfig {
  /** ["NONE"] disables, ["CMD", ...] or ["CMD-SHELL", "cmd"]; [] inherits from the image. */
  readonly test: readonly string[]
  readonly interval?: number
  readonly timeout?: number
  readonly retries?: number
  readonly startPeriod?: number
  readonly startInterval?: number
}

import type { Ulimit } from '../util/index.js'
export type { Ulimit }

export interface Resources {
  /** Bytes; 0 = unlimited. */
  readonly memory?: number
  /** Bytes of memory + swap; -1 = unlimited swap; unset = 2x memory like docker. */
  readonly memorySwap?: number
  readonly memoryReservation?: number
  readonly nanoCpus?: number
  readonly cpuShares?: number
  readonly cpuPeriod?: number
  readonly cpuQuota?: number
  readonly cpusetCpus?: string
  readonly pidsLimit?: number
  readonly ulimits?: readonly Ulimit[]
  readonly oomScoreAdj?: number
}

export type MountType = 'bind' | 'volume' | 'tmpfs'

/** A requested mount, in docker's --mount long form. */
export interface MountRequest {
  readonly type: MountType
  /** bind: host path; volume: volume name ('' or undefined = anonymous); tmpfs: unused. */
  readonly source?: string
  readonly target: string
  readonly readOnly?: boolean
  /** bind: create the host dir when missing (the -v short syntax does, --mount does not). */
  readonly createHostPath?: boolean
  readonly bindPropagation?: string
  readonly tmpfsSize?: number
  readonly tmpfsMode?: number
  /** volume: do not copy image content into a new volume. */
  readonly noCopy?: boolean
  readonly volumeLabels?: Readonly<Record<string, string>>
  readonly volumeDriverOpts?: Readonly<Record<string, string>>
}

export interface PortBinding {
  readonly containerPort: number
  readonly protocol: 'tcp' | 'udp' | 'sctp'
  readonly hostIp?: string
  /** Undefined or 0 = an ephemeral port. */
  readonly hostPort?: number
}

export interface NetworkOptions {
  /** none | host | bridge | <network name> | container:<id>. */
  readonly mode: string
  readonly aliases?: readonly string[]
  readonly ipv4Address?: string
  readonly dns?: readonly string[]
  readonly dnsSearch?: readonly string[]
  readonly dnsOptions?: readonly string[]
  /** host:ip lines for /etc/hosts. */
  readonly extraHosts?: readonly string[]
  readonly ports?: readonly PortBinding[]
  readonly publishAll?: boolean
  readonly macAddress?: string
}

/** docker's HostConfig.Devices entry (--device HOST[:CONTAINER[:PERMS]], compose `devices:`). */
export interface DeviceMapping {
  /** A device node, or a directory whose device nodes are all added (docker walks it). */
  readonly PathOnHost: string
  readonly PathInContainer: string
  /** Subset of "rwm". */
  readonly CgroupPermissions: string
}

export interface CreateOptions {
  readonly image: string
  readonly name?: string
  /** undefined = image's; [] = reset (docker's --entrypoint ""). */
  readonly entrypoint?: readonly string[]
  /** undefined or [] = image's CMD (unless entrypoint was reset). */
  readonly cmd?: readonly string[]
  /** K=V entries appended to the image env (later wins). */
  readonly env?: readonly string[]
  readonly workdir?: string
  readonly user?: string
  readonly groupAdd?: readonly string[]
  readonly hostname?: string
  readonly domainname?: string
  readonly tty?: boolean
  readonly openStdin?: boolean
  readonly labels?: Readonly<Record<string, string>>
  readonly mounts?: readonly MountRequest[]
  readonly resources?: Resources
  readonly capAdd?: readonly string[]
  readonly capDrop?: readonly string[]
  readonly privileged?: boolean
  /** Host devices to create in the container and allow in its device cgroup (--device). */
  readonly devices?: readonly DeviceMapping[]
  /** Extra device cgroup allow rules, docker's `c 1:3 rwm` syntax (--device-cgroup-rule). */
  readonly deviceCgroupRules?: readonly string[]
  readonly readOnly?: boolean
  readonly securityOpt?: readonly string[]
  readonly sysctls?: Readonly<Record<string, string>>
  readonly shmSize?: number
  readonly restart?: RestartPolicy
  readonly healthcheck?: HealthConfig
  readonly stopSignal?: string
  /** Seconds. */
  readonly stopTimeout?: number
  readonly init?: boolean
  readonly autoRemove?: boolean
  readonly network?: NetworkOptions
  /** Parent cgroup (default: the runtime's). */
  readonly cgroupParent?: string
  /** Log rotation (json-file max-size / max-file). */
  readonly logMaxSize?: number
  readonly logMaxFiles?: number
}

/** docker's Config, as stored and shown by inspect. */
export interface StoredConfig {
  readonly Hostname: string
  readonly Domainname: string
  readonly User: string
  readonly AttachStdin: boolean
  readonly AttachStdout: boolean
  readonly AttachStderr: boolean
  readonly Tty: boolean
  readonly OpenStdin: boolean
  readonly StdinOnce: boolean
  readonly Env: string[]
  readonly Cmd: string[] | null
  readonly Entrypoint: string[] | null
  readonly Image: string
  readonly Volumes: Record<string, object> | null
  readonly WorkingDir: string
  readonly Labels: Record<string, string>
  readonly StopSignal?: string
  readonly StopTimeout?: number
  readonly Healthcheck?: HealthConfig
  readonly ExposedPorts?: Record<string, object>
}

/** A mount resolved at create time: what inspect shows and what start mounts. */
export interface ResolvedMount {
  readonly Type: MountType
  readonly Name?: string
  /** Host path (bind source, volume _data); '' for tmpfs. */
  readonly Source: string
  readonly Destination: string
  readonly Mode: string
  readonly RW: boolean
  readonly Propagation: string
  readonly Driver?: string
  /** Anonymous volumes are removed by `rm -v` and `--rm`. */
  readonly Anonymous?: boolean
  readonly TmpfsSize?: number
  readonly TmpfsMode?: number
  /** volume with type=tmpfs / bind driver opts: how start materializes it. */
  readonly VolumeKind?: 'dir' | 'tmpfs' | 'bind'
  readonly VolumeOptions?: string
}

export interface StoredHostConfig {
  readonly AutoRemove: boolean
  readonly Privileged: boolean
  /** Optional: records written before devices existed have neither (read as none). */
  readonly Devices?: DeviceMapping[]
  /** null when none, as docker shows it. */
  readonly DeviceCgroupRules?: string[] | null
  readonly ReadonlyRootfs: boolean
  readonly CapAdd: string[]
  readonly CapDrop: string[]
  readonly SecurityOpt: string[]
  readonly RestartPolicy: { Name: RestartPolicyName; MaximumRetryCount: number }
  readonly NetworkMode: string
  readonly Init: boolean
  readonly Memory: number
  readonly MemorySwap: number
  readonly MemoryReservation: number
  readonly NanoCpus: number
  readonly CpuShares: number
  readonly CpuPeriod: number
  readonly CpuQuota: number
  readonly CpusetCpus: string
  readonly PidsLimit: number | null
  readonly Ulimits: Ulimit[]
  readonly OomScoreAdj: number
  readonly ShmSize: number
  readonly Sysctls: Record<string, string>
  readonly Dns: string[]
  readonly DnsSearch: string[]
  readonly DnsOptions: string[]
  readonly ExtraHosts: string[]
  readonly PortBindings: Record<string, Array<{ HostIp: string; HostPort: string }>>
  readonly PublishAllPorts: boolean
  readonly GroupAdd: string[]
  readonly LogConfig: { Type: 'json-file'; Config: Record<string, string> }
}

export interface ContainerRecord {
  readonly Id: string
  readonly Name: string
  readonly Created: string
  /** Image id (sha256:...). */
  readonly Image: string
  readonly Path: string
  readonly Args: string[]
  readonly Config: StoredConfig
  readonly HostConfig: StoredHostConfig
  readonly Mounts: ResolvedMount[]
  /** Lower dirs of the image, top-most first, resolved at create (images in use can't go). */
  readonly LowerDirs: string[]
  /** Resolved process identity. */
  readonly Process: { uid: number; gid: number; groups: number[] }
  readonly NetworkAliases: string[]
  readonly NetworkIp?: string
  /** --mac-address / mac_address: the MAC of the first network's endpoint (kept across restarts). */
  readonly NetworkMac?: string
  /** Set by `rename`. */
  readonly cgroupParent: string
}
