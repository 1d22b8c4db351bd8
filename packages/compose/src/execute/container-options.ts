import { parseBytes, parseDuration, type Ulimit } from '@tsc-compose/runtime'
import { RLIMITS } from '@tsc-compose/runtime'
import type { Resources, Service, Ulimit as ComposeUlimit } from '../model/types.js'
import {
  COMPOSE_LABEL_VERSION, LABEL_CONFIG_FILES, LABEL_CONFIG_HASH, LABEL_CONTAINER_NUMBER, LABEL_DEPENDS_ON,
  LABEL_IMAGE, LABEL_ONEOFF, LABEL_PROJECT, LABEL_SERVICE, LABEL_VERSION, LABEL_WORKING_DIR,
} from '../plan/labels.js'

/** The subset of the runtime's CreateOptions the engine fills (kept structural on purpose). */
export type ContainerCreateOptions = Record<string, unknown> & { image: string; name: string }

export interface ContainerIdentity {
  readonly project: string
  readonly service: string
  readonly number: number
  readonly name: string
  readonly image: string
  readonly imageId?: string
  readonly configHash: string
  readonly oneoff: boolean
  readonly workingDir: string
  readonly configFiles: readonly string[]
}

/** Go duration string (as the model keeps them) to nanoseconds, like docker's HealthConfig. */
function ns(d: string | undefined): number | undefined {
  return d === undefined ? undefined : parseDuration(d) * 1e6
}

function toUlimits(ulimits: Service['ulimits']): Ulimit[] | undefined {
  if (!ulimits) return undefined
  return Object.entries(ulimits).map(([name, u]: [string, ComposeUlimit]) => {
    const soft = u.single ?? u.soft ?? -1
    const hard = u.single ?? u.hard ?? soft
    const resource = (RLIMITS as Record<string, number>)[name]
    return { name, resource: resource ?? -1, soft, hard }
  })
}

/** deploy.restart_policy conditions to engine policy names (docker compose's mapRestartPolicyCondition). */
const RESTART_CONDITIONS: Readonly<Record<string, string>> = { none: 'no', no: 'no', 'on-failure': 'on-failure', 'unless-stopped': 'unless-stopped', any: 'always', always: 'always' }

function restartPolicy(restart: string | undefined, deploy?: NonNullable<Service['deploy']>['restart_policy']): { name: string; maximumRetryCount: number } | undefined {
  // docker compose's getRestartPolicy: deploy.restart_policy, when given, wins over `restart`
  if (deploy) return { name: RESTART_CONDITIONS[deploy.condition ?? 'none'] ?? deploy.condition!, maximumRetryCount: deploy.max_attempts ?? 0 }
  if (!restart) return undefined
  const [name, max] = restart.split(':')
  return { name: name!, maximumRetryCount: max ? Number(max) : 0 }
}

export function composeLabels(id: ContainerIdentity, service: Service): Record<string, string> {
  const dependsOn = Object.entries(service.depends_on ?? {})
    .map(([dep, cfg]) => `${dep}:${cfg.condition}:${cfg.restart ? 'true' : 'false'}`)
    .join(',')
  return {
    ...(service.labels ?? {}),
    [LABEL_PROJECT]: id.project,
    [LABEL_SERVICE]: id.service,
    [LABEL_CONTAINER_NUMBER]: String(id.number),
    [LABEL_CONFIG_HASH]: id.configHash,
    [LABEL_ONEOFF]: id.oneoff ? 'True' : 'False',
    [LABEL_DEPENDS_ON]: dependsOn,
    [LABEL_IMAGE]: id.imageId ?? '',
    [LABEL_WORKING_DIR]: id.workingDir,
    [LABEL_CONFIG_FILES]: id.configFiles.join(','),
    [LABEL_VERSION]: COMPOSE_LABEL_VERSION,
  }
}

/**
 * docker compose's setReservations for a local (non-swarm) container: a non-zero
 * `deploy.resources.reservations.memory` overrides `mem_reservation` and becomes the memory
 * soft limit (the runtime writes memory.soft_limit_in_bytes on cgroup v1, memory.low on v2).
 * `reservations.cpus` is deliberately ignored, as docker compose ignores it ("Cpu reservation
 * is a swarm option"): no cpu.shares, quota or cpuset comes from it. `reservations.pids` is
 * only a limit elsewhere and `reservations.devices` are GPU requests this runtime has not.
 */
export function memoryReservation(memReservation: string | undefined, reservations: Resources | undefined): number | undefined {
  const deploy = Number(reservations?.memory ?? 0)
  if (deploy > 0) return deploy
  const legacy = Number(memReservation ?? 0)
  return legacy > 0 ? legacy : undefined
}

/**
 * A normalized service to the runtime's create options. Only translation: every decision
 * (names, numbers, hashes) was made by the planner and comes in `id`.
 */
