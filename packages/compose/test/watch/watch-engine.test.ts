import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WatchEngine, watcherIgnores, type FileWatcher, type WatchActions } from '../../src/project-ops/watch/watch-engine.js'
import { watchRules } from '../../src/project-ops/watch/watch-rules.js'
import type { PathMapping, WatchExecHook } from '../../src/project-ops/watch/watch-rules.js'
import { fakeIo, project } from './fixtures.js'

const setup = watchRules(project({
  web: {
    build: { context: '/proj/web' },
    develop: {
      watch: [
        { path: './web', action: 'sync+restart', target: '/app', ignore: ['node_modules/', 'dist'] },
        { path: './web/package.json', action: 'rebuild' },
      ],
    },
  },
  api: {
    develop: { watch: [{ path: './api', action: 'sync+exec', target: '/srv', include: ['**/*.py'], exec: { command: ['reload'] } }] },
  },
}), [], fakeIo())

function recorder() {
  const calls: string[] = []
  const actions: WatchActions = {
    async sync(service: string, mappings: readonly PathMapping[]) {
      calls.push(`sync ${service} ${mappings.map((m) => m.containerPath).join(',')}`)
    },
    async rebuild(services: readonly string[]) {
      calls.push(`rebuild ${services.join(',')}`)
    },
    async restart(services: readonly string[]) {
      calls.push(`restart ${services.join(',')}`)
    },
    async exec(service: string, hook: WatchExecHook) {
      calls.push(`exec ${service} ${hook.command.join(' ')}`)
    },
  }
  return { calls, actions }
}

describe('what the file watcher may skip', () => {
  const dir = { isDirectory: () => true }
  const file = { isDirectory: () => false }
  it('ignored directories are not descended into (node_modules: inotify limits)', () => {
    expect(watcherIgnores(setup.rules, '/proj/web/node_modules', dir)).toBe(true)
    expect(watcherIgnores(setup.rules, '/proj/web/dist', dir)).toBe(true)
    expect(watcherIgnores(setup.rules, '/proj/web/.git', dir)).toBe(true)
    expect(watcherIgnores(setup.rules, '/proj/web/src', dir)).toBe(false)
    // no stats yet: decided as for a directory
    expect(watcherIgnores(setup.rules, '/proj/web/node_modules')).toBe(true)
    expect(watcherIgnores(setup.rules, '/proj/web/src')).toBe(false)
  })

  it('files no rule uses are skipped; watched roots and their ancestors are kept', () => {
    expect(watcherIgnores(setup.rules, '/proj/api/readme.md', file)).toBe(true)
    expect(watcherIgnores(setup.rules, '/proj/api/app.py', file)).toBe(false)
    // include narrows files, never directories (a matching file may be below)
    expect(watcherIgnores(setup.rules, '/proj/api/pkg', dir)).toBe(false)
    expect(watcherIgnores(setup.rules, '/proj/api', dir)).toBe(false)
    expect(watcherIgnores(setup.rules, '/proj', dir)).toBe(false)
    expect(watcherIgnores(setup.rules, '/elsewhere', dir)).toBe(true)
  })
})

