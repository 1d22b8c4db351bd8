import { posix } from 'node:path'

export interface RawVolume {
  type: string
  source?: string
  target: string
  read_only?: boolean
  bind?: { propagation?: string; create_host_path?: boolean; selinux?: string; [k: string]: unknown }
  volume?: { nocopy?: boolean; subpath?: string }
  [key: string]: unknown
}

const PROPAGATIONS = new Set(['rprivate', 'private', 'rshared', 'shared', 'rslave', 'slave'])

function isFilePath(source: string): boolean {
  return source.startsWith('.') || source.startsWith('/') || source.startsWith('~')
}

/**
 * Parses the short volume syntax `[source:]target[:options]` as docker compose does:
 * a source starting with `.`, `/` or `~` is a bind mount (created if missing), any other
 * source is a named volume, no source is an anonymous volume.
 */
export function parseVolumeSpec(spec: string): RawVolume {
  if (spec === '') throw new Error('empty volume spec')
  const parts = splitVolume(spec)
  if (parts.some((p) => p === '')) throw new Error(`invalid volume "${spec}": empty section between colons`)
  if (parts.length > 3) throw new Error(`invalid volume "${spec}": too many colons`)
  let source: string | undefined
  let target: string
  let opts: string | undefined
  if (parts.length === 1) target = parts[0]!
  else {
    source = parts[0]!
    target = parts[1]!
    opts = parts[2]
  }
  const vol: RawVolume = { type: 'volume', target }
  if (source !== undefined) vol.source = source
  let bindOpts: { propagation?: string; selinux?: string } | undefined
  for (const opt of opts ? opts.split(',') : []) {
    if (opt === 'ro') vol.read_only = true
    else if (opt === 'rw') vol.read_only = false
    else if (opt === 'nocopy') vol.volume = { nocopy: true }
    else if (PROPAGATIONS.has(opt)) (bindOpts ??= {}).propagation = opt
    else if (opt === 'z' || opt === 'Z') (bindOpts ??= {}).selinux = opt
    // docker compose ignores other options too; we do the same rather than reject files it takes.
  }
  if (source !== undefined && isFilePath(source)) {
    vol.type = 'bind'
    vol.bind = { ...bindOpts, create_host_path: true }
    // `./` means the project directory itself.
    if (source === './') vol.source = '.'
  } else {
    vol.volume ??= {}
    if (bindOpts) vol.bind = { ...bindOpts }
  }
  if (vol.read_only === false) delete vol.read_only
  return vol
}

/** Splits on `:` but not inside `${...}` (the spec may be uninterpolated). */
function splitVolume(spec: string): string[] {
  const parts: string[] = []
  let depth = 0
  let cur = ''
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i]!
    if (c === '$' && spec[i + 1] === '{') depth++
    else if (c === '}' && depth > 0) depth--
    if (c === ':' && depth === 0) {
      parts.push(cur)
      cur = ''
    } else cur += c
  }
  parts.push(cur)
  return parts
}

export function cleanTarget(target: string): string {
  return target === '' ? target : posix.normalize(target).replace(/(.)\/$/, '$1')
}

export interface RawDevice {
  source: string
  target: string
  permissions: string
}

/** `host[:container[:permissions]]` -> long form; permissions default to "rwm". */
export function parseDeviceSpec(spec: string): RawDevice {
  const parts = spec.split(':')
  if (parts.length > 3 || parts[0] === '') throw new Error(`invalid device "${spec}": expected HOST[:CONTAINER[:PERMISSIONS]]`)
  const source = parts[0]!
  let target = source
  let permissions = 'rwm'
  if (parts.length === 2) {
    if (/^[rwm]+$/.test(parts[1]!) ) permissions = parts[1]!
    else target = parts[1]!
  } else if (parts.length === 3) {
    target = parts[1]!
    permissions = parts[2]!
  }
  if (!/^[rwm]{1,3}$/.test(permissions)) throw new Error(`invalid device "${spec}": permissions "${permissions}" must be made of r, w and m`)
  if (!target.startsWith('/')) throw new Error(`invalid device "${spec}": the container path "${target}" must be absolute`)
  return { source, target, permissions }
}
