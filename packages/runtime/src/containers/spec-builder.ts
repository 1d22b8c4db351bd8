import { statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { MS, splitMountOptions } from '../mounts/linux-constants.js'
import { DEFAULT_DEVICES, DEFAULT_DEV_SYMLINKS, defaultMounts } from '../security/defaults.js'
import type { CgroupManager } from '../cgroups/types.js'
import type { StatePaths } from '../state/paths.js'
import { parseSignal } from '../util/index.js'
import { supervisorPath } from '../native/load.js'
import type { ContainerRecord, ResolvedMount } from './config.js'
import { containerDevices, withPrivilegedDevices } from './host-devices.js'
import { logPath } from './inspect.js'
import type { SecurityPlan, SecurityPlanner } from './security-plan.js'
import { serializeSpec, type SpecDevice, type SpecMount, type SupervisorSpec } from './spec-file.js'
import { containerName } from './status.js'

export interface SpecContext {
  readonly cgroups: CgroupManager
  readonly cgroupPath: string
  readonly netnsPath?: string
  readonly dir: string
  readonly paths: StatePaths
  /** A foreground client removes an auto-remove container itself: no exit hook then. */
  readonly attached: boolean
}

export interface SpecBuilder {
  /** Checks what only the spec would reject, at create time. */
  validate?(rec: ContainerRecord): void
  write(specPath: string, rec: ContainerRecord, ctx: SpecContext): Promise<void>
}

const US = '\x1f'

/** Where --init's binary is mounted (inside the /dev tmpfs, so the image is not touched). */
export const INIT_PATH = '/dev/init'
const DEFAULT_STOP_SIGNAL = 15
const DEFAULT_LOG_MAX_FILES = 1

/**
 * src/security's default mounts as spec mounts, with /sys/fs/cgroup made the way docker
 * shows it without a cgroup namespace: the container's own cgroup as the root of each
 * hierarchy (v1: a tmpfs plus one read-only bind per hierarchy; v2: one bind).
 */
function baseMounts(rec: ContainerRecord, ctx: SpecContext): SpecMount[] {
  const h = rec.HostConfig
  const out: SpecMount[] = []
  for (const m of defaultMounts({ privileged: h.Privileged, readOnly: h.ReadonlyRootfs, shmSize: h.ShmSize })) {
    if (m.destination === '/sys/fs/cgroup') {
      out.push(...cgroupMounts(ctx, h.Privileged))
      continue
    }
    const { flags, data } = splitMountOptions(m.options)
    out.push({ type: m.type, source: m.source, target: m.destination, flags, data, kind: 'dir' })
  }
  return out
}

const CGROUP_ROOT = '/sys/fs/cgroup'

function cgroupMounts(ctx: SpecContext, rw: boolean): SpecMount[] {
  const ro = rw ? 0 : MS.RDONLY
  const dirs = ctx.cgroups.dirs(ctx.cgroupPath)
  const bind = (source: string, target: string): SpecMount => ({ type: 'bind', source, target, flags: (MS.BIND | ro) >>> 0, data: '', kind: 'dir' })
  if (ctx.cgroups.version === 'v2') return dirs.length ? [bind(dirs[0]!, CGROUP_ROOT)] : []
  const out: SpecMount[] = [{ type: 'tmpfs', source: 'tmpfs', target: CGROUP_ROOT, flags: (MS.NOSUID | MS.NODEV | MS.NOEXEC) >>> 0, data: 'mode=755', kind: 'dir' }]
  for (const d of dirs) {
    const mount = d.slice(0, d.length - ctx.cgroupPath.length - 1)
    if (!mount.startsWith(`${CGROUP_ROOT}/`)) continue
    out.push(bind(d, `${CGROUP_ROOT}/${mount.slice(CGROUP_ROOT.length + 1)}`))
  }
  return out
}

/** What to create at the target: a file for a file source (docker binds files too). */
function statKind(p: string): 'dir' | 'file' {
  try {
    return statSync(p).isDirectory() ? 'dir' : 'file'
  } catch {
    return 'dir'
  }
}

function userMount(mt: ResolvedMount): SpecMount {
  const ro = mt.RW ? 0 : MS.RDONLY
  if (mt.Type === 'tmpfs' || mt.VolumeKind === 'tmpfs') {
    const data = mt.Type === 'tmpfs'
      ? [mt.TmpfsSize ? `size=${mt.TmpfsSize}` : '', mt.TmpfsMode !== undefined ? `mode=${mt.TmpfsMode.toString(8)}` : ''].filter(Boolean).join(',')
      : (mt.VolumeOptions ?? '')
    // docker: user tmpfs mounts get noexec,nosuid,nodev
    const flags = mt.Type === 'tmpfs' ? MS.NOSUID | MS.NODEV | MS.NOEXEC : MS.NOSUID | MS.NODEV
    return { type: 'tmpfs', source: 'tmpfs', target: mt.Destination, flags: (flags | ro) >>> 0, data, kind: 'dir' }
  }
  return { type: 'bind', source: mt.Source, target: mt.Destination, flags: (MS.BIND | MS.REC | ro) >>> 0, data: '', kind: statKind(mt.Source) }
}

/**
 * The user's nodes first, then runc's defaults at paths the user did not take (runc drops a
 * default a spec device replaces; the supervisor keeps the first node made at a path).
 */
function withDefaultDevices(nodes: readonly SpecDevice[]): readonly SpecDevice[] {
  if (nodes.length === 0) return DEFAULT_DEVICES
  const taken = new Set(nodes.map((n) => n.path))
  return [...nodes, ...DEFAULT_DEVICES.filter((d) => !taken.has(d.path))]
}

const depth = (p: string): number => p.split('/').filter(Boolean).length

/** The SupervisorSpec (A's spec-file.ts) of a container start. */
export function buildSpec(rec: ContainerRecord, ctx: SpecContext, sec: SecurityPlan, extra: { initPath?: string; exitHook?: string[] }): SupervisorSpec {
  const h = rec.HostConfig
  const c = rec.Config
  const dir = ctx.dir
  const argv = [rec.Path, ...rec.Args]
  if (h.Init) argv.unshift(INIT_PATH, '--')
  const mounts: SpecMount[] = baseMounts(rec, ctx)
  if (h.Init && extra.initPath) mounts.push({ type: 'bind', source: extra.initPath, target: INIT_PATH, flags: (MS.BIND | MS.RDONLY) >>> 0, kind: 'file' })
  const users = [...rec.Mounts].sort((a, b) => depth(a.Destination) - depth(b.Destination))
  const covered = new Set(users.map((m) => m.Destination))
  for (const mt of users) mounts.push(userMount(mt))
  for (const name of ['resolv.conf', 'hostname', 'hosts']) {
    if (covered.has(`/etc/${name}`)) continue
    mounts.push({ type: 'bind', source: join(dir, name), target: `/etc/${name}`, flags: (MS.BIND | (h.ReadonlyRootfs ? MS.RDONLY : 0)) >>> 0, kind: 'file' })
  }
  const hc = c.Healthcheck
  const lc = h.LogConfig.Config
  const freezer = ctx.cgroups.freezerFile(ctx.cgroupPath)
  const devices = containerDevices(h)
  const deviceFilter = ctx.cgroups.deviceFilter?.(ctx.cgroupPath, { privileged: h.Privileged, ...(devices.rules ? { devices: devices.rules } : {}) })
  const ms = (ns: number | undefined, def: number): number => (ns ? Math.round(ns / 1e6) : def)
  return {
    id: rec.Id,
    name: containerName(rec),
    dir,
    argv,
    env: c.Env,
    cwd: c.WorkingDir || '/',
    uid: rec.Process.uid,
    gid: rec.Process.gid,
    groups: rec.Process.groups,
    tty: c.Tty,
    stdin: c.OpenStdin,
    rootfs: { lower: rec.LowerDirs, upper: join(dir, 'upper'), work: join(dir, 'work'), target: join(dir, 'rootfs'), readonly: h.ReadonlyRootfs },
    namespaces: { net: (ctx.netnsPath as `/${string}` | undefined) ?? (h.NetworkMode === 'host' ? 'host' : 'new'), ipc: 'new', uts: 'new', pid: 'new' },
    mounts,
    devices: withDefaultDevices(h.Privileged ? withPrivilegedDevices(devices.nodes) : devices.nodes),
    symlinks: DEFAULT_DEV_SYMLINKS.map(([target, link]) => ({ target, link })),
    maskedPaths: sec.maskedPaths,
    readonlyPaths: sec.readonlyPaths,
    hostname: c.Hostname,
    ...(c.Domainname ? { domainname: c.Domainname } : {}),
    sysctls: Object.entries(sec.sysctls),
    cgroupProcs: ctx.cgroups.procsFiles(ctx.cgroupPath),
    ...(freezer ? { cgroupFreezer: freezer } : {}),
    ...(deviceFilter ? { deviceFilter } : {}),
    rlimits: h.Ulimits.map((u) => ({ resource: u.resource, soft: u.soft, hard: u.hard })),
    ...(h.OomScoreAdj ? { oomScoreAdj: h.OomScoreAdj } : {}),
    capabilities: sec.caps,
    noNewPrivileges: sec.noNewPrivileges,
    ...(sec.seccompPath ? { seccomp: sec.seccompPath } : {}),
    log: { path: logPath(dir, rec.Id), maxSize: Number(lc['max-size'] ?? 0), maxFiles: Number(lc['max-file'] ?? DEFAULT_LOG_MAX_FILES) },
    eventsPath: ctx.paths.events,
    restart: { policy: h.RestartPolicy.Name, max: h.RestartPolicy.MaximumRetryCount },
    ...(hc && hc.test.length > 0 && hc.test[0] !== 'NONE'
      ? {
          health: {
            argv: hc.test[0] === 'CMD-SHELL' ? ['/bin/sh', '-c', hc.test.slice(1).join(' ')] : hc.test[0] === 'CMD' ? hc.test.slice(1) : [...hc.test],
            intervalMs: ms(hc.interval, 30_000),
            timeoutMs: ms(hc.timeout, 30_000),
            retries: hc.retries || 3,
            startPeriodMs: ms(hc.startPeriod, 0),
            startIntervalMs: ms(hc.startInterval, 5_000),
          },
        }
      : {}),
    stopSignal: c.StopSignal ? parseSignal(c.StopSignal).number : DEFAULT_STOP_SIGNAL,
    stopTimeout: c.StopTimeout ?? 10,
    ...(extra.exitHook ? { exitHook: extra.exitHook } : {}),
  }
}

/** The supervisor loop's own keys (B: stdin_once, cgroup.memory, event.attr), appended. */
export function supervisorExtras(rec: ContainerRecord, ctx: SpecContext): string {
  const out: string[] = []
  const field = (s: string): string => s.replace(/[\0\x1f]/g, ' ')
  if (rec.Config.OpenStdin) out.push(`stdin_once=${rec.Config.StdinOnce ? 1 : 0}`)
  const mem = ctx.cgroups.memoryDir(ctx.cgroupPath)
  if (mem) out.push(`cgroup.memory=${mem}`)
  out.push(`event.attr=image${US}${field(rec.Config.Image)}`)
  for (const [k, v] of Object.entries(rec.Config.Labels)) out.push(`event.attr=${field(k)}${US}${field(v)}`)
  return out.map((r) => `${r}\0`).join('')
}

/** tsc-init next to tsc-supervisor (both built by node-gyp). */
export function initBinaryPath(): string {
  return join(dirname(supervisorPath()), 'tsc-init')
}

export class RecordSpecBuilder implements SpecBuilder {
  constructor(
    readonly security: SecurityPlanner,
    private readonly exitHook: (rec: ContainerRecord) => string[] | undefined,
  ) {}

  validate(rec: ContainerRecord): void {
    this.security.validate?.(rec)
  }

  async write(specPath: string, rec: ContainerRecord, ctx: SpecContext): Promise<void> {
    const privateNetns = rec.HostConfig.NetworkMode !== 'host'
    const sec = await this.security.plan(rec, { privateNetns })
    const spec = buildSpec(rec, ctx, sec, { initPath: rec.HostConfig.Init ? initBinaryPath() : undefined, exitHook: ctx.attached ? undefined : this.exitHook(rec) })
    writeFileSync(specPath, Buffer.concat([serializeSpec(spec), Buffer.from(supervisorExtras(rec, ctx), 'utf8')]), { mode: 0o600 })
  }
}