describe('the watch engine', () => {
  it('runs a batch in docker compose order and logs its lines', async () => {
    const { calls, actions } = recorder()
    const lines: string[] = []
    const engine = new WatchEngine({ setup, actions, log: { info: (m) => lines.push(m), warn: (m) => lines.push(`WARN ${m}`) } })
    await engine.handleBatch(['/proj/web/package.json', '/proj/web/src/a.js', '/proj/api/x.py', '/proj/api/y.py', '/proj/api/notes.txt'])
    expect(calls).toEqual(['rebuild web', 'sync api /srv/x.py,/srv/y.py', 'sync web /app/package.json,/app/src/a.js', 'restart web', 'exec api reload'])
    expect(lines).toEqual([
      'Syncing service "api" after 2 changes were detected',
      'Syncing service "web" after 2 changes were detected',
      'service(s) ["web"] restarted',
    ])
  })

  it('starts and stops a watcher, batching its events after the quiet period', async () => {
    const { calls, actions } = recorder()
    const lines: string[] = []
    const handlers: Record<string, (...a: unknown[]) => void> = {}
    let closed = false
    const fake: FileWatcher = {
      on(event: string, fn: (...a: never[]) => void) {
        handlers[event] = fn as never
        if (event === 'ready') queueMicrotask(() => fn())
        return fake
      },
      async close() {
        closed = true
      },
    }
    let watchedPaths: readonly string[] = []
    const engine = new WatchEngine({ setup, actions, quietMs: 20, log: { info: (m) => lines.push(m), warn: (m) => lines.push(m) }, createWatcher: (paths) => ((watchedPaths = paths), fake) })
    await engine.start()
    // none of these exist here: watched from the nearest existing ancestor
    expect(watchedPaths).toEqual(['/'])
    handlers.all!('change', '/proj/web/a.js')
    handlers.all!('add', '/proj/web/b.js')
    await new Promise((r) => setTimeout(r, 80))
    await engine.idle()
    expect(calls).toEqual(['sync web /app/a.js,/app/b.js', 'restart web'])
    await engine.stop()
    expect(closed).toBe(true)
    expect(lines[0]).toBe('Watch enabled')
    expect(lines.at(-1)).toBe('Watch disabled')
  })

  it('a failed batch is reported and watching goes on', async () => {
    const lines: string[] = []
    const { actions } = recorder()
    const failing: WatchActions = { ...actions, restart: async () => { throw new Error('container gone') } }
    const fake: FileWatcher = { on: (e: string, fn: () => void) => (e === 'ready' && queueMicrotask(fn), fake), close: async () => {} } as FileWatcher
    const engine = new WatchEngine({ setup, actions: failing, quietMs: 5, log: { info: (m) => lines.push(m), warn: (m) => lines.push(`WARN ${m}`) }, createWatcher: () => fake })
    await engine.start()
    engine.notify('/proj/web/a.js')
    await new Promise((r) => setTimeout(r, 40))
    await engine.idle()
    expect(lines).toContain('WARN Error handling changed files: container gone')
    await engine.stop()
  })

  it('with chokidar: real writes, adds and deletes under a temp dir', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tsc-watch-engine-'))
    mkdirSync(join(root, 'src'))
    mkdirSync(join(root, 'src/node_modules/dep'), { recursive: true })
    writeFileSync(join(root, 'src/keep.txt'), 'v1')
    const local = watchRules({ ...project({ app: { develop: { watch: [{ path: './src', action: 'sync', target: '/app', ignore: ['node_modules/'] }] } } }), workingDir: root }, [], fakeIo())
    const batches: string[][] = []
    const asked: string[] = []
    const { watch } = await import('chokidar')
    const engine = new WatchEngine({
      setup: local,
      createWatcher: (paths, ignored) => watch([...paths], { ignoreInitial: true, ignored: (p, st) => (asked.push(p), ignored(p, st)) }) as unknown as FileWatcher,
      quietMs: 100,
      log: { info: () => {}, warn: () => {} },
      actions: { ...recorder().actions, sync: async (_s, ms) => void batches.push(ms.map((m) => m.containerPath!).sort()) },
    })
    await engine.start()
    try {
      writeFileSync(join(root, 'src/keep.txt'), 'v2')
      writeFileSync(join(root, 'src/new.txt'), 'n')
      writeFileSync(join(root, 'src/node_modules/dep/index.js'), 'ignored')
      const deadline = Date.now() + 5000
      while (batches.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
      await engine.idle()
      expect(batches[0]).toEqual(['/app/keep.txt', '/app/new.txt'])
      rmSync(join(root, 'src/new.txt'))
      const d2 = Date.now() + 5000
      while (batches.length < 2 && Date.now() < d2) await new Promise((r) => setTimeout(r, 20))
      expect(batches[1]).toEqual(['/app/new.txt'])
      // node_modules itself was looked at and skipped, never descended into
      expect(asked).toContain(join(root, 'src/node_modules'))
      expect(asked.filter((p) => p.includes('node_modules/dep'))).toEqual([])
    } finally {
      await engine.stop()
      rmSync(root, { recursive: true, force: true })
    }
  })
})

describe('watch roots', () => {
  it('a path that does not exist yet is watched from its nearest existing ancestor', async () => {
    const { watchRoots } = await import('../../src/project-ops/watch/watch-engine.js')
    const exists = (p: string): boolean => ['/', '/proj', '/proj/src'].includes(p)
    expect(watchRoots(['/proj/src', '/proj/later/deep', '/proj/later/other', '/proj/file.txt'], exists)).toEqual(['/proj/src', '/proj'])
  })
})

describe('watching a path made after the watch started', () => {
  it('sees the directory appear and syncs what is written in it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tsc-watch-later-'))
    const local = watchRules({ ...project({ app: { develop: { watch: [{ path: './later/deep', action: 'sync', target: '/x' }] } } }), workingDir: root }, [], fakeIo())
    const batches: string[][] = []
    const engine = new WatchEngine({
      setup: local,
      quietMs: 100,
      log: { info: () => {}, warn: () => {} },
      actions: { ...recorder().actions, sync: async (_s, ms) => void batches.push(ms.map((m) => m.containerPath!).sort()) },
    })
    await engine.start()
    try {
      mkdirSync(join(root, 'later/deep'), { recursive: true })
      await new Promise((r) => setTimeout(r, 150))
      writeFileSync(join(root, 'later/deep/f.txt'), 'f')
      writeFileSync(join(root, 'unrelated.txt'), 'u')
      const deadline = Date.now() + 5000
      while (!batches.flat().includes('/x/f.txt') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
      expect(batches.flat()).toContain('/x/f.txt')
      expect(batches.flat().every((p) => p.startsWith('/x'))).toBe(true)
    } finally {
      await engine.stop()
      rmSync(root, { recursive: true, force: true })
    }
  })
})
