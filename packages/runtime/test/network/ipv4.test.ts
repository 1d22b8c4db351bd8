import { describe, expect, it } from 'vitest'
import { defaultPoolSubnets, formatCidr, ipToNum, macForIp, nextFree, numToIp, overlaps, parseCidr, pickSubnet } from '../../src/network/ipv4.js'

describe('ipv4', () => {
  it('parses and formats CIDRs, clearing host bits', () => {
    expect(formatCidr(parseCidr('10.1.2.3/24'))).toBe('10.1.2.0/24')
    expect(() => parseCidr('10.1.2.0/33')).toThrow(/invalid CIDR "10.1.2.0\/33"/)
    expect(() => parseCidr('300.1.2.0/8')).toThrow(/invalid CIDR/)
    expect(numToIp(ipToNum('192.168.255.1'))).toBe('192.168.255.1')
  })

  it('follows docker\'s default pools: 172.17-31 /16, then 192.168 /20', () => {
    const pools = [...defaultPoolSubnets()].map(formatCidr)
    expect(pools.slice(0, 2)).toEqual(['172.17.0.0/16', '172.18.0.0/16'])
    expect(pools[15]).toBe('192.168.0.0/20')
    expect(pools[16]).toBe('192.168.16.0/20')
    expect(pools).toHaveLength(15 + 16)
  })

  it('skips subnets overlapping host routes and other networks', () => {
    const taken = [parseCidr('172.17.0.0/16'), parseCidr('172.18.5.0/24'), parseCidr('172.19.0.0/16')]
    expect(formatCidr(pickSubnet(taken)!)).toBe('172.20.0.0/16')
    expect(formatCidr(pickSubnet([parseCidr('172.16.0.0/12')])!)).toBe('192.168.0.0/20')
    expect(pickSubnet([parseCidr('172.16.0.0/12'), parseCidr('192.168.0.0/16')])).toBeUndefined()
    expect(overlaps(parseCidr('10.0.0.0/8'), parseCidr('10.5.0.0/16'))).toBe(true)
    expect(overlaps(parseCidr('10.0.0.0/16'), parseCidr('10.1.0.0/16'))).toBe(false)
  })

  it('allocates after the last handed-out address, wrapping, like CNI host-local', () => {
    const s = parseCidr('10.0.0.0/29') // .1 gateway, .2-.6 hosts, .7 broadcast
    const used = new Set([ipToNum('10.0.0.1')])
    expect(numToIp(nextFree(s, s, used)!)).toBe('10.0.0.2')
    expect(numToIp(nextFree(s, s, used, ipToNum('10.0.0.2'))!)).toBe('10.0.0.3')
    expect(numToIp(nextFree(s, s, used, ipToNum('10.0.0.6'))!)).toBe('10.0.0.2')
    const full = new Set(['1', '2', '3', '4', '5', '6'].map((x) => ipToNum(`10.0.0.${x}`)))
    expect(nextFree(s, s, full)).toBeUndefined()
    const range = parseCidr('10.0.0.4/30')
    expect(numToIp(nextFree(s, range, used)!)).toBe('10.0.0.4')
  })

  it('derives docker-style MACs from addresses', () => {
    expect(macForIp('172.17.0.2')).toBe('02:42:ac:11:00:02')
  })
})
