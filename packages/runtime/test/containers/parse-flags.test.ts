import { describe, expect, it } from 'vitest'
import { healthFromFlags, parseEnvFile, parseMountFlag, parsePortFlag, parseRestartPolicy, parseTmpfsFlag, parseVolumeFlag } from '../../src/containers/parse-flags.js'

describe('docker flag syntaxes', () => {
  it('-v: binds (relative to cwd), named and anonymous volumes, options', () => {
    expect(parseVolumeFlag('./data:/data:ro', '/w')).toEqual({ type: 'bind', source: '/w/data', target: '/data', readOnly: true, bindPropagation: undefined })
    expect(parseVolumeFlag('db:/var/lib/db:nocopy', '/w')).toMatchObject({ type: 'volume', source: 'db', noCopy: true, readOnly: false })
    expect(parseVolumeFlag('/cache', '/w')).toEqual({ type: 'volume', target: '/cache' })
    expect(() => parseVolumeFlag('a:relative', '/w')).toThrow(/absolute path/)
    expect(() => parseVolumeFlag('/a:/b:bogus', '/w')).toThrow(/unknown option "bogus"/)
  })

  it('--mount and --tmpfs', () => {
    expect(parseMountFlag('type=bind,src=/a,dst=/b,readonly', '/')).toMatchObject({ type: 'bind', source: '/a', target: '/b', readOnly: true })
    expect(parseMountFlag('type=tmpfs,target=/t,tmpfs-size=1m,tmpfs-mode=1770', '/')).toMatchObject({ tmpfsSize: 1 << 20, tmpfsMode: 0o1770 })
    expect(parseMountFlag('source=v,target=/v,volume-opt=type=tmpfs', '/')).toMatchObject({ type: 'volume', volumeDriverOpts: { type: 'tmpfs' } })
    expect(() => parseMountFlag('type=bind,target=/b', '/')).toThrow(/needs a source/)
    expect(parseTmpfsFlag('/run:size=64m,mode=755')).toEqual({ type: 'tmpfs', target: '/run', readOnly: false, tmpfsSize: 64 << 20, tmpfsMode: 0o755 })
  })

  it('-p with ips, ranges and protocols', () => {
    expect(parsePortFlag('8080:80')).toEqual([{ containerPort: 80, protocol: 'tcp', hostIp: undefined, hostPort: 8080 }])
    expect(parsePortFlag('127.0.0.1::53/udp')).toEqual([{ containerPort: 53, protocol: 'udp', hostIp: '127.0.0.1', hostPort: undefined }])
    expect(parsePortFlag('9000-9001:90-91').map((p) => `${p.hostPort}:${p.containerPort}`)).toEqual(['9000:90', '9001:91'])
    expect(() => parsePortFlag('70000')).toThrow(/out of range/)
  })

  it('restart policies, healthcheck flags, env files', () => {
    expect(parseRestartPolicy('on-failure:3')).toEqual({ name: 'on-failure', maximumRetryCount: 3 })
    expect(() => parseRestartPolicy('always:2')).toThrow(/only be used with on-failure/)
    expect(healthFromFlags({ cmd: 'true', interval: '1s', retries: 2 })).toMatchObject({ test: ['CMD-SHELL', 'true'], interval: 1e9, retries: 2 })
    expect(healthFromFlags({ none: true })).toEqual({ test: ['NONE'] })
    expect(healthFromFlags({})).toBeUndefined()
    expect(parseEnvFile('# c\nA=1\nB\n\nC=x=y\n', 'f', (k) => (k === 'B' ? 'b' : undefined))).toEqual(['A=1', 'B=b', 'C=x=y'])
  })
})
