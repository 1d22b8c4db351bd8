import { describe, expect, it } from 'vitest'
import { checkModel } from '../src/validate/semantic.js'
import { configHash, configHashInput } from '../src/model/config-hash.js'
import { canonicalDuration, parseBytes, shellSplit } from '../src/normalize/units.js'
import { parsePortSpec } from '../src/normalize/ports.js'
import { parseVolumeSpec } from '../src/normalize/volumes.js'
import { didYouMean } from '../src/validate/did-you-mean.js'
import type { ComposeModel, Service } from '../src/model/types.js'

const locate = () => ({ file: 'compose.yaml', line: 1, column: 1 })
const model = (services: Record<string, Service>, extra: Partial<ComposeModel> = {}): ComposeModel =>
  ({ name: 'p', services, networks: { default: { name: 'p_default' } }, ...extra })
const check = (m: ComposeModel, consistency = true) => () => checkModel(m, { consistency, locate })
const dep = { condition: 'service_started', required: true } as const

describe('semantic checks', () => {
  it('accepts a consistent model', () => {
    expect(check(model({ web: { image: 'nginx', depends_on: { db: dep } }, db: { image: 'pg' } }))).not.toThrow()
  })
  it('prints the whole dependency cycle', () => {
    const m = model({ a: { image: 'x', depends_on: { b: dep } }, b: { image: 'x', depends_on: { c: dep } }, c: { image: 'x', depends_on: { a: dep } } })
    expect(check(m)).toThrow('depends_on cycle: a -> b -> c -> a')
  })
  it('ignores an optional dependency on a missing service', () => {
    expect(check(model({ web: { image: 'x', depends_on: { gone: { ...dep, required: false } } } }))).not.toThrow()
  })
  it('reports undefined references with a suggestion', () => {
    expect(check(model({ web: { image: 'x', networks: { defualt: null } } }))).toThrow('undefined network "defualt" (did you mean "default"?)')
    expect(check(model({ web: { image: 'x', volumes: [{ type: 'volume', source: 'data', target: '/d' }] } }))).toThrow('undefined volume "data"')
  })
  it('--no-consistency skips cross references but not conflicting options', () => {
    expect(check(model({ web: { image: 'x', networks: { nope: null } } }), false)).not.toThrow()
    expect(check(model({ web: { image: 'x', container_name: 'w', scale: 2 } }), false)).toThrow('scaled to 2')
  })
  it('rejects a service without image or build', () => {
    expect(check(model({ web: {} }))).toThrow('neither an image nor a build context')
  })
})

describe('config hash', () => {
  const base: Service = { image: 'nginx', networks: { default: null } }
  it('encodes the service as Go encodes compose-go ServiceConfig', () => {
    expect(configHashInput(base)).toBe('{"command":null,"entrypoint":null,"image":"nginx","networks":{"default":null}}')
    expect(configHashInput({ ...base, environment: { B: '2', A: null }, ports: [{ mode: 'ingress', target: 80, published: '8080', protocol: 'tcp' }] }))
      .toBe('{"command":null,"entrypoint":null,"environment":{"A":null,"B":"2"},"image":"nginx","networks":{"default":null},"ports":[{"mode":"ingress","target":80,"published":"8080","protocol":"tcp"}]}')
  })
  it('escapes HTML characters as Go does', () => {
    expect(configHashInput({ image: 'a<b>&c' })).toContain('"a\\u003cb\\u003e\\u0026c"')
  })
  it('ignores build, scale, replicas, depends_on, profiles and pull_policy', () => {
    const h = configHash(base)
    expect(configHash({ ...base, build: { context: '/x' }, scale: 3, profiles: ['a'], pull_policy: 'always', depends_on: { db: dep }, deploy: { replicas: 4 } })).toBe(h)
    expect(configHash({ ...base, image: 'nginx:1' })).not.toBe(h)
    expect(h).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('short syntax parsers', () => {
  it('durations print as Go durations', () => {
    expect(['90s', '1m30s', '1h', '500ms', '1.5s', '0', '2d', '10us'].map(canonicalDuration))
      .toEqual(['1m30s', '1m30s', '1h0m0s', '500ms', '1.5s', '0s', '48h0m0s', '10µs'])
    expect(() => canonicalDuration('10 seconds')).toThrow()
  })
  it('byte sizes use binary units', () => {
    expect([512, '512', '1k', '512m', '1.5g', '2GB', '1KiB'].map(parseBytes)).toEqual([512, 512, 1024, 536870912, 1610612736, 2147483648, 1024])
    expect(() => parseBytes('12 parsecs')).toThrow()
  })
  it('ports expand ranges and keep host ranges for one container port', () => {
    expect(parsePortSpec('8000-8001:80-81/udp').map((p) => `${p.published}->${p.target}/${p.protocol}`)).toEqual(['8000->80/udp', '8001->81/udp'])
    expect(parsePortSpec('9000-9005:80')).toEqual([{ mode: 'ingress', target: 80, published: '9000-9005', protocol: 'tcp' }])
    expect(() => parsePortSpec('80:80/xyz')).toThrow('invalid protocol')
  })
  it('volumes tell binds from named volumes', () => {
    expect(parseVolumeSpec('./a:/b:ro')).toMatchObject({ type: 'bind', source: './a', target: '/b', read_only: true })
    expect(parseVolumeSpec('data:/b')).toMatchObject({ type: 'volume', source: 'data', volume: {} })
    expect(parseVolumeSpec('/b')).toEqual({ type: 'volume', target: '/b', volume: {} })
  })
  it('commands split like a shell', () => {
    expect(shellSplit(`sh -c "echo \\"hi\\" 'x'" a\\ b ''`)).toEqual(['sh', '-c', `echo "hi" 'x'`, 'a b', ''])
  })
  it('suggests close names only', () => {
    expect(didYouMean('imgae', ['image', 'build'])).toBe('image')
    expect(didYouMean('zzzzzz', ['image', 'build'])).toBeUndefined()
  })
})
