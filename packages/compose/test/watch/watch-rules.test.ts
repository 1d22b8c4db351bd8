import { join } from 'node:path'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { describe, expect, it } from 'vitest'
import { loadProject } from '../../src/load/load-project.js'
import { matchRule, watchRules } from '../../src/project-ops/watch/watch-rules.js'
import { fakeIo, project } from './fixtures.js'

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn()
  } catch (err) {
    return (err as { code?: string }).code
  }
  return undefined
}

describe('develop.watch rules', () => {
  it('normalizes each entry: absolute path, lists, the exec hook in long syntax', () => {
    const p = project({
      web: {
        image: 'busybox',
        develop: {
          watch: [
            { path: './src', action: 'sync+exec', target: '/app', ignore: 'node_modules/', exec: { command: 'kill -HUP 1', environment: { A: '1', B: null } } },
            { path: 'package.json', action: 'restart' },
          ],
        },
      },
    })
    const { rules, paths, warnings } = watchRules(p, [], fakeIo())
    expect(warnings).toEqual([])
    expect(paths).toEqual(['/proj/src', '/proj/package.json'])
    expect(rules[0]).toMatchObject({ service: 'web', index: 0, action: 'sync+exec', path: '/proj/src', target: '/app', initialSync: false, exec: { command: ['kill', '-HUP', '1'], environment: ['A=1', 'B'] } })
    expect(rules[1]).toMatchObject({ action: 'restart', path: '/proj/package.json' })
    expect(rules[0]!.ignore.matches('/proj/src/node_modules/x/y.js')).toBe(true)
  })

  it('maps changed host paths to container paths under target', () => {
    const { rules } = watchRules(project({ web: { develop: { watch: [{ path: './src', action: 'sync', target: '/app/src' }] } } }), [], fakeIo())
    const r = rules[0]!
    expect(matchRule(r, '/proj/src/a/b.js')).toEqual({ hostPath: '/proj/src/a/b.js', containerPath: '/app/src/a/b.js' })
    expect(matchRule(r, '/proj/src')).toEqual({ hostPath: '/proj/src', containerPath: '/app/src' })
    expect(matchRule(r, '/proj/srcx/a')).toBeUndefined()
    expect(matchRule(r, '/proj/src/.git/index')).toBeUndefined()
    expect(matchRule(r, '/proj/src/.a.js.swp')).toBeUndefined()
  })

  it('include narrows a rule; ignore wins over include', () => {
    const { rules } = watchRules(project({ web: { develop: { watch: [{ path: '.', action: 'sync', target: '/app', include: ['**/*.js'], ignore: ['vendor'] }] } } }), [], fakeIo())
    const r = rules[0]!
    expect(matchRule(r, '/proj/a/b.js')).toBeDefined()
    expect(matchRule(r, '/proj/a/b.css')).toBeUndefined()
    expect(matchRule(r, '/proj/vendor/lib.js')).toBeUndefined()
  })

  it("applies the build context's .dockerignore (the Dockerfile-specific one first)", () => {
    const svc = (dockerfile?: string) => ({ build: { context: '/proj/app', ...(dockerfile ? { dockerfile } : {}) }, develop: { watch: [{ path: './app', action: 'rebuild' }] } })
    const io = fakeIo({ '/proj/app/.dockerignore': '# comment\ntmp\n*.md\n', '/proj/app/Web.Dockerfile.dockerignore': 'cache\n' })
    const plain = watchRules(project({ web: svc() }), [], io).rules[0]!
    expect(matchRule(plain, '/proj/app/tmp/x')).toBeUndefined()
    expect(matchRule(plain, '/proj/app/README.md')).toBeUndefined()
    expect(matchRule(plain, '/proj/app/main.go')).toEqual({ hostPath: '/proj/app/main.go' })
    const specific = watchRules(project({ web: svc('Web.Dockerfile') }), [], io).rules[0]!
    expect(matchRule(specific, '/proj/app/cache/a')).toBeUndefined()
    expect(matchRule(specific, '/proj/app/tmp/x')).toBeDefined()
  })

  it('docker compose errors: nothing to watch, rebuild without build, sync+exec without command', () => {
    expect(codeOf(() => watchRules(project({ web: { image: 'busybox' } }), [], fakeIo()))).toBe('COMPOSE_WATCH_NOT_CONFIGURED')
    expect(() => watchRules(project({ web: { image: 'busybox' } }), [], fakeIo())).toThrow("none of the selected services is configured for watch, consider setting a 'develop' section")
    // only the selected services count
    const two = project({ web: { image: 'busybox' }, api: { develop: { watch: [{ path: '.', action: 'restart' }] } } })
    expect(codeOf(() => watchRules(two, ['web'], fakeIo()))).toBe('COMPOSE_WATCH_NOT_CONFIGURED')
    expect(watchRules(two, ['api'], fakeIo()).rules).toHaveLength(1)
    expect(() => watchRules(project({ web: { image: 'x', develop: { watch: [{ path: '.', action: 'rebuild' }] } } }), [], fakeIo())).toThrow(`can't watch service "web" with action rebuild without a build context`)
    expect(codeOf(() => watchRules(project({ web: { develop: { watch: [{ path: '.', action: 'sync+exec', target: '/a' }] } } }), [], fakeIo()))).toBe('COMPOSE_WATCH_NO_EXEC')
  })

  it('skips sync rules under a bind mount, with docker compose\'s warning', () => {
    const p = project({
      web: {
        volumes: [{ type: 'bind', source: '/proj/src', target: '/app' }],
        develop: { watch: [{ path: './src/lib', action: 'sync', target: '/app/lib' }, { path: './src', action: 'restart' }] },
      },
    })
    const { rules, warnings } = watchRules(p, [], fakeIo())
    expect(rules.map((r) => r.action)).toEqual(['restart'])
    expect(warnings).toEqual(["path '/proj/src/lib' also declared by a bind mount volume, this path won't be monitored!"])
  })

  it('reads develop.watch from a real compose file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsc-watch-rules-'))
    mkdirSync(join(dir, 'web'))
    writeFileSync(join(dir, 'compose.yaml'), `services:
  web:
    build: ./web
    develop:
      watch:
        - path: ./web/src
          action: sync
          target: /srv
          initial_sync: true
          ignore: [node_modules/]
        - path: ./web/Dockerfile
          action: rebuild
`)
    try {
      const p = await loadProject({ cwd: dir, processEnv: {} })
      const { rules } = watchRules(p, [], fakeIo())
      expect(rules.map((r) => [r.action, r.path, r.target, r.initialSync])).toEqual([
        ['sync', join(dir, 'web/src'), '/srv', true],
        ['rebuild', join(dir, 'web/Dockerfile'), undefined, false],
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
