import { isAbsolute, posix, resolve } from 'node:path'
import { RuntimeError } from '../errors.js'
import { parseBytes, parseDuration } from '../util/index.js'
import type { DeviceMapping, HealthConfig, MountRequest, PortBinding, RestartPolicy } from './config.js'

/**
 * docker's flag syntaxes turned into the structured CreateOptions pieces. They live in the
 * runtime (not the CLI) so the compose engine's short syntaxes reuse the same rules.
 */

const bad = (code: string, message: string): RuntimeError => new RuntimeError(code, message, { exitCode: 125 })

const PROPAGATIONS = new Set(['private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave'])

/** `-v SRC:DST[:OPTS]`, `-v NAME:DST`, `-v DST` (anonymous volume). Relative sources resolve against cwd. */
export function parseVolumeFlag(spec: string, cwd: string): MountRequest {
  const parts = spec.split(':')
  if (parts.length === 0 || parts.length > 3 || parts.some((p, i) => p === '' && i < 2)) throw bad('INVALID_VOLUME', `invalid volume specification: "${spec}"`)
  if (parts.length === 1) {
    if (!isAbsolute(parts[0]!)) throw bad('INVALID_VOLUME', `invalid volume specification: "${spec}": the mount destination must be an absolute path`)
    return { type: 'volume', target: parts[0]! }
  }
  const [src, dst, opts = ''] = parts as [string, string, string?]
  if (!isAbsolute(dst)) throw bad('INVALID_VOLUME', `invalid volume specification: "${spec}": the mount destination must be an absolute path`)
  let readOnly = false
  let propagation: string | undefined
  let noCopy = false
  for (const o of opts.split(',').filter(Boolean)) {
    if (o === 'ro') readOnly = true
    else if (o === 'rw') readOnly = false
    else if (o === 'z' || o === 'Z') continue // SELinux relabel: no SELinux here
    else if (o === 'nocopy') noCopy = true
    else if (PROPAGATIONS.has(o)) propagation = o
    else throw bad('INVALID_VOLUME', `invalid volume specification: "${spec}": unknown option "${o}"`)
  }
  const isPath = src.startsWith('/') || src.startsWith('.') || src.startsWith('~')
  if (isPath) return { type: 'bind', source: resolve(cwd, src), target: dst, readOnly, bindPropagation: propagation }
  return { type: 'volume', source: src, target: dst, readOnly, noCopy }
}

/** `--mount type=bind,source=/a,target=/b,readonly,...` (csv, docker's keys and aliases). */
export function parseMountFlag(spec: string, cwd: string): MountRequest {
  let type: string | undefined
  let source: string | undefined
  let target: string | undefined
  let readOnly = false
  let propagation: string | undefined
  let tmpfsSize: number | undefined
  let tmpfsMode: number | undefined
  let noCopy = false
  const labels: Record<string, string> = {}
  const driverOpts: Record<string, string> = {}
  for (const field of spec.split(',')) {
    const eq = field.indexOf('=')
    const key = (eq === -1 ? field : field.slice(0, eq)).trim().toLowerCase()
    const value = eq === -1 ? undefined : field.slice(eq + 1)
    switch (key) {
      case 'type': type = value; break
      case 'source': case 'src': source = value; break
      case 'target': case 'destination': case 'dst': target = value; break
      case 'readonly': case 'ro': readOnly = value === undefined || value === 'true' || value === '1'; break
      case 'bind-propagation': propagation = value; break
      case 'tmpfs-size': tmpfsSize = parseBytes(value ?? '', 'tmpfs size'); break
      case 'tmpfs-mode': tmpfsMode = parseInt(value ?? '', 8); break
      case 'volume-nocopy': noCopy = value === undefined || value === 'true' || value === '1'; break
      case 'volume-label': { const [k, v = ''] = (value ?? '').split('='); labels[k!] = v; break }
      case 'volume-opt': { const i = (value ?? '').indexOf('='); driverOpts[(value ?? '').slice(0, i)] = (value ?? '').slice(i + 1); break }
      case 'consistency': case 'bind-nonrecursive': case 'volume-driver': case 'volume-subpath': break
      default: throw bad('INVALID_MOUNT', `invalid mount "${spec}": unknown field "${key}"`)
    }
  }
  type ??= 'volume'
  if (type !== 'bind' && type !== 'volume' && type !== 'tmpfs') throw bad('INVALID_MOUNT', `invalid mount "${spec}": unsupported type "${type}"`)
  if (!target || !isAbsolute(target)) throw bad('INVALID_MOUNT', `invalid mount "${spec}": target must be an absolute path`)
  if (tmpfsMode !== undefined && Number.isNaN(tmpfsMode)) throw bad('INVALID_MOUNT', `invalid mount "${spec}": tmpfs-mode must be octal`)
  if (propagation !== undefined && !PROPAGATIONS.has(propagation)) throw bad('INVALID_MOUNT', `invalid mount "${spec}": bad bind-propagation "${propagation}"`)
  if (type === 'bind') {
    if (!source) throw bad('INVALID_MOUNT', `invalid mount "${spec}": a bind mount needs a source`)
    return { type, source: resolve(cwd, source), target, readOnly, bindPropagation: propagation }
  }
  if (type === 'tmpfs') {
    if (source) throw bad('INVALID_MOUNT', `invalid mount "${spec}": a tmpfs mount takes no source`)
    return { type, target, readOnly, tmpfsSize, tmpfsMode }
  }
  return { type, source, target, readOnly, noCopy, volumeLabels: labels, volumeDriverOpts: driverOpts }
}

