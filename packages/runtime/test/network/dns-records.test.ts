import { describe, expect, it } from 'vitest'
import { renderDnsRecords } from '../../src/network/dns/records.js'
import type { EndpointRecord, NetworkRecord } from '../../src/network/types.js'

const ep = (id: string, name: string, ip: string, aliases: string[] = [], dns: string[] = []): EndpointRecord => ({
  containerId: id.padEnd(64, '0'), containerName: name, aliases, ports: [], dns, explicit: false,
  active: { ip, mac: '02:42:00:00:00:00', ifname: 'eth0', hostVeth: 'tvx', ports: [], gateway: true },
})
const net = (id: string, name: string, gateway: string, eps: EndpointRecord[], dns = true): NetworkRecord => ({
  id: id.padEnd(64, '0'), name, driver: 'bridge', created: '', internal: false, attachable: false, labels: {}, options: {},
  subnet: `${gateway.replace(/\.1$/, '.0')}/24`, gateway, userSubnet: false, bridge: 'tsc-x', dns,
  endpoints: Object.fromEntries(eps.map((e) => [e.containerId, e])),
})

describe('DNS records for the responder', () => {
  it('lists upstreams, networks, and every endpoint with its names', () => {
    const front = net('a', 'Front', '10.1.0.1', [ep('c1', 'web-1', '10.1.0.2', ['web']), ep('c2', 'client', '10.1.0.9', [], ['10.9.9.9:5353'])])
    const legacy = net('b', 'bridge', '172.17.0.1', [ep('c3', 'plain', '172.17.0.2')], false)
    const text = renderDnsRecords([front, legacy], ['127.0.0.77:5300', 'not-an-ip'])
    expect(text.split('\n')).toEqual([
      'upstream 127.0.0.77:5300',
      'net 10.1.0.1',
      `ctr ${'c2'.padEnd(64, '0')} 10.9.9.9:5353`,
      `ep 10.1.0.1 ${'c1'.padEnd(64, '0')} 10.1.0.2 web-1.front web-1 web-1.front c10000000000 c10000000000.front web web.front`,
      `ep 10.1.0.1 ${'c2'.padEnd(64, '0')} 10.1.0.9 client.front client client.front c20000000000 c20000000000.front`,
      '',
    ])
  })

  it('drops names the wire format cannot carry', () => {
    const text = renderDnsRecords([net('a', 'n', '10.1.0.1', [ep('c1', 'ok', '10.1.0.2', ['bad name', ''])])], [])
    expect(text).not.toContain('bad')
  })
})
