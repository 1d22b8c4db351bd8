/**
 * Published ports: docker's `-p` syntax, host-port availability checks and the `port`
 * command's output.
 */
import { createServer } from 'node:net'
import { createSocket } from 'node:dgram'
import { RuntimeError } from '../errors.js'
import { isIpv4 } from './ipv4.js'
import type { PortMapping, PortRequest, Protocol } from './types.js'
import { compareText } from '../util/compare.js'

function bad(spec: string, why: string): RuntimeError {
  return new RuntimeError('NETWORK_BAD_PORT', `invalid port specification "${spec}": ${why}`, { exitCode: 125 })
}

function range(spec: string, s: string): [number, number] {
  const m = /^(\d+)(?:-(\d+))?$/.exec(s)
  if (!m) throw bad(spec, `"${s}" is not a port or a range`)
  const a = Number(m[1])
  const b = m[2] === undefined ? a : Number(m[2])
  if (a < 1 || b > 65535 || b < a) throw bad(spec, `"${s}" is out of range 1-65535`)
  return [a, b]
}

/**
 * `[ip:][hostPort[-end]:]containerPort[-end][/proto]` (docker run -p). A host range with a
 * single container port is expanded to one mapping per host port only when sizes match,
 * otherwise docker picks one free port of the range: we take the first that binds.
 */
export function parsePortSpec(spec: string): PortRequest[] {
  let rest = spec.trim()
  let protocol: Protocol = 'tcp'
  const slash = rest.lastIndexOf('/')
  if (slash !== -1) {
    const p = rest.slice(slash + 1).toLowerCase()
    if (p !== 'tcp' && p !== 'udp') throw bad(spec, `protocol "${p}" is not tcp or udp`)
    protocol = p
    rest = rest.slice(0, slash)
  }
  let hostIp = ''
  const ip6 = /^\[([^\]]*)\]:(.*)$/.exec(rest)
  if (ip6) throw bad(spec, 'IPv6 host addresses are not supported')
  const parts = rest.split(':')
  if (parts.length > 3) throw bad(spec, 'too many colons')
  if (parts.length === 3) {
    hostIp = parts.shift()!
    if (hostIp !== '' && !isIpv4(hostIp)) throw bad(spec, `"${hostIp}" is not an IPv4 address`)
  }
  const [c0, c1] = range(spec, parts[parts.length - 1]!)
  const hostPart = parts.length === 2 ? parts[0]! : ''
  const n = c1 - c0 + 1
  if (hostPart === '') {
    return Array.from({ length: n }, (_, i) => ({ protocol, containerPort: c0 + i, hostPort: 0, hostIp }))
  }
  const [h0, h1] = range(spec, hostPart)
  if (h1 - h0 + 1 !== n) {
    if (n === 1) return [{ protocol, containerPort: c0, hostPort: h0, hostPortEnd: h1, hostIp }]
    throw bad(spec, 'host and container port ranges differ in size')
  }
  return Array.from({ length: n }, (_, i) => ({ protocol, containerPort: c0 + i, hostPort: h0 + i, hostIp }))
}

/** docker's HostConfig.PortBindings (`{"80/tcp": [{HostIp, HostPort}]}`) as requests. */
export function fromPortBindings(b: Readonly<Record<string, ReadonlyArray<{ HostIp: string; HostPort: string }>>>): PortRequest[] {
  const out: PortRequest[] = []
  for (const [key, list] of Object.entries(b)) {
    const [port, proto = 'tcp'] = key.split('/')
    for (const x of list) {
      const hp = x.HostPort || ''
      const spec = `${x.HostIp ? `${x.HostIp}:` : ''}${hp ? `${hp}:` : x.HostIp ? ':' : ''}${port}/${proto}`
      out.push(...parsePortSpec(spec))
    }
  }
  return out
}