/** `--tmpfs /run:size=64m,mode=1777,ro`. */
export function parseTmpfsFlag(spec: string): MountRequest {
  const colon = spec.indexOf(':')
  const target = colon === -1 ? spec : spec.slice(0, colon)
  if (!isAbsolute(target)) throw bad('INVALID_MOUNT', `invalid tmpfs "${spec}": the destination must be an absolute path`)
  let tmpfsSize: number | undefined
  let tmpfsMode: number | undefined
  let readOnly = false
  for (const o of (colon === -1 ? '' : spec.slice(colon + 1)).split(',').filter(Boolean)) {
    const [k, v] = o.split('=', 2) as [string, string?]
    if (k === 'size') tmpfsSize = parseBytes(v ?? '', 'tmpfs size')
    else if (k === 'mode') tmpfsMode = parseInt(v ?? '', 8)
    else if (k === 'ro') readOnly = true
    else if (['rw', 'exec', 'noexec', 'nosuid', 'suid', 'nodev', 'dev'].includes(k)) continue
    else throw bad('INVALID_MOUNT', `invalid tmpfs "${spec}": unknown option "${k}"`)
  }
  if (tmpfsMode !== undefined && Number.isNaN(tmpfsMode)) throw bad('INVALID_MOUNT', `invalid tmpfs "${spec}": mode must be octal`)
  return { type: 'tmpfs', target, readOnly, tmpfsSize, tmpfsMode }
}

/** `-p [ip:][hostPort:]containerPort[/proto]` with port ranges. */
export function parsePortFlag(spec: string): PortBinding[] {
  const slash = spec.lastIndexOf('/')
  const proto = (slash === -1 ? 'tcp' : spec.slice(slash + 1)) as PortBinding['protocol']
  if (!['tcp', 'udp', 'sctp'].includes(proto)) throw bad('INVALID_PORT', `invalid port "${spec}": unknown protocol "${proto}"`)
  const body = slash === -1 ? spec : spec.slice(0, slash)
  let hostIp: string | undefined
  let rest = body
  const bracket = /^\[([^\]]+)\]:(.*)$/.exec(body)
  if (bracket) {
    hostIp = bracket[1]
    rest = bracket[2]!
  }
  const parts = rest.split(':')
  if (!bracket && parts.length === 3) hostIp = parts.shift()
  if (parts.length > 2 || parts.length === 0) throw bad('INVALID_PORT', `invalid port "${spec}"`)
  const container = parts[parts.length - 1]!
  const host = parts.length === 2 ? parts[0]! : ''
  const range = (r: string): [number, number] => {
    const m = /^(\d+)(?:-(\d+))?$/.exec(r)
    if (!m) throw bad('INVALID_PORT', `invalid port "${spec}": "${r}" is not a port or range`)
    const a = Number(m[1])
    const b = m[2] ? Number(m[2]) : a
    if (a < 1 || b > 65535 || b < a) throw bad('INVALID_PORT', `invalid port "${spec}": port out of range`)
    return [a, b]
  }
  const [c0, c1] = range(container)
  const hr = host === '' ? undefined : range(host)
  if (hr && hr[1] - hr[0] !== c1 - c0 && hr[0] !== hr[1]) throw bad('INVALID_PORT', `invalid port "${spec}": host and container ranges differ in size`)
  const out: PortBinding[] = []
  for (let p = c0; p <= c1; p++) {
    const hostPort = hr ? (hr[0] === hr[1] ? hr[0] : hr[0] + (p - c0)) : undefined
    out.push({ containerPort: p, protocol: proto, hostIp: hostIp || undefined, hostPort })
  }
  return out
}

/** r, w and m, each at most once (docker's validDeviceMode). */
export function isDeviceMode(mode: string): boolean {
  return mode !== '' && mode.length <= 3 && /^[rwm]+$/.test(mode) && new Set(mode).size === mode.length
}

