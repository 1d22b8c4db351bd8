/**
 * The normalized compose model: what `loadProject` returns and what `config` prints.
 * One shape only: long syntax, absolute paths, defaults applied. Keys keep their compose
 * spelling (snake_case) so the model prints as docker compose prints it, field for field.
 * Code after the loader never checks for short syntax.
 */
export type Extensions = { readonly [key: `x-${string}`]: unknown }

/** `environment`, `build.args`: a value of null means "declared, no value". */
export type MappingWithEquals = Readonly<Record<string, string | null>>
export type Mapping = Readonly<Record<string, string>>

export interface PortConfig extends Extensions {
  readonly name?: string
  readonly mode: 'ingress' | 'host' | (string & {})
  readonly host_ip?: string
  readonly target: number
  /** A port or a range ("8000-8010"), always a string as docker compose prints it. */
  readonly published?: string
  readonly protocol: 'tcp' | 'udp' | 'sctp' | (string & {})
  readonly app_protocol?: string
}

export interface VolumeMount extends Extensions {
  readonly type: 'bind' | 'volume' | 'tmpfs' | 'npipe' | 'cluster' | 'image'
  /** Absolute host path for binds, volume key for named volumes, absent for anonymous ones. */
  readonly source?: string
  readonly target: string
  readonly read_only?: boolean
  readonly consistency?: string
  readonly bind?: {
    readonly propagation?: string
    readonly create_host_path?: boolean
    readonly recursive?: string
    readonly selinux?: 'z' | 'Z'
  }
  readonly volume?: { readonly nocopy?: boolean; readonly subpath?: string }
  readonly tmpfs?: { readonly size?: string; readonly mode?: number }
  readonly image?: { readonly subpath?: string }
}

export interface ServiceDependency extends Extensions {
  readonly condition: 'service_started' | 'service_healthy' | 'service_completed_successfully'
  readonly restart?: boolean
  readonly required: boolean
}

export interface ServiceNetwork extends Extensions {
  readonly aliases?: readonly string[]
  readonly interface_name?: string
  readonly ipv4_address?: string
  readonly ipv6_address?: string
  readonly link_local_ips?: readonly string[]
  readonly mac_address?: string
  readonly driver_opts?: Mapping
  readonly priority?: number
  readonly gw_priority?: number
}

export interface BuildConfig extends Extensions {
  /** Absolute path, or a URL / git reference left as written. */
  readonly context: string
  readonly dockerfile?: string
  readonly dockerfile_inline?: string
  readonly args?: MappingWithEquals
  readonly ssh?: readonly string[]
  readonly labels?: Mapping
  readonly cache_from?: readonly string[]
  readonly cache_to?: readonly string[]
  readonly no_cache?: boolean
  readonly additional_contexts?: Mapping
  readonly network?: string
  readonly pull?: boolean
  readonly target?: string
  readonly shm_size?: string
  readonly extra_hosts?: Readonly<Record<string, readonly string[]>>
  readonly isolation?: string
  readonly privileged?: boolean
  readonly secrets?: readonly FileReference[]
  readonly tags?: readonly string[]
  readonly ulimits?: Readonly<Record<string, Ulimit>>
  readonly platforms?: readonly string[]
  readonly [key: string]: unknown
}

/** Durations are Go duration strings ("1m30s"), as docker compose prints them. */
export interface HealthCheck extends Extensions {
  readonly test?: readonly string[]
  readonly timeout?: string
  readonly interval?: string
  readonly retries?: number
  readonly start_period?: string
  readonly start_interval?: string
  readonly disable?: boolean
}

export interface Ulimit {
  readonly single?: number
  readonly soft?: number
  readonly hard?: number
}

export interface FileReference extends Extensions {
  readonly source: string
  readonly target?: string
  readonly uid?: string
  readonly gid?: string
  readonly mode?: number
}

export interface DeviceMapping {
  readonly source: string
  readonly target: string
  readonly permissions: string
}

/** Byte sizes print as decimal strings of bytes ("536870912"), as docker compose prints them. */
export interface Resources {
  readonly cpus?: number
  readonly memory?: string
  readonly pids?: number
  readonly devices?: readonly Readonly<Record<string, unknown>>[]
  readonly generic_resources?: readonly unknown[]
}

