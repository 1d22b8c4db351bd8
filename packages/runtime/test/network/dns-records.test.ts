import { describe, expect, it } from 'vitest'
import { DnsIndex } from '../../src/network/dns/records.js'
import type { EndpointRecord, NetworkRecord } from '../../src/network/types.js'

const ep = (id: string, name: string, ip: string, aliases: string[] = []): EndpointRecord => ({
  containerId: id.padEnd(64, '0'), containerName: name, aliases, ports: [], dns: [], explicit: false,
  active: { ip, mac: '02:42:00:00:00:00', ifname: 'eth0', hostVeth: 'tvx', ports: [], gateway: true },
})
const net = (id: string, name: string, gateway: string, eps: EndpointRecord[]): NetworkRecord => ({
  id: id.padEnd(64, '0'), name, driver: 'bridge', created: '', internal: false, attachable: false, labels: {}, options: {},
  subnet: `${gateway.replace(/\.1$/, '.0')}/24`, gateway, userSubnet: false, bridge: 'tsc-x', dns: true,
  endpoints: Object.fromEntries(eps.map((e) => [e.containerId, e])),
})

describe('embedded DNS records', () => {
  const a = net('a', 'front', '10.1.0.1', [ep('c1', 'web-1', '10.1.0.2', ['web']), ep('c2', 'web-2', '10.1.0.3', ['web']), ep('c3', 'web-3', '10.1.0.4', ['web']), ep('c4', 'client', '10.1.0.9')])
  const b = net('b', 'back', '10.2.0.1', [ep('c4', 'client', '10.2.0.9'), ep('c5', 'db', '10.2.0.5')])
  const idx = new DnsIndex([a, b])

  it('answers every replica of a service, rotated per query', () => {
    const scope = idx.scope('10.1.0.1', '10.1.0.9')
    const first = [0, 1, 2].map(() => idx.lookup(scope, 'web')![0])
    expect(new Set(first)).toEqual(new Set(['10.1.0.2', '10.1.0.3', '10.1.0.4']))
    expect(idx.lookup(scope, 'WEB-1.')).toEqual(['10.1.0.2'])
    expect(idx.lookup(scope, 'web-1.front')).toEqual(['10.1.0.2'])
    expect(idx.lookup(scope, 'c1'.padEnd(12, '0'))).toEqual(['10.1.0.2'])
  })

  it('scopes answers to the asking container\'s networks', () => {
    // client is on both networks: sees db through either gateway
    expect(idx.lookup(idx.scope('10.1.0.1', '10.1.0.9'), 'db')).toEqual(['10.2.0.5'])
    // web-1 is only on front: db is not its business (forwarded upstream instead)
    expect(idx.lookup(idx.scope('10.1.0.1', '10.1.0.2'), 'db')).toBeUndefined()
    expect(idx.lookup(idx.scope('10.9.9.9', '10.1.0.2'), 'web')).toBeUndefined()
  })

  it('answers PTR for known addresses', () => {
    expect(idx.reverseLookup(idx.scope('10.1.0.1', '10.1.0.9'), '2.0.1.10.in-addr.arpa')).toBe('web-1.front')
  })
})
