import { statSync } from 'node:fs'
import { hostname as osHostname } from 'node:os'
import { RuntimeError } from '../errors.js'
import { shortId } from '../state/ids.js'
import { parseSignal } from '../util/index.js'
import type { ContainerRecord, CreateOptions, MountRequest, ResolvedMount, StoredHostConfig } from './config.js'
import { containerDevices } from './host-devices.js'
import { DEFAULT_PATH, mergeCommand, mergeEnv, mergeHealthcheck, runtimeConfigOf } from './image-config.js'
import { isDeviceMode } from './parse-flags.js'
import { readFromLowers, resolveUser } from './user.js'

/** What the image store's resolve() gives a container. */
export interface ResolvedImage {
  readonly id: string
  readonly config: unknown
  /** Snapshot dirs, top-most first (overlay lowerdir order). */
  readonly lowerDirs: readonly string[]
}

/** Resolves a volume mount request to its host source (creating the volume when needed). */
export type VolumeResolver = (m: MountRequest, anonymous: boolean) => Promise<ResolvedMount>

/** docker's default: the `bridge` network (src/network); `none` and `host` need no network code. */
export const DEFAULT_NETWORK_MODE = 'bridge'

export const DEFAULT_SHM_SIZE = 64 * 1024 * 1024
export const DEFAULT_STOP_TIMEOUT = 10

function propagationOf(m: MountRequest): string {
  return m.bindPropagation ?? 'rprivate'
}

/**
 * Turns CreateOptions + the resolved image into the record stored at create: every default
 * applied, the command and user resolved, bind sources checked. Pure except for reading the
 * image's /etc files and stat'ing bind sources; volumes are created through `volumes`.
 */