/**
 * `--device HOST[:CONTAINER][:PERMS]` as docker's CLI takes it (opts.ValidateDevice, then
 * parseLinuxDevice): a second field made of r/w/m is the permissions, the container path
 * defaults to the host one and must be absolute, permissions default to rwm. A relative host
 * path resolves against cwd (docker's daemon would use its own cwd).
 */
export function parseDeviceFlag(spec: string, cwd: string): DeviceMapping {
  const fail = (why: string) => bad('INVALID_DEVICE', `invalid argument "${spec}" for "--device" flag: ${why}`)
  const parts = spec.split(':')
  if (parts.length > 3 || parts[0] === '') throw fail(`bad format for path: ${spec}`)
  let [host, container, perms] = [parts[0]!, parts[0]!, 'rwm']
  if (parts.length === 2) {
    if (isDeviceMode(parts[1]!)) perms = parts[1]!
    else container = parts[1]!
  } else if (parts.length === 3) {
    container = parts[1]!
    perms = parts[2]!
    if (!isDeviceMode(perms)) throw fail(`bad mode specified: ${perms}`)
  }
  if (container === '' || !isAbsolute(container)) throw fail(`${container} is not an absolute path`)
  host = resolve(cwd, host)
  return { PathOnHost: host, PathInContainer: posix.normalize(container).replace(/(.)\/$/, '$1'), CgroupPermissions: perms }
}

/** `no`, `always`, `unless-stopped`, `on-failure[:N]`. */
export function parseRestartPolicy(spec: string): RestartPolicy {
  const [name, count] = spec.split(':', 2) as [string, string?]
  if (name === 'on-failure') {
    if (count !== undefined && !/^\d+$/.test(count)) throw bad('INVALID_RESTART_POLICY', `invalid restart policy "${spec}": the retry count must be a number`)
    return { name, maximumRetryCount: count ? Number(count) : 0 }
  }
  if (name === 'no' || name === 'always' || name === 'unless-stopped') {
    if (count !== undefined) throw bad('INVALID_RESTART_POLICY', `invalid restart policy "${spec}": maximum retry count can only be used with on-failure`)
    return { name, maximumRetryCount: 0 }
  }
  throw bad('INVALID_RESTART_POLICY', `invalid restart policy "${spec}": expected no, always, on-failure[:N] or unless-stopped`)
}

/** The --health-* flags (durations as Go strings) to a HealthConfig in nanoseconds. */
export function healthFromFlags(f: {
  cmd?: string
  interval?: string
  timeout?: string
  retries?: number
  startPeriod?: string
  startInterval?: string
  none?: boolean
}): HealthConfig | undefined {
  if (f.none) {
    if (f.cmd) throw bad('INVALID_HEALTHCHECK', '--no-healthcheck conflicts with --health-* options')
    return { test: ['NONE'] }
  }
  const ns = (v: string | undefined, flag: string): number | undefined => {
    if (v === undefined) return undefined
    const ms = parseDuration(v)
    if (ms < 0) throw bad('INVALID_HEALTHCHECK', `invalid ${flag} "${v}": must not be negative`)
    return Math.round(ms * 1e6)
  }
  const h: HealthConfig = {
    test: f.cmd !== undefined ? ['CMD-SHELL', f.cmd] : [],
    interval: ns(f.interval, '--health-interval'),
    timeout: ns(f.timeout, '--health-timeout'),
    retries: f.retries,
    startPeriod: ns(f.startPeriod, '--health-start-period'),
    startInterval: ns(f.startInterval, '--health-start-interval'),
  }
  if (h.retries !== undefined && (!Number.isInteger(h.retries) || h.retries < 0)) throw bad('INVALID_HEALTHCHECK', `invalid --health-retries "${h.retries}"`)
  const any = f.cmd !== undefined || Object.values(h).some((v, i) => i > 0 && v !== undefined)
  return any ? h : undefined
}

/** An env file: K=V lines, `#` comments, a bare K takes the value from `lookup` (docker). */
export function parseEnvFile(text: string, file: string, lookup: (k: string) => string | undefined): string[] {
  const out: string[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/^\s+/, '')
    if (line === '' || line.startsWith('#')) return
    const eq = line.indexOf('=')
    const key = eq === -1 ? line.trim() : line.slice(0, eq)
    if (key === '' || /\s/.test(key)) throw new RuntimeError('INVALID_ENV_FILE', `${file}:${i + 1}: variable "${key}" contains whitespaces`, { exitCode: 125 })
    if (eq !== -1) out.push(line)
    else {
      const v = lookup(key)
      if (v !== undefined) out.push(`${key}=${v}`)
    }
  })
  return out
}
