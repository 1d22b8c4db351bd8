/**
 * IPv4 arithmetic and docker-style address pools. Pure: no kernel, unit-tested.
 */
import { RuntimeError } from '../errors.js'

export interface Cidr {
  /** Network address as an unsigned 32-bit number. */
  readonly base: number
  readonly prefix: number
}

export function ipToNum(ip: string): number {
  const parts = ip.split('.')
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) {
    throw new RuntimeError('NETWORK_BAD_ADDRESS', `invalid IPv4 address "${ip}"`, { exitCode: 125 })
  }
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0) >>> 0
}

export function numToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.')
}

export function isIpv4(s: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(s) && s.split('.').every((p) => Number(p) <= 255)
}

const maskOf = (prefix: number): number => (prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0)

/** Parses `a.b.c.d/n`; the host bits are cleared (docker rejects them only for --subnet). */
export function parseCidr(s: string): Cidr {
  const m = /^([\d.]+)\/(\d{1,2})$/.exec(s)
  if (!m || Number(m[2]) > 32 || !isIpv4(m[1]!)) {
    throw new RuntimeError('NETWORK_BAD_SUBNET', `invalid CIDR "${s}": expected a.b.c.d/n`, { exitCode: 125 })
  }
  const prefix = Number(m[2])
  return { base: (ipToNum(m[1]!) & maskOf(prefix)) >>> 0, prefix }
}

export const formatCidr = (c: Cidr): string => `${numToIp(c.base)}/${c.prefix}`
export const size = (c: Cidr): number => 2 ** (32 - c.prefix)
export const last = (c: Cidr): number => (c.base + size(c) - 1) >>> 0
export const contains = (c: Cidr, ip: number): boolean => ((ip & maskOf(c.prefix)) >>> 0) === c.base
export const overlaps = (a: Cidr, b: Cidr): boolean => a.base <= last(b) && b.base <= last(a)
export const broadcast = (c: Cidr): string => numToIp(last(c))

/**
 * Docker's default pools (libnetwork ipamutils): 172.17–172.31 as /16s, then 192.168.0.0/16
 * as /20s. The default `bridge` network takes 172.17.0.0/16 when it is free.
 */
export function* defaultPoolSubnets(): Generator<Cidr> {
  for (let b = 17; b <= 31; b++) yield { base: ipToNum(`172.${b}.0.0`), prefix: 16 }
  for (let c = 0; c < 256; c += 16) yield { base: ipToNum(`192.168.${c}.0`), prefix: 20 }
}

/** First default-pool subnet that overlaps none of `taken` (host routes, addresses, other networks). */
export function pickSubnet(taken: readonly Cidr[]): Cidr | undefined {
  for (const c of defaultPoolSubnets()) if (!taken.some((t) => overlaps(c, t))) return c
  return undefined
}

/**
 * Next free host address after `lastAllocated` (CNI host-local: a freed address is not
 * reused at once), wrapping around within [rangeStart, rangeEnd]. Network and broadcast
 * addresses and everything in `used` are skipped.
 */
export function nextFree(subnet: Cidr, range: Cidr, used: ReadonlySet<number>, lastAllocated?: number): number | undefined {
  const lo = Math.max(range.base, subnet.base + 1)
  const hi = Math.min(last(range), last(subnet) - 1)
  if (hi < lo) return undefined
  const span = hi - lo + 1
  const start = lastAllocated !== undefined && lastAllocated >= lo && lastAllocated <= hi ? lastAllocated - lo + 1 : 0
  for (let i = 0; i < span; i++) {
    const ip = lo + ((start + i) % span)
    if (!used.has(ip)) return ip >>> 0
  }
  return undefined
}

/** docker's MAC for an address: 02:42 followed by the four IPv4 bytes. */
export function macForIp(ip: string): string {
  return ['02', '42', ...ip.split('.').map((p) => Number(p).toString(16).padStart(2, '0'))].join(':')
}

export function isMac(s: string): boolean {
  return /^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$/.test(s)
}
