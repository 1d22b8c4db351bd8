import { describe, expect, it } from 'vitest'
import { ComposeFileError, interpolate, loadComposeFiles, parseComposeYaml, resolveExtends } from '../../src/index.js'
import { memoryFs } from './memory-fs.js'
import { loadYamlLibrary } from '../../src/load/yaml-library.js'

// Positions (located errors) come from the `yaml` library, loaded on demand.
await loadYamlLibrary()

const env: Record<string, string> = { TAG: '1.2' }
const lookup = (n: string) => env[n]

function load(files: Record<string, string>, main = '/p/compose.yaml') {
  return loadComposeFiles({ files: [main], workingDir: '/p', lookup, ...memoryFs(files) }).model as any
}

describe('extends', () => {
  it('extends a service of the same file, recursively, with merge rules', () => {
    const model = load({
      '/p/compose.yaml': [
        'services:',
        '  base:',
        '    image: app:${TAG}',
        '    environment: {A: "1", B: "2"}',
        '    ports: ["80:80"]',
        '    command: [base]',
        '  mid:',
        '    extends: base',
        '    environment: {B: "3"}',
        '  web:',
        '    extends: {service: mid}',
        '    ports: ["443:443"]',
        '    command: [web]',
        '',
      ].join('\n'),
    })
    expect(model.services.web).toEqual({
      image: 'app:1.2',
      environment: ['A=1', 'B=3'],
      ports: ['80:80', '443:443'],
      command: ['web'],
    })
    expect(model.services.mid.extends).toBeUndefined()
    expect(model.services.base).toEqual({ image: 'app:1.2', environment: { A: '1', B: '2' }, ports: ['80:80'], command: ['base'] })
  })

  it('extends a service of another file, rebasing its relative paths', () => {
    const model = load({
      '/p/compose.yaml': 'services:\n  web:\n    extends: {file: common/base.yaml, service: app}\n    image: web\n',
      '/p/common/base.yaml': [
        'services:',
        '  app:',
        '    build: ./src',
        '    env_file: app.env',
        '    volumes: ["./data:/data", "named:/named", "/abs:/abs"]',
        '    labels: {tag: "${TAG}"}',
        '',
      ].join('\n'),
    })
    expect(model.services.web).toEqual({
      build: '/p/common/src',
      env_file: '/p/common/app.env',
      volumes: ['/p/common/data:/data', 'named:/named', '/abs:/abs'],
      labels: { tag: '1.2' },
      image: 'web',
    })
  })

  it('follows extends chains across files relative to each file', () => {
    const model = load({
      '/p/compose.yaml': 'services:\n  web:\n    extends: {file: a/one.yaml, service: one}\n',
      '/p/a/one.yaml': 'services:\n  one:\n    extends: {file: ../b/two.yaml, service: two}\n    hostname: one\n',
      '/p/b/two.yaml': 'services:\n  two:\n    image: two\n    hostname: two\n',
    })
    expect(model.services.web).toEqual({ image: 'two', hostname: 'one' })
  })

  it('applies !reset and !override of the extending service', () => {
    const model = load({
      '/p/compose.yaml': [
        'services:',
        '  base: {image: b, ports: ["80:80"], dns: [1.1.1.1], environment: {A: "1"}}',
        '  web:',
        '    extends: base',
        '    ports: !reset []',
        '    environment: !override {B: "2"}',
        '',
      ].join('\n'),
    })
    expect(model.services.web).toEqual({ image: 'b', dns: ['1.1.1.1'], environment: { B: '2' } })
  })

  it('reports a cycle with the whole chain', () => {
    const files = {
      '/p/compose.yaml': 'services:\n  a:\n    extends: b\n  b:\n    extends: c\n  c:\n    extends: a\n',
    }
    try {
      load(files)
      expect.unreachable()
    } catch (e) {
      const err = e as ComposeFileError
      expect(err.code).toBe('COMPOSE_EXTENDS_CYCLE')
      expect(err.message).toBe(
        'circular reference in extends: a (/p/compose.yaml) extends b (/p/compose.yaml) extends c (/p/compose.yaml) extends a (/p/compose.yaml)',
      )
      expect(err.location).toEqual({ file: '/p/compose.yaml', line: 3, column: 14 })
    }
  })

  it('reports a cycle through another file', () => {
    expect(() => load({
      '/p/compose.yaml': 'services:\n  a:\n    extends: {file: other.yaml, service: b}\n',
      '/p/other.yaml': 'services:\n  b:\n    extends: {file: compose.yaml, service: a}\n',
    })).toThrowError(/circular reference in extends: a \(\/p\/compose.yaml\) extends b \(\/p\/other.yaml\) extends a/)
  })

  it('reports a missing base service and a missing file', () => {
    expect(() => load({ '/p/compose.yaml': 'services:\n  a:\n    extends: nope\n' }))
      .toThrowError('cannot extend service "a" in /p/compose.yaml: service "nope" not found')
    expect(() => load({ '/p/compose.yaml': 'services:\n  a:\n    extends: {file: x.yaml, service: b}\n' }))
      .toThrowError(/cannot read \/p\/x.yaml/)
    expect(() => load({
      '/p/compose.yaml': 'services:\n  a:\n    extends: {file: x.yaml, service: b}\n',
      '/p/x.yaml': 'services:\n  c: {image: c}\n',
    })).toThrowError('service "b" not found in /p/x.yaml')
  })

  it('resolveExtends works on one parsed model directly', () => {
    const p = parseComposeYaml('services:\n  a: {image: x}\n  b: {extends: a, tty: true}\n', '/q/c.yaml')
    const fs = memoryFs({})
    const out = resolveExtends(interpolate(p.doc, { lookup }), { file: '/q/c.yaml', lookup, ...fs }) as any
    expect(out.services.b).toEqual({ image: 'x', tty: true })
  })
})
