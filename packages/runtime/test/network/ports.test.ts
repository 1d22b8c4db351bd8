import { describe, expect, it } from 'vitest'
import { formatPortMappings, fromPortBindings, parsePortSpec } from '../../src/network/ports.js'

describe('port specs', () => {
  it('parses every -p syntax', () => {
    expect(parsePortSpec('8080:80')).toEqual([{ protocol: 'tcp', containerPort: 80, hostPort: 8080, hostIp: '' }])
    expect(parsePortSpec('127.0.0.1:8080:80/udp')).toEqual([{ protocol: 'udp', containerPort: 80, hostPort: 8080, hostIp: '127.0.0.1' }])
    expect(parsePortSpec('80')).toEqual([{ protocol: 'tcp', containerPort: 80, hostPort: 0, hostIp: '' }])
    expect(parsePortSpec('127.0.0.1::80')).toEqual([{ protocol: 'tcp', containerPort: 80, hostPort: 0, hostIp: '127.0.0.1' }])
    expect(parsePortSpec('8080-8082:80-82').map((p) => `${p.hostPort}:${p.containerPort}`)).toEqual(['8080:80', '8081:81', '8082:82'])
    expect(parsePortSpec('9000-9010:80')).toEqual([{ protocol: 'tcp', containerPort: 80, hostPort: 9000, hostPortEnd: 9010, hostIp: '' }])
  })

  it('rejects bad specs naming the value', () => {
    expect(() => parsePortSpec('8080:80/sctp')).toThrow(/"8080:80\/sctp".*sctp/)
    expect(() => parsePortSpec('70000:80')).toThrow(/out of range/)
    expect(() => parsePortSpec('8080-8081:80-85')).toThrow(/differ in size/)
    expect(() => parsePortSpec('a:b:c:d')).toThrow(/too many colons/)
  })

  it('reads docker PortBindings', () => {
    expect(fromPortBindings({ '80/tcp': [{ HostIp: '', HostPort: '8080' }], '53/udp': [{ HostIp: '127.0.0.1', HostPort: '' }] })).toEqual([
      { protocol: 'tcp', containerPort: 80, hostPort: 8080, hostIp: '' },
      { protocol: 'udp', containerPort: 53, hostPort: 0, hostIp: '127.0.0.1' },
    ])
  })

  it('prints mappings like docker port', () => {
    const m = [
      { protocol: 'udp' as const, containerPort: 53, hostPort: 5353, hostIp: '' },
      { protocol: 'tcp' as const, containerPort: 80, hostPort: 8080, hostIp: '127.0.0.1' },
    ]
    expect(formatPortMappings(m)).toEqual(['53/udp -> 0.0.0.0:5353', '80/tcp -> 127.0.0.1:8080'])
    expect(formatPortMappings(m, '80')).toEqual(['127.0.0.1:8080'])
    expect(formatPortMappings(m, '53/udp')).toEqual(['0.0.0.0:5353'])
  })
})
