import { isIP } from 'node:net'
import { DEFAULT_DOMAIN } from '../images/reference.js'

/** Where the registry API of a reference's domain is, and how to talk to it. */
export interface Endpoint {
  /** The domain as written in references (`docker.io`, `127.0.0.1:5000`). */
  readonly domain: string
  /** host[:port] of the API (`registry-1.docker.io` for docker.io). */
  readonly apiHost: string
  /** Schemes to try, in order: an insecure registry falls back from https to http, like dockerd. */
  readonly schemes: readonly ('https' | 'http')[]
  /** TLS certificates are not verified (insecure registries only). */
  readonly skipTlsVerify: boolean
}

/** docker.io's API lives elsewhere (containerd `config/hosts.go`, docker's registry/config.go). */
const DOCKER_HUB_API = 'registry-1.docker.io'

function splitHostPort(hostPort: string): { host: string; port?: string } {
  const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(hostPort) ?? /^([^:]+)(?::(\d+))?$/.exec(hostPort)
  return m ? { host: m[1]!.toLowerCase(), ...(m[2] ? { port: m[2] } : {}) } : { host: hostPort.toLowerCase() }
}

function ipv4ToInt(ip: string): number {
  return ip.split('.').reduce((n, o) => (n << 8) + Number(o), 0) >>> 0
}

function inCidr(ip: string, cidr: string): boolean {
  const [net, bits] = cidr.split('/')
  if (isIP(ip) !== 4 || isIP(net ?? '') !== 4) return false
  const n = Number(bits)
  if (!Number.isInteger(n) || n < 0 || n > 32) return false
  const mask = n === 0 ? 0 : (~0 << (32 - n)) >>> 0
  return (ipv4ToInt(ip) & mask) === (ipv4ToInt(net!) & mask)
}

/**
 * Loopback registries are insecure without configuration, as dockerd treats 127.0.0.0/8 and
 * `localhost`; others only when listed (host, host:port or an IPv4 CIDR), like the
 * daemon's `insecure-registries`.
 */
export function isInsecure(domain: string, insecureRegistries: readonly string[] = []): boolean {
  const { host } = splitHostPort(domain)
  if (host === 'localhost' || host === '::1' || inCidr(host, '127.0.0.0/8')) return true
  for (const entry of insecureRegistries) {
    const e = entry.replace(/^https?:\/\//, '').replace(/\/+$/, '').toLowerCase()
    if (e === domain.toLowerCase() || e === host) return true
    if (e.includes('/') && inCidr(host, e)) return true
  }
  return false
}

function isLoopback(domain: string): boolean {
  const { host } = splitHostPort(domain)
  return host === 'localhost' || host === '::1' || inCidr(host, '127.0.0.0/8')
}

export function endpointFor(domain: string, insecureRegistries: readonly string[] = []): Endpoint {
  if (domain === DEFAULT_DOMAIN) return { domain, apiHost: DOCKER_HUB_API, schemes: ['https'], skipTlsVerify: false }
  const insecure = isInsecure(domain, insecureRegistries)
  // dockerd tries https first everywhere; on loopback, where a registry is nearly always
  // plain http, we try http first and save a TLS set-up per command (a TLS registry answers
  // a plain request with 400, and https is tried next).
  const schemes: Endpoint['schemes'] = !insecure ? ['https'] : isLoopback(domain) ? ['http', 'https'] : ['https', 'http']
  return { domain, apiHost: domain, schemes, skipTlsVerify: insecure }
}
