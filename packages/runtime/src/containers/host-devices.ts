/**
 * --device / compose `devices:` at start: host device nodes looked up (type, numbers, mode,
 * owner) and turned into what the container gets, the way docker's oci.DevicesFromPath does:
 * the nodes the supervisor mknods in the container, and the allow rules appended to docker's
 * default device cgroup rules. Reads the host at every call (a device may come and go between
 * create and start: docker resolves at start too).
 */
import { lstatSync, readdirSync, realpathSync, type BigIntStats } from 'node:fs'
import { join } from 'node:path'
import { allowDevice, dockerDeviceRules, parseDeviceCgroupRule } from '../cgroups/devices.js'
import type { DeviceRule } from '../cgroups/types.js'
import { RuntimeError } from '../errors.js'
import type { DeviceMapping, StoredHostConfig } from './config.js'
import type { SpecDevice } from './spec-file.js'

export const DEVICE_NOT_FOUND = 'DEVICE_NOT_FOUND'
export const INVALID_DEVICE_CGROUP_RULE = 'INVALID_DEVICE_CGROUP_RULE'

/** The seam for unit tests: lstat (no symlink follow) with bigint rdev, readdir, realpath. */
export interface DeviceFs {
  lstat(path: string): BigIntStats
  readdir(path: string): string[]
  realpath(path: string): string
}

export const nodeDeviceFs: DeviceFs = {
  lstat: (p) => lstatSync(p, { bigint: true }),
  readdir: (p) => readdirSync(p),
  realpath: (p) => realpathSync(p),
}

/** glibc's gnu_dev_major/gnu_dev_minor: dev_t → numbers (Node gives st_rdev as one integer). */
export function devMajor(rdev: bigint): number {
  return Number(((rdev >> 8n) & 0xfffn) | ((rdev >> 32n) & ~0xfffn))
}

export function devMinor(rdev: bigint): number {
  return Number((rdev & 0xffn) | ((rdev >> 12n) & ~0xffn))
}

/** One node the container gets, and the permissions its cgroup rule allows. */
export interface HostDevice {
  readonly node: SpecDevice
  readonly access: string
}

// Bounds the walk of a directory given to --device (docker walks it unbounded).
const MAX_DEPTH = 16

function nodeOf(st: BigIntStats, path: string): SpecDevice | null {
  const type = st.isCharacterDevice() ? 'c' : st.isBlockDevice() ? 'b' : null
  if (!type) return null
  return { path, type, major: devMajor(st.rdev), minor: devMinor(st.rdev), mode: Number(st.mode & 0o7777n), uid: Number(st.uid), gid: Number(st.gid) }
}

function errnoMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file or directory'
  if (code === 'EACCES') return 'permission denied'
  if (code === 'ENOTDIR') return 'not a directory'
  return code ?? String(err)
}

const gatherError = (hostPath: string, why: string): RuntimeError =>
  new RuntimeError(DEVICE_NOT_FOUND, `error gathering device information while adding custom device "${hostPath}": ${why}`, { exitCode: 125 })

/**
 * The nodes one mapping stands for: the host node itself (a symlink is followed first, like
 * /dev/disk/by-id/... in docker), or every char/block node under a directory, placed under
 * the container path at the same relative path. Nothing found is docker's error.
 */
export function resolveMapping(m: DeviceMapping, fs: DeviceFs = nodeDeviceFs): HostDevice[] {
  let host = m.PathOnHost
  let st: BigIntStats
  try {
    st = fs.lstat(host)
    if (st.isSymbolicLink()) {
      host = fs.realpath(host)
      st = fs.lstat(host)
    }
  } catch (err) {
    throw gatherError(m.PathOnHost, errnoMessage(err))
  }
  const access = m.CgroupPermissions || 'rwm'
  const direct = nodeOf(st, m.PathInContainer)
  if (direct) return [{ node: direct, access }]
  if (!st.isDirectory()) throw gatherError(m.PathOnHost, 'not a device node')
  const out = walkDevices(fs, host, m.PathInContainer, access)
  if (out.length === 0) throw gatherError(m.PathOnHost, 'not a device node')
  return out
}

