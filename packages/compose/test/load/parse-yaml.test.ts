import { describe, expect, it } from 'vitest'
import { ComposeFileError, OverrideTag, ResetTag, parseComposeYaml } from '../../src/index.js'
import { loadYamlLibrary } from '../../src/load/yaml-library.js'

// Positions (located errors) come from the `yaml` library, loaded on demand.
await loadYamlLibrary()

describe('parseComposeYaml', () => {
  it('reports a syntax error as ComposeFileError with file:line:col', () => {
    try {
      parseComposeYaml('services:\n  web:\n    image: [nginx\n', '/p/compose.yaml')
      expect.unreachable()
    } catch (e) {
      const err = e as ComposeFileError
      expect(err).toBeInstanceOf(ComposeFileError)
      expect(err.code).toBe('COMPOSE_YAML_SYNTAX')
      expect(err.location?.file).toBe('/p/compose.yaml')
      expect(err.location?.line).toBeGreaterThanOrEqual(3)
      expect(err.message).not.toContain('\n')
    }
  })

  it('rejects duplicate keys', () => {
    expect(() => parseComposeYaml('a: 1\na: 2\n', 'f.yaml')).toThrowError(ComposeFileError)
  })

  it('uses the YAML 1.2 core schema: yes/no/on/off and 8080:80 stay strings', () => {
    const { doc } = parseComposeYaml('a: yes\nb: off\nc: 8080:80\nd: true\ne: 012\nf: 0o12\ng: ~\nh: 1.5\n', 'f.yaml')
    expect(doc).toEqual({ a: 'yes', b: 'off', c: '8080:80', d: true, e: 12, f: 10, g: null, h: 1.5 })
  })

  it('expands anchors, aliases and merge keys', () => {
    const { doc } = parseComposeYaml([
      'x-base: &base',
      '  image: nginx',
      '  environment: {A: "1"}',
      'services:',
      '  web:',
      '    <<: *base',
      '    environment: {B: "2"}',
      '  api: *base',
      '',
    ].join('\n'), 'f.yaml')
    expect((doc as any).services).toEqual({
      web: { image: 'nginx', environment: { B: '2' } },
      api: { image: 'nginx', environment: { A: '1' } },
    })
  })

  it('turns !reset and !override into markers', () => {
    const { doc } = parseComposeYaml('a: !reset []\nb: !override {x: 1}\nc: !reset\nd: !override [1, 2]\n', 'f.yaml')
    const d = doc as Record<string, unknown>
    expect(d.a).toBeInstanceOf(ResetTag)
    expect(d.c).toBeInstanceOf(ResetTag)
    expect(d.b).toEqual(new OverrideTag({ x: 1 }))
    expect(d.d).toEqual(new OverrideTag([1, 2]))
  })

  it('locates values, keys, and the nearest ancestor of missing paths', () => {
    const p = parseComposeYaml('services:\n  web:\n    image: nginx\n    ports:\n      - "80:80"\n    empty:\n', '/c.yaml')
    expect(p.locate(['services', 'web', 'image'])).toEqual({ file: '/c.yaml', line: 3, column: 12 })
    expect(p.locateKey(['services', 'web', 'image'])).toEqual({ file: '/c.yaml', line: 3, column: 5 })
    expect(p.locate(['services', 'web', 'ports', 0])).toEqual({ file: '/c.yaml', line: 5, column: 9 })
    expect(p.locate(['services', 'web', 'empty'])).toEqual({ file: '/c.yaml', line: 6, column: 5 })
    expect(p.locate(['services', 'web', 'nope', 'deeper'])).toEqual({ file: '/c.yaml', line: 3, column: 5 })
    expect(p.locateExact(['services', 'web', 'nope'])).toBeUndefined()
    expect(p.locate([])).toEqual({ file: '/c.yaml', line: 1, column: 1 })
  })

  it('locates keys that come from a merge key', () => {
    const p = parseComposeYaml('x: &b\n  image: nginx\nservices:\n  web:\n    <<: *b\n', '/c.yaml')
    expect(p.locateExact(['services', 'web', 'image'])).toEqual({ file: '/c.yaml', line: 2, column: 10 })
  })

  it('returns null for an empty file and merges several documents', () => {
    expect(parseComposeYaml('', 'e.yaml').doc).toBeNull()
    expect(parseComposeYaml('# only a comment\n', 'e.yaml').doc).toBeNull()
    const multi = parseComposeYaml('services: {a: {image: x, ports: ["1:1"]}}\n---\nservices: {a: {ports: ["2:2"]}}\n', 'm.yaml')
    expect(multi.doc).toEqual({ services: { a: { image: 'x', ports: ['1:1', '2:2'] } } })
  })

  it('handles many aliases (large generated files)', () => {
    const lines = ['x: &d {image: busybox, environment: {A: "1"}}', 'services:']
    for (let i = 0; i < 600; i++) lines.push(`  s${i}: {<<: *d, command: [echo, "${i}"]}`)
    const { doc } = parseComposeYaml(lines.join('\n'), 'big.yaml')
    expect(Object.keys((doc as any).services)).toHaveLength(600)
  })
})
