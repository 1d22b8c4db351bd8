import { describe, expect, it } from 'vitest'
import { renderRuleset, replaceScript } from '../../src/network/nft.js'
import type { NetworkRecord } from '../../src/network/types.js'

const base = { driver: 'bridge' as const, created: '', attachable: false, labels: {}, options: {}, userSubnet: false, dns: true }

describe('nftables ruleset', () => {
  it('masquerades, isolates, publishes and drops internal traffic', () => {
    const pub: NetworkRecord = {
      ...base, id: 'a', name: 'front', internal: false, subnet: '172.18.0.0/16', gateway: '172.18.0.1', bridge: 'tsc-aaa',
      endpoints: { c: { containerId: 'c', containerName: 'web', aliases: [], ports: [], dns: [], explicit: false,
        active: { ip: '172.18.0.2', mac: '', ifname: 'eth0', hostVeth: 'tv', gateway: true, ports: [
          { protocol: 'tcp', containerPort: 80, hostPort: 8080, hostIp: '' },
          { protocol: 'udp', containerPort: 53, hostPort: 5353, hostIp: '127.0.0.1' },
        ] } } },
    }
    const internal: NetworkRecord = { ...base, id: 'b', name: 'back', internal: true, subnet: '172.19.0.0/16', gateway: '172.19.0.1', bridge: 'tsc-bbb', endpoints: {} }
    const text = renderRuleset('t', [pub, internal], { guardForwarding: false })!
    expect(text).toContain('ip saddr 172.18.0.0/16 oifname != "tsc-aaa" masquerade')
    expect(text).not.toContain('172.19.0.0/16 oifname != "tsc-bbb" masquerade')
    expect(text).toContain('tcp dport 8080 dnat ip to 172.18.0.2:80')
    expect(text).toContain('ip daddr 127.0.0.1 udp dport 5353 dnat ip to 172.18.0.2:53')
    expect(text).toContain('oifname "tsc-aaa" drop')
    expect(text).toContain('iifname "tsc-bbb" drop')
    expect(text).not.toContain('iifname != "tsc-*"')
    expect(renderRuleset('t', [pub], { guardForwarding: true })).toContain('iifname != "tsc-*" oifname != "tsc-*" drop')
    // userland proxy mode: the same table without DNAT
    const proxied = renderRuleset('t', [pub], { guardForwarding: false, dnat: false })!
    expect(proxied).not.toContain('dnat ip to')
    expect(proxied).toContain('ip saddr 172.18.0.0/16 oifname != "tsc-aaa" masquerade')
  })

  it('removes the table when no network is left, in one transaction', () => {
    expect(renderRuleset('t', [], { guardForwarding: false })).toBeUndefined()
    expect(replaceScript('t', undefined)).toBe('table inet t {}\ndelete table inet t\n')
  })
})