export async function buildRecord(
  id: string,
  name: string,
  opts: CreateOptions,
  image: ResolvedImage,
  volumes: VolumeResolver,
  cgroupParent: string,
): Promise<ContainerRecord> {
  const img = runtimeConfigOf(image.config)
  const { entrypoint, cmd, argv } = mergeCommand(img, opts.entrypoint, opts.cmd)
  const netMode = opts.network?.mode || DEFAULT_NETWORK_MODE
  const hostname = opts.hostname ?? (netMode === 'host' ? osHostname() : shortId(id))
  if (opts.hostname !== undefined && !/^[a-zA-Z0-9]([a-zA-Z0-9.-]{0,62})$/.test(opts.hostname)) {
    throw new RuntimeError('INVALID_HOSTNAME', `invalid hostname "${opts.hostname}"`, { exitCode: 125 })
  }
  const defaults = [DEFAULT_PATH, `HOSTNAME=${hostname}`, ...(opts.tty ? ['TERM=xterm'] : [])]
  // HOSTNAME comes after the image env in docker (it always reflects the container's).
  const env = mergeEnv(img.Env, [`HOSTNAME=${hostname}`, ...(opts.env ?? [])], defaults)
  const userSpec = opts.user ?? img.User ?? ''
  const user = resolveUser(userSpec, readFromLowers(image.lowerDirs, 'etc/passwd'), readFromLowers(image.lowerDirs, 'etc/group'), opts.groupAdd)
  const workdir = opts.workdir ?? (img.WorkingDir || '/')
  if (!workdir.startsWith('/')) throw new RuntimeError('INVALID_WORKDIR', `the working directory "${workdir}" is invalid: it needs to be an absolute path`, { exitCode: 125 })
  const stopSignal = opts.stopSignal ?? img.StopSignal
  if (stopSignal !== undefined) parseSignal(stopSignal)

  // Mounts: explicit first (they win over image VOLUMEs at the same target), then anonymous
  // volumes for the image's VOLUMEs not covered.
  const mounts: ResolvedMount[] = []
  const targets = new Set<string>()
  for (const m of opts.mounts ?? []) {
    const target = m.target.replace(/\/+$/, '') || '/'
    if (targets.has(target)) throw new RuntimeError('DUPLICATE_MOUNT', `duplicate mount point: ${target}`, { exitCode: 125 })
    targets.add(target)
    if (m.type === 'bind') {
      const src = m.source!
      try {
        statSync(src)
      } catch {
        throw new RuntimeError('BIND_SOURCE_MISSING', `invalid mount config for type "bind": bind source path does not exist: ${src}`, { exitCode: 125 })
      }
      mounts.push({ Type: 'bind', Source: src, Destination: target, Mode: m.readOnly ? 'ro' : '', RW: !m.readOnly, Propagation: propagationOf(m) })
    } else if (m.type === 'tmpfs') {
      mounts.push({ Type: 'tmpfs', Source: '', Destination: target, Mode: '', RW: !m.readOnly, Propagation: '', TmpfsSize: m.tmpfsSize, TmpfsMode: m.tmpfsMode })
    } else {
      mounts.push(await volumes({ ...m, target }, !m.source))
    }
  }
  for (const v of Object.keys(img.Volumes ?? {})) {
    const target = v.replace(/\/+$/, '') || '/'
    if (targets.has(target)) continue
    targets.add(target)
    mounts.push(await volumes({ type: 'volume', target }, true))
  }

  const devices = checkDevices(opts)
  const r = opts.resources ?? {}
  const restart = opts.restart ?? { name: 'no' as const, maximumRetryCount: 0 }
  if (opts.autoRemove && restart.name !== 'no') {
    throw new RuntimeError('CONFLICT_OPTIONS', 'conflicting options: cannot combine --restart and --rm', { exitCode: 125 })
  }
  const hostConfig: StoredHostConfig = {
    AutoRemove: Boolean(opts.autoRemove),
    Privileged: Boolean(opts.privileged),
    Devices: devices.Devices,
    DeviceCgroupRules: devices.DeviceCgroupRules,
    ReadonlyRootfs: Boolean(opts.readOnly),
    CapAdd: [...(opts.capAdd ?? [])],
    CapDrop: [...(opts.capDrop ?? [])],
    SecurityOpt: [...(opts.securityOpt ?? [])],
    RestartPolicy: { Name: restart.name, MaximumRetryCount: restart.maximumRetryCount },
    NetworkMode: netMode,
    Init: Boolean(opts.init),
    Memory: r.memory ?? 0,
    MemorySwap: r.memorySwap ?? (r.memory ? 2 * r.memory : 0),
    MemoryReservation: r.memoryReservation ?? 0,
    NanoCpus: r.nanoCpus ?? 0,
    CpuShares: r.cpuShares ?? 0,
    CpuPeriod: r.cpuPeriod ?? 0,
    CpuQuota: r.cpuQuota ?? 0,
    CpusetCpus: r.cpusetCpus ?? '',
    PidsLimit: r.pidsLimit ?? null,
    Ulimits: [...(r.ulimits ?? [])],
    OomScoreAdj: r.oomScoreAdj ?? 0,
    ShmSize: opts.shmSize ?? DEFAULT_SHM_SIZE,
    Sysctls: { ...(opts.sysctls ?? {}) },
    Dns: [...(opts.network?.dns ?? [])],
    DnsSearch: [...(opts.network?.dnsSearch ?? [])],
    DnsOptions: [...(opts.network?.dnsOptions ?? [])],
    ExtraHosts: [...(opts.network?.extraHosts ?? [])],
    PortBindings: portBindings(opts),
    PublishAllPorts: Boolean(opts.network?.publishAll),
    GroupAdd: [...(opts.groupAdd ?? [])],
    LogConfig: {
      Type: 'json-file',
      Config: {
        ...(opts.logMaxSize ? { 'max-size': String(opts.logMaxSize) } : {}),
        ...(opts.logMaxFiles ? { 'max-file': String(opts.logMaxFiles) } : {}),
      },
    },
  }
  if (hostConfig.MemorySwap > 0 && hostConfig.Memory > 0 && hostConfig.MemorySwap < hostConfig.Memory) {
    throw new RuntimeError('INVALID_MEMORY_SWAP', `minimum memoryswap limit should be larger than memory limit (--memory-swap ${hostConfig.MemorySwap} < --memory ${hostConfig.Memory})`, { exitCode: 125 })
  }
  const exposed: Record<string, object> = { ...(img.ExposedPorts ?? {}) }
  for (const p of opts.network?.ports ?? []) exposed[`${p.containerPort}/${p.protocol}`] = {}
  const health = mergeHealthcheck(img, opts.healthcheck)
  return {
    Id: id,
    Name: `/${name}`,
    Created: new Date().toISOString(),
    Image: image.id,
    Path: argv[0]!,
    Args: argv.slice(1),
    Config: {
      Hostname: hostname,
      Domainname: opts.domainname ?? '',
      User: userSpec,
      AttachStdin: Boolean(opts.openStdin),
      AttachStdout: true,
      AttachStderr: true,
      Tty: Boolean(opts.tty),
      OpenStdin: Boolean(opts.openStdin),
      StdinOnce: Boolean(opts.openStdin),
      Env: env,
      Cmd: cmd,
      Entrypoint: entrypoint,
      Image: opts.image,
      Volumes: img.Volumes ? { ...img.Volumes } : null,
      WorkingDir: workdir,
      Labels: { ...(img.Labels ?? {}), ...(opts.labels ?? {}) },
      ...(stopSignal ? { StopSignal: stopSignal } : {}),
      ...(opts.stopTimeout !== undefined ? { StopTimeout: opts.stopTimeout } : {}),
      ...(health ? { Healthcheck: health } : {}),
      ...(Object.keys(exposed).length ? { ExposedPorts: exposed } : {}),
    },
    HostConfig: hostConfig,
    Mounts: mounts,
    LowerDirs: [...image.lowerDirs],
    Process: { uid: user.uid, gid: user.gid, groups: user.groups },
    NetworkAliases: [...(opts.network?.aliases ?? [])],
    ...(opts.network?.ipv4Address ? { NetworkIp: opts.network.ipv4Address } : {}),
    ...(opts.network?.macAddress ? { NetworkMac: opts.network.macAddress } : {}),
    cgroupParent,
  }
}

