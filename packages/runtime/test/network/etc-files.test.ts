import { describe, expect, it } from 'vitest'
import { hostsFile, parseResolvConf, resolvConfInternal, resolvConfLegacy } from '../../src/network/etc-files.js'

describe('container /etc files', () => {
  it('writes /etc/hosts as docker does', () => {
    expect(hostsFile({ hostname: 'web', domainname: 'example.org', ip: '172.18.0.2', extraHosts: ['db:10.0.0.5'] })).toBe(
      '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::\tip6-localnet\nff00::\tip6-mcastprefix\n' +
        'ff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n10.0.0.5\tdb\n172.18.0.2\tweb.example.org web\n',
    )
  })

  it('maps host-gateway to the host as the container reaches it, and drops it without one', () => {
    const withGw = hostsFile({ hostname: 'web', ip: '172.18.0.2', extraHosts: ['host.docker.internal:host-gateway', 'db=10.0.0.5'], hostGateway: '172.18.0.1' })
    expect(withGw).toContain('\n172.18.0.1\thost.docker.internal\n10.0.0.5\tdb\n')
    const without = hostsFile({ hostname: 'web', extraHosts: ['host.docker.internal:host-gateway'] })
    expect(without).not.toContain('host.docker.internal')
    expect(without).not.toContain('host-gateway')
  })

  it('points user-network containers at the internal resolver with ndots:0', () => {
    const host = parseResolvConf('nameserver 10.0.0.53\nsearch corp.example\noptions edns0\n')
    const text = resolvConfInternal({ nameserver: '172.18.0.1', host, upstreams: host.nameservers })
    expect(text).toContain('\nnameserver 172.18.0.1\nsearch corp.example\noptions edns0 ndots:0\n')
    expect(text).toContain('# ExtServers: [host(10.0.0.53)]')
    expect(text).not.toMatch(/nameserver 10\.0\.0\.53/)
    expect(resolvConfInternal({ nameserver: '172.18.0.1', host, upstreams: [], dnsOptions: ['ndots:2'] })).toContain('options ndots:2\n')
  })

  it('drops loopback servers on the default bridge', () => {
    const host = parseResolvConf('nameserver 127.0.0.53\nnameserver 10.0.0.53\n')
    expect(resolvConfLegacy(host)).toBe('nameserver 10.0.0.53\n')
    expect(resolvConfLegacy(host, ['1.1.1.1'])).toBe('nameserver 1.1.1.1\n')
  })
})
