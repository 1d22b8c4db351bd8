import { describe, expect, it } from 'vitest'
import { ComposeFileError, loadComposeFiles } from '../../src/index.js'
import { memoryFs } from './memory-fs.js'
import { loadYamlLibrary } from '../../src/load/yaml-library.js'

// Positions (located errors) come from the `yaml` library, loaded on demand.
await loadYamlLibrary()

function load(files: Record<string, string>, env: Record<string, string> = {}) {
  const warned: string[] = []
  const r = loadComposeFiles({
    files: ['/p/compose.yaml'], workingDir: '/p', lookup: (n) => env[n], warn: (n) => warned.push(n), ...memoryFs(files),
  })
  return { model: r.model as any, warned, parsed: r.parsed }
}

describe('include', () => {
  it('imports resources of an included project, with its own directory and .env', () => {
    const { model } = load({
      '/p/compose.yaml': 'include:\n  - sub/compose.yaml\nservices:\n  web:\n    image: web\n    depends_on: [db]\n',
      '/p/sub/compose.yaml': [
        'services:',
        '  db:',
        '    image: "postgres:${PG_TAG}"',
        '    build: ./db',
        '    volumes: ["./init:/docker-entrypoint-initdb.d", "pgdata:/var/lib/postgresql/data"]',
        'volumes:',
        '  pgdata: {}',
        'secrets:',
        '  pw: {file: ./pw.txt}',
        '',
      ].join('\n'),
      '/p/sub/.env': 'PG_TAG=16',
    })
    expect(model.include).toBeUndefined()
    expect(model.services.web).toEqual({ image: 'web', depends_on: ['db'] })
    expect(model.services.db).toEqual({
      image: 'postgres:16',
      build: '/p/sub/db',
      volumes: ['/p/sub/init:/docker-entrypoint-initdb.d', 'pgdata:/var/lib/postgresql/data'],
    })
    expect(model.volumes).toEqual({ pgdata: {} })
    expect(model.secrets).toEqual({ pw: { file: '/p/sub/pw.txt' } })
  })

  it('long syntax: several paths merged, project_directory and env_file', () => {
    const { model } = load({
      '/p/compose.yaml': [
        'include:',
        '  - path: [lib/a.yaml, lib/a.override.yaml]',
        '    project_directory: lib/root',
        '    env_file: [lib/one.env, lib/two.env]',
        '',
      ].join('\n'),
      '/p/lib/a.yaml': 'services:\n  a:\n    image: "a:${V}"\n    env_file: x.env\n    ports: ["1:1"]\n',
      '/p/lib/a.override.yaml': 'services:\n  a:\n    ports: ["2:2"]\n',
      '/p/lib/one.env': 'V=1',
      '/p/lib/two.env': 'V=2',
    })
    expect(model.services.a).toEqual({ image: 'a:2', env_file: '/p/lib/root/x.env', ports: ['1:1', '2:2'] })
  })

  it('the including environment wins over the included env_file', () => {
    const { model } = load({
      '/p/compose.yaml': 'include: [sub/c.yaml]\n',
      '/p/sub/c.yaml': 'services:\n  s:\n    image: "i:${V}"\n',
      '/p/sub/.env': 'V=inner',
    }, { V: 'outer' })
    expect(model.services.s.image).toBe('i:outer')
  })

  it('a conflicting resource is an error, an identical one is not', () => {
    expect(() => load({
      '/p/compose.yaml': 'include: [sub.yaml]\nservices:\n  s: {image: mine}\n',
      '/p/sub.yaml': 'services:\n  s: {image: theirs}\n',
    })).toThrowError('services.s conflicts with imported resource')
    const { model } = load({
      '/p/compose.yaml': 'include: [sub.yaml]\nnetworks:\n  n: {driver: bridge}\n',
      '/p/sub.yaml': 'networks:\n  n: {driver: bridge}\n',
    })
    expect(model.networks).toEqual({ n: { driver: 'bridge' } })
  })

  it('detects include cycles', () => {
    try {
      load({
        '/p/compose.yaml': 'include: [a.yaml]\n',
        '/p/a.yaml': 'include: [b.yaml]\n',
        '/p/b.yaml': 'include: [a.yaml]\n',
      })
      expect.unreachable()
    } catch (e) {
      expect((e as ComposeFileError).code).toBe('COMPOSE_INCLUDE_CYCLE')
      expect((e as Error).message).toBe('include cycle detected: /p/compose.yaml includes /p/a.yaml includes /p/b.yaml includes /p/a.yaml')
    }
  })

  it('a missing env_file is an error; /dev/null is skipped', () => {
    expect(() => load({
      '/p/compose.yaml': 'include:\n  - path: a.yaml\n    env_file: nope.env\n',
      '/p/a.yaml': 'services: {}\n',
    })).toThrowError('env file /p/nope.env not found')
    const { model } = load({
      '/p/compose.yaml': 'include:\n  - path: a.yaml\n    env_file: /dev/null\n',
      '/p/a.yaml': 'services: {a: {image: a}}\n',
    })
    expect(model.services.a.image).toBe('a')
  })

  it('services can extend included services', () => {
    const { model } = load({
      '/p/compose.yaml': 'include: [lib.yaml]\nservices:\n  web:\n    extends: base\n    image: web\n',
      '/p/lib.yaml': 'services:\n  base: {image: base, tty: true}\n',
    })
    expect(model.services.web).toEqual({ image: 'web', tty: true })
  })

  it('parses every file it reads so errors can be located', () => {
    const { parsed } = load({
      '/p/compose.yaml': 'include: [lib.yaml]\n',
      '/p/lib.yaml': 'services: {}\n',
    })
    expect(parsed.map((p) => p.file)).toEqual(['/p/compose.yaml', '/p/lib.yaml'])
  })
})