function tryBind(protocol: Protocol, hostIp: string, port: number): Promise<number> {
  const host = hostIp || '0.0.0.0'
  return new Promise((resolve, reject) => {
    if (protocol === 'udp') {
      const s = createSocket('udp4')
      s.once('error', (err) => {
        s.close()
        reject(err)
      })
      s.bind({ address: host, port, exclusive: true }, () => {
        const p = s.address().port
        s.close(() => resolve(p))
      })
      return
    }
    const srv = createServer()
    srv.once('error', reject)
    srv.listen({ host, port, exclusive: true }, () => {
      const addr = srv.address()
      const p = typeof addr === 'object' && addr ? addr.port : port
      srv.close(() => resolve(p))
    })
  })
}

/** The error for a host port that cannot be published (`where` = `ip:port/proto`), from a bind's errno. */
export function portUnavailable(where: string, code: string | undefined, message: string): RuntimeError {
  const why = code === 'EADDRINUSE' ? 'address already in use' : code === 'EADDRNOTAVAIL' ? 'address not available on this host' : message
  return new RuntimeError('NETWORK_PORT_IN_USE', `cannot publish port ${where}: ${why}`, { exitCode: 125 })
}

/**
 * Resolves requests to mappings: a fixed port must be free on the host (bound briefly) and
 * not published by another endpoint; port 0 gets an ephemeral port from the kernel. Fails
 * naming the port, before any rule is written.
 */
export async function resolvePorts(requests: readonly PortRequest[], published: readonly PortMapping[]): Promise<PortMapping[]> {
  const out: PortMapping[] = []
  const clash = (m: { protocol: Protocol; hostPort: number; hostIp: string }): boolean =>
    [...published, ...out].some((p) => p.protocol === m.protocol && p.hostPort === m.hostPort && (p.hostIp === '' || m.hostIp === '' || p.hostIp === m.hostIp))
  for (const r of requests) {
    const hostRange = r.hostPortEnd !== undefined ? [r.hostPort, r.hostPortEnd] : undefined
    const candidates = hostRange ? Array.from({ length: hostRange[1]! - hostRange[0]! + 1 }, (_, i) => hostRange[0]! + i) : [r.hostPort]
    let chosen: number | undefined
    let lastErr: unknown
    for (const port of candidates) {
      const m = { protocol: r.protocol, hostPort: port, hostIp: r.hostIp }
      if (port !== 0 && clash(m)) {
        lastErr = new Error('published by another container')
        continue
      }
      try {
        chosen = await tryBind(r.protocol, r.hostIp, port)
        if (port === 0 && clash({ ...m, hostPort: chosen })) {
          chosen = undefined
          continue
        }
        break
      } catch (err) {
        lastErr = err
      }
    }
    if (chosen === undefined) {
      const where = `${r.hostIp || '0.0.0.0'}:${hostRange ? `${hostRange[0]}-${hostRange[1]}` : r.hostPort}/${r.protocol}`
      throw portUnavailable(where, (lastErr as NodeJS.ErrnoException)?.code, (lastErr as Error)?.message ?? 'unavailable')
    }
    out.push({ protocol: r.protocol, containerPort: r.containerPort, hostPort: chosen, hostIp: r.hostIp })
  }
  return out
}

/**
 * `docker port` output: `80/tcp -> 0.0.0.0:8080` per mapping, or only `0.0.0.0:8080` lines
 * when a container port (`80` or `80/udp`) is given.
 */
export function formatPortMappings(mappings: readonly PortMapping[], filter?: string): string[] {
  const sorted = [...mappings].sort((a, b) => a.containerPort - b.containerPort || compareText(a.protocol, b.protocol) || a.hostPort - b.hostPort)
  if (filter) {
    const [port, proto = 'tcp'] = filter.split('/')
    return sorted.filter((m) => String(m.containerPort) === port && m.protocol === proto).map((m) => `${m.hostIp || '0.0.0.0'}:${m.hostPort}`)
  }
  return sorted.map((m) => `${m.containerPort}/${m.protocol} -> ${m.hostIp || '0.0.0.0'}:${m.hostPort}`)
}