export interface DeployConfig extends Extensions {
  readonly mode?: string
  readonly replicas?: number
  readonly labels?: Mapping
  readonly resources?: { readonly limits?: Resources; readonly reservations?: Resources }
  readonly restart_policy?: { readonly condition?: string; readonly delay?: string; readonly max_attempts?: number; readonly window?: string }
  readonly update_config?: Readonly<Record<string, unknown>>
  readonly rollback_config?: Readonly<Record<string, unknown>>
  readonly placement?: Readonly<Record<string, unknown>>
  readonly endpoint_mode?: string
}

export interface Service extends Extensions {
  readonly image?: string
  readonly build?: BuildConfig
  readonly command?: readonly string[] | null
  readonly entrypoint?: readonly string[] | null
  readonly environment?: MappingWithEquals
  readonly ports?: readonly PortConfig[]
  readonly expose?: readonly string[]
  readonly volumes?: readonly VolumeMount[]
  readonly volumes_from?: readonly string[]
  readonly depends_on?: Readonly<Record<string, ServiceDependency>>
  readonly networks?: Readonly<Record<string, ServiceNetwork | null>>
  readonly network_mode?: string
  readonly healthcheck?: HealthCheck
  readonly labels?: Mapping
  readonly annotations?: Mapping
  readonly ulimits?: Readonly<Record<string, Ulimit>>
  readonly deploy?: DeployConfig
  readonly mem_limit?: string
  readonly mem_reservation?: string
  readonly memswap_limit?: string
  readonly shm_size?: string
  readonly cpus?: number
  readonly restart?: string
  readonly stop_grace_period?: string
  readonly stop_signal?: string
  readonly secrets?: readonly FileReference[]
  readonly configs?: readonly FileReference[]
  readonly devices?: readonly DeviceMapping[]
  readonly dns?: readonly string[]
  readonly dns_search?: readonly string[]
  readonly tmpfs?: readonly string[]
  readonly extra_hosts?: Readonly<Record<string, readonly string[]>>
  readonly profiles?: readonly string[]
  readonly container_name?: string
  readonly hostname?: string
  readonly user?: string
  readonly working_dir?: string
  readonly scale?: number
  readonly pull_policy?: string
  readonly privileged?: boolean
  readonly read_only?: boolean
  readonly init?: boolean
  readonly tty?: boolean
  readonly stdin_open?: boolean
  readonly sysctls?: Mapping
  readonly logging?: { readonly driver?: string; readonly options?: Readonly<Record<string, string | null>> }
  /** Every other compose key, already in its canonical form. */
  readonly [key: string]: unknown
}

export interface NetworkConfig extends Extensions {
  readonly name: string
  readonly driver?: string
  readonly driver_opts?: Mapping
  readonly ipam?: Readonly<Record<string, unknown>>
  readonly external?: boolean
  readonly internal?: boolean
  readonly enable_ipv4?: boolean
  readonly enable_ipv6?: boolean
  readonly attachable?: boolean
  readonly labels?: Mapping
}

export interface VolumeConfig extends Extensions {
  readonly name: string
  readonly driver?: string
  readonly driver_opts?: Mapping
  readonly external?: boolean
  readonly labels?: Mapping
}

export interface FileObjectConfig extends Extensions {
  readonly name: string
  readonly file?: string
  readonly environment?: string
  readonly content?: string
  readonly external?: boolean
  readonly labels?: Mapping
  readonly driver?: string
  readonly driver_opts?: Mapping
  readonly template_driver?: string
}

/** The part of a project that `config` prints. */
export interface ComposeModel extends Extensions {
  readonly name: string
  readonly services: Readonly<Record<string, Service>>
  readonly networks?: Readonly<Record<string, NetworkConfig>>
  readonly volumes?: Readonly<Record<string, VolumeConfig>>
  readonly secrets?: Readonly<Record<string, FileObjectConfig>>
  readonly configs?: Readonly<Record<string, FileObjectConfig>>
  readonly models?: Readonly<Record<string, unknown>>
}

/** A loaded project: the printed model plus what the loader learnt on the way. */
export interface Project {
  readonly model: ComposeModel
  /** Project directory (absolute): relative paths were resolved against it. */
  readonly workingDir: string
  /** The compose files, in the order they were merged (absolute, or "-" for stdin). */
  readonly composeFiles: readonly string[]
  /** The environment used for interpolation: process env over .env / --env-file. */
  readonly environment: Readonly<Record<string, string>>
  /** Profiles that were active. */
  readonly profiles: readonly string[]
  /** Services left out by profiles, still normalized (docker compose keeps them aside). */
  readonly disabledServices: Readonly<Record<string, Service>>
  /** Warnings gathered while loading (unset variables, obsolete `version`, ...). */
  readonly warnings: readonly string[]
}