/**
 * Every char/block node under `hostDir`, placed at the same relative path under
 * `containerDir`; `skip` names (at any depth) are not entered or taken.
 */
function walkDevices(fs: DeviceFs, hostDir: string, containerDir: string, access: string, skip: ReadonlySet<string> = new Set()): HostDevice[] {
  const out: HostDevice[] = []
  const walk = (dir: string, rel: string, depth: number): void => {
    let names: string[]
    try {
      names = fs.readdir(dir).sort()
    } catch {
      return // unreadable subdirectory: skipped, as docker's walk skips errors
    }
    for (const name of names) {
      if (skip.has(name)) continue
      const p = join(dir, name)
      let s: BigIntStats
      try {
        s = fs.lstat(p)
      } catch {
        continue
      }
      const n = nodeOf(s, join(containerDir, rel, name))
      if (n) out.push({ node: n, access })
      else if (s.isDirectory() && depth < MAX_DEPTH) walk(p, join(rel, name), depth + 1)
    }
  }
  walk(hostDir, '', 0)
  return out
}

/**
 * What runc's HostDevices leaves out of a privileged container's /dev: the container's own
 * pts, shm and mqueue mounts, the fd links, LXC/LXD and udev internals, and the console
 * (the container's is its own pty or none).
 */
const PRIVILEGED_SKIP = new Set(['pts', 'shm', 'fd', 'mqueue', '.lxc', '.lxd-mounts', '.udev', 'console'])

/** A privileged container's nodes: every device of the host's /dev (docker --privileged). */
export function privilegedDevices(fs: DeviceFs = nodeDeviceFs): SpecDevice[] {
  return walkDevices(fs, '/dev', '/dev', 'rwm', PRIVILEGED_SKIP).map((d) => d.node)
}

/** The parsed --device-cgroup-rule list; the daemon's error for a bad one. */
export function parseCgroupRules(rules: readonly string[]): DeviceRule[] {
  return rules.map((text) => {
    const r = parseDeviceCgroupRule(text)
    if (!r) throw new RuntimeError(INVALID_DEVICE_CGROUP_RULE, `invalid device cgroup rule format: '${text}'`, { exitCode: 125 })
    return r
  })
}

/** What a container's devices come to at start: nodes to make, rules for its cgroup. */
export interface ContainerDevices {
  readonly nodes: SpecDevice[]
  /** undefined: no device options, the cgroup backends apply docker's defaults themselves. */
  readonly rules?: DeviceRule[]
}

/**
 * Every mapping resolved, and docker's default rules with the devices' and the
 * --device-cgroup-rule allows in between (order as docker + runc build them: see
 * dockerDeviceRules). Privileged containers allow everything in the cgroup backends.
 */
export function containerDevices(h: Pick<StoredHostConfig, 'Devices' | 'DeviceCgroupRules'>, fs: DeviceFs = nodeDeviceFs): ContainerDevices {
  const mappings = h.Devices ?? []
  const textRules = h.DeviceCgroupRules ?? []
  if (mappings.length === 0 && textRules.length === 0) return { nodes: [] }
  const devices = mappings.flatMap((m) => resolveMapping(m, fs))
  const extra = [...devices.map((d) => allowDevice(d.node.type, d.node.major, d.node.minor, d.access)), ...parseCgroupRules(textRules)]
  return { nodes: devices.map((d) => d.node), rules: dockerDeviceRules(extra) }
}

/**
 * A privileged container's nodes: the --device ones first (their container paths win), then
 * the host's whole /dev. Only the spec needs these: the cgroup of a privileged container
 * allows every device whatever the rules say.
 */
export function withPrivilegedDevices(nodes: readonly SpecDevice[], fs: DeviceFs = nodeDeviceFs): SpecDevice[] {
  const taken = new Set(nodes.map((n) => n.path))
  return [...nodes, ...privilegedDevices(fs).filter((n) => !taken.has(n.path))]
}