export function serviceToCreateOptions(id: ContainerIdentity, service: Service, networks: ContainerNetworkRequest): ContainerCreateOptions {
  const limits = service.deploy?.resources?.limits
  const reservations = service.deploy?.resources?.reservations
  const memory = limits?.memory ?? service.mem_limit
  const cpus = limits?.cpus ?? service.cpus
  const env = Object.entries(service.environment ?? {})
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}=${v}`)
  const mounts: Record<string, unknown>[] = []
  for (const v of service.volumes ?? []) {
    if (v.type === 'bind') mounts.push({ type: 'bind', source: v.source, target: v.target, readOnly: v.read_only, createHostPath: v.bind?.create_host_path ?? false, bindPropagation: v.bind?.propagation })
    else if (v.type === 'volume') mounts.push({ type: 'volume', source: v.source ? networks.volumeNames[v.source] ?? v.source : undefined, target: v.target, readOnly: v.read_only, noCopy: v.volume?.nocopy })
    else if (v.type === 'tmpfs') mounts.push({ type: 'tmpfs', target: v.target, tmpfsSize: v.tmpfs?.size, tmpfsMode: v.tmpfs?.mode })
  }
  for (const t of service.tmpfs ?? []) {
    const [target, opts] = t.split(':')
    const size = opts?.split(',').find((o) => o.startsWith('size='))?.slice(5)
    mounts.push({ type: 'tmpfs', target, tmpfsSize: size ? parseBytes(size, 'tmpfs size') : undefined })
  }
  for (const f of [...(service.secrets ?? []), ...(service.configs ?? [])]) {
    const isSecret = (service.secrets ?? []).includes(f)
    const resolved = networks.fileSources[`${isSecret ? 'secret' : 'config'}:${f.source}`]
    if (!resolved) continue
    const target = f.target?.startsWith('/') ? f.target : isSecret ? `/run/secrets/${f.target ?? f.source}` : `/${f.target ?? f.source}`
    mounts.push({ type: 'bind', source: resolved, target, readOnly: true })
  }
  const hc = service.healthcheck
  const healthcheck = hc ? (hc.disable ? { test: ['NONE'] } : { test: hc.test ?? [], interval: ns(hc.interval), timeout: ns(hc.timeout), retries: hc.retries, startPeriod: ns(hc.start_period), startInterval: ns(hc.start_interval) }) : undefined
  const logOpts = service.logging?.options ?? {}
  return {
    image: id.image,
    name: id.name,
    entrypoint: service.entrypoint === null ? [] : service.entrypoint ?? undefined,
    cmd: service.command === null ? [] : service.command ?? undefined,
    env,
    workdir: service.working_dir,
    user: service.user,
    hostname: service.hostname,
    domainname: service.domainname as string | undefined,
    tty: service.tty,
    openStdin: service.stdin_open,
    labels: composeLabels(id, service),
    mounts,
    resources: {
      memory: memory ? Number(memory) : undefined,
      memorySwap: service.memswap_limit !== undefined ? Number(service.memswap_limit) : undefined,
      memoryReservation: memoryReservation(service.mem_reservation, reservations),
      nanoCpus: cpus ? Math.round(Number(cpus) * 1e9) : undefined,
      cpuShares: service.cpu_shares as number | undefined,
      pidsLimit: (limits?.pids ?? service.pids_limit) as number | undefined,
      ulimits: toUlimits(service.ulimits),
      cpuPeriod: service.cpu_period as number | undefined,
      cpuQuota: service.cpu_quota as number | undefined,
      cpusetCpus: service.cpuset as string | undefined,
      oomScoreAdj: service.oom_score_adj as number | undefined,
    },
    groupAdd: service.group_add as string[] | undefined,
    capAdd: service.cap_add as string[] | undefined,
    capDrop: service.cap_drop as string[] | undefined,
    privileged: service.privileged,
    // the normalized model has the long syntax only (target and permissions defaulted)
    devices: service.devices?.map((d) => ({ PathOnHost: d.source, PathInContainer: d.target, CgroupPermissions: d.permissions })),
    deviceCgroupRules: service.device_cgroup_rules as string[] | undefined,
    readOnly: service.read_only,
    securityOpt: service.security_opt as string[] | undefined,
    sysctls: service.sysctls,
    shmSize: service.shm_size ? Number(service.shm_size) : undefined,
    restart: restartPolicy(service.restart, service.deploy?.restart_policy),
    healthcheck,
    stopSignal: service.stop_signal,
    stopTimeout: service.stop_grace_period ? Math.ceil(parseDuration(service.stop_grace_period) / 1000) : undefined,
    init: service.init,
    network: networks.network,
    logMaxSize: logOpts['max-size'] ? parseBytes(logOpts['max-size'], 'max-size') : undefined,
    logMaxFiles: logOpts['max-file'] ? Number(logOpts['max-file']) : undefined,
  }
}

/** What the executor resolved for a container: runtime names of its networks and volumes. */
export interface ContainerNetworkRequest {
  /** The runtime's network options (mode, per-network aliases, ports, dns, hosts). */
  readonly network: Record<string, unknown>
  /** Networks after the first, joined before start (eth1, eth2, ... in this order). */
  readonly extraNetworks?: readonly ExtraNetwork[]
  /** Volume key → runtime volume name. */
  readonly volumeNames: Readonly<Record<string, string>>
  /** Secret/config key → host file to bind-mount read-only. */
  readonly fileSources: Readonly<Record<string, string>>
}

export interface ExtraNetwork {
  readonly name: string
  readonly aliases: readonly string[]
  readonly ipv4Address?: string
  readonly macAddress?: string
}
