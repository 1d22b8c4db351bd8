import { isIP } from 'node:net'

/** A port in long syntax, before defaults (mode, protocol) are applied. */
export interface RawPort {
  target: number
  published?: string
  host_ip?: string
  protocol?: string
  mode?: string
  [key: string]: unknown
}

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp'])

function parseRange(text: string, what: string, spec: string): [number, number] {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text)
  if (!m) throw new Error(`invalid ${what} "${text}" in port "${spec}"`)
  const start = Number(m[1])
  const end = m[2] === undefined ? start : Number(m[2])
  if (start > 65535 || end > 65535) throw new Error(`invalid ${what} "${text}" in port "${spec}": ports go up to 65535`)
  if (end < start) throw new Error(`invalid ${what} "${text}" in port "${spec}": range end is below its start`)
  return [start, end]
}

/**
 * Parses a short port spec (`[ip:][host[-range]:]container[-range][/proto]`) into long
 * entries, the way docker's nat.ParsePortSpec does: a container range expands to one entry per
 * port; a host range with a single container port stays one entry with the range published.
 */
export function parsePortSpec(spec: string): RawPort[] {
  let rest = spec
  let protocol = 'tcp'
  const slash = rest.lastIndexOf('/')
  if (slash !== -1) {
    protocol = rest.slice(slash + 1).toLowerCase()
    rest = rest.slice(0, slash)
    if (!PROTOCOLS.has(protocol)) throw new Error(`invalid protocol "${spec.slice(slash + 1)}" in port "${spec}": expected tcp, udp or sctp`)
  }
  const parts = rest.split(':')
  const n = parts.length
  const containerPart = parts[n - 1]!
  let hostPart = ''
  let ip = ''
  if (n === 2) hostPart = parts[0]!
  else if (n >= 3) {
    ip = parts.slice(0, n - 2).join(':')
    hostPart = parts[n - 2]!
  }
  if (ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1)
  if (ip !== '' && isIP(ip) === 0) throw new Error(`invalid IP address "${ip}" in port "${spec}"`)
  if (containerPart === '') throw new Error(`no container port in "${spec}"`)
  const [cStart, cEnd] = parseRange(containerPart, 'container port', spec)
  let hStart = 0
  let hEnd = 0
  if (hostPart !== '') [hStart, hEnd] = parseRange(hostPart, 'host port', spec)
  const cLen = cEnd - cStart
  const hLen = hEnd - hStart
  if (hostPart !== '' && cLen !== hLen && cLen !== 0) {
    throw new Error(`port ranges "${hostPart}" and "${containerPart}" in "${spec}" are not the same length`)
  }
  const out: { key: string; port: RawPort }[] = []
  for (let i = 0; i <= cLen; i++) {
    const target = cStart + i
    const port: RawPort = { target, protocol, mode: 'ingress' }
    if (ip) port.host_ip = ip
    if (hostPart !== '') port.published = cLen === 0 && hLen !== 0 ? hostPart : String(hStart + i)
    out.push({ key: `${target}/${protocol}`, port })
  }
  // docker sorts the expanded ports by their "port/proto" key, as strings.
  out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return out.map((o) => o.port)
}