/**
 * --device and --device-cgroup-rule, checked now: docker only finds a missing device or a bad
 * rule at start (leaving a created container), we refuse the create so nothing is left.
 */
function checkDevices(opts: CreateOptions): Pick<StoredHostConfig, 'Devices' | 'DeviceCgroupRules'> {
  const Devices = (opts.devices ?? []).map((d) => ({ PathOnHost: d.PathOnHost, PathInContainer: d.PathInContainer, CgroupPermissions: d.CgroupPermissions || 'rwm' }))
  for (const d of Devices) {
    if (!isDeviceMode(d.CgroupPermissions)) {
      throw new RuntimeError('INVALID_DEVICE', `invalid device "${d.PathOnHost}": permissions "${d.CgroupPermissions}" must be made of r, w and m`, { exitCode: 125 })
    }
    if (!d.PathInContainer.startsWith('/')) {
      throw new RuntimeError('INVALID_DEVICE', `invalid device "${d.PathOnHost}": the container path "${d.PathInContainer}" is not an absolute path`, { exitCode: 125 })
    }
  }
  const rules = [...(opts.deviceCgroupRules ?? [])]
  const out = { Devices, DeviceCgroupRules: rules.length ? rules : null }
  containerDevices(out)
  return out
}

function portBindings(opts: CreateOptions): StoredHostConfig['PortBindings'] {
  const out: StoredHostConfig['PortBindings'] = {}
  for (const p of opts.network?.ports ?? []) {
    const key = `${p.containerPort}/${p.protocol}`
    ;(out[key] ??= []).push({ HostIp: p.hostIp ?? '', HostPort: p.hostPort ? String(p.hostPort) : '' })
  }
  return out
}
