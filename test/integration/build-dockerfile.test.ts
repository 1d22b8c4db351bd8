import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildImage } from '../../packages/runtime/src/index.js'
import { ContainersSuite, NOTHING_LEFT } from './containers-harness.js'
import { ours } from './build-leftovers.js'
import { eventually } from '../helpers/eventually.js'

// Dockerfile builds on our own runtime, driven through the CLI as a user would, with a
// busybox base imported into a temp state root. Intent: what docker build produces, the
// container run of it shows; a failed build leaves nothing behind.
let s: ContainersSuite
let tmp: string

beforeAll(async () => {
  s = await ContainersSuite.create('bld')
  tmp = mkdtempSync(join(tmpdir(), 'tsc-bld-ctx-'))
})

afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true })
  expect(ours(s, await s.cleanup())).toEqual(NOTHING_LEFT)
})

function context(name: string, files: Record<string, string>): string {
  const dir = join(tmp, name)
  for (const [f, body] of Object.entries(files)) {
    mkdirSync(join(dir, f, '..'), { recursive: true })
    writeFileSync(join(dir, f), body)
  }
  return dir
}

describe('image build', () => {
  it('RUN, COPY, ENV, WORKDIR, USER, CMD: the built image runs with the expected content', async () => {
    const ctx = context('basic', {
      'Dockerfile': [
        'FROM busybox',
        'ARG GREETING=hello',
        'RUN echo "$GREETING from RUN" > /built.txt && mkdir -p /srv/data',
        'COPY app/ /app/',
        'COPY --chown=www:www --chmod=640 app/conf.txt /srv/conf.txt',
        'ENV APP_NAME=demo \\',
        '    APP_DIR=/app',
        'WORKDIR $APP_DIR/work',
        'LABEL org.example.tier=web',
        'EXPOSE 8080/tcp',
        'CMD ["sh", "-c", "cat /built.txt /app/index.txt; echo $APP_NAME; pwd; stat -c \'%U %a\' /srv/conf.txt"]',
        '',
      ].join('\n'),
      'app/index.txt': 'index from context\n',
      'app/conf.txt': 'conf\n',
    })
    const id = await s.ok(['image', 'build', '-q', '-t', 'demo:1', '-t', 'demo:latest', ctx], { timeoutMs: 60_000 })
    expect(id).toMatch(/^sha256:[0-9a-f]{64}$/)
    // the steps are images of their own (the cache), hidden from `image ls` like docker's intermediates
    expect((await s.ok(['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'])).split('\n').sort()).toEqual(['busybox:latest', 'demo:1', 'demo:latest'])
    expect((await s.ok(['image', 'ls', '-a', '-q'])).split('\n').length).toBeGreaterThan(5)
    const out = await s.ok(['container', 'run', '--rm', 'demo:1'])
    expect(out).toBe('hello from RUN\nindex from context\ndemo\n/app/work\nwww 640')
    const inspect = JSON.parse(await s.ok(['image', 'inspect', 'demo:latest']))[0]
    expect(inspect.Id).toBe(id)
    expect(inspect.Config.Env).toContain('APP_DIR=/app')
    expect(inspect.Config.Labels).toEqual({ 'org.example.tier': 'web' })
    expect(Object.keys(inspect.Config.ExposedPorts)).toEqual(['8080/tcp'])
    expect(inspect.Config.WorkingDir).toBe('/app/work')
    // history: one entry per step, metadata steps without layers, like docker
    const history = (await s.ok(['image', 'history', '--no-trunc', '--format', '{{.CreatedBy}}', 'demo:1'])).split('\n')
    expect(history.slice(0, 4)).toEqual(['CMD ["sh","-c","cat /built.txt /app/index.txt; echo $APP_NAME; pwd; stat -c \'%U %a\' /srv/conf.txt"]', 'EXPOSE 8080/tcp', 'LABEL org.example.tier=web', 'WORKDIR /app/work'])
    // --build-arg overrides the ARG default; the progress shows the steps
    const r = await s.cli(['image', 'build', '--build-arg', 'GREETING=bonjour', '-t', 'demo:fr', ctx], { timeoutMs: 60_000 })
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('Step 3/10 : RUN echo "$GREETING from RUN"')
    expect(r.stderr).toContain('Successfully tagged demo:fr')
    expect((await s.ok(['container', 'run', '--rm', 'demo:fr', 'cat', '/built.txt']))).toBe('bonjour from RUN')
  })

  it('multi-stage: COPY --from a named stage, only needed stages run, --target', async () => {
    const ctx = context('multi', {
      'Dockerfile': [
        'ARG BASE=busybox',
        'FROM ${BASE} AS builder',
        'RUN mkdir /out && echo compiled > /out/app.bin',
        'FROM busybox AS never',
        'RUN exit 9',
        'FROM scratch AS final',
        'COPY --from=builder /out/app.bin /app.bin',
        'COPY --from=builder /bin/busybox /bin/busybox',
        'ENTRYPOINT ["/bin/busybox"]',
        'CMD ["cat", "/app.bin"]',
        '',
      ].join('\n'),
    })
    await s.ok(['image', 'build', '-q', '-t', 'multi:1', ctx], { timeoutMs: 60_000 })
    expect(await s.ok(['container', 'run', '--rm', 'multi:1'])).toBe('compiled')
    // the final image has exactly the two copied layers, nothing of the builder stage
    const inspect = JSON.parse(await s.ok(['image', 'inspect', 'multi:1']))[0]
    expect(inspect.RootFS.Layers).toHaveLength(2)
    await s.ok(['image', 'build', '-q', '--target', 'builder', '-t', 'multi:builder', ctx], { timeoutMs: 60_000 })
    expect(await s.ok(['container', 'run', '--rm', 'multi:builder', 'cat', '/out/app.bin'])).toBe('compiled')
    const bad = await s.cli(['image', 'build', '--target', 'nope', ctx])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('target stage "nope" could not be found')
  })

  it('.dockerignore: excluded files are not copied, exceptions are', async () => {
    const ctx = context('ignore', {
      'Dockerfile': 'FROM busybox\nCOPY . /ctx/\nCMD ["sh", "-c", "cd /ctx && find . -type f | sort"]\n',
      '.dockerignore': '# comments are ignored\n*.log\nsecrets\nnode_modules/**\n!node_modules/keep.js\n**/*.tmp\n',
      'a.txt': 'a',
      'debug.log': 'x',
      'secrets/key': 'x',
      'node_modules/drop.js': 'x',
      'node_modules/keep.js': 'k',
      'deep/er/x.tmp': 'x',
      'deep/er/y.txt': 'y',
    })
    await s.ok(['image', 'build', '-q', '-t', 'ign:1', ctx], { timeoutMs: 60_000 })
    expect((await s.ok(['container', 'run', '--rm', 'ign:1'])).split('\n')).toEqual(['./.dockerignore', './Dockerfile', './a.txt', './deep/er/y.txt', './node_modules/keep.js'])
    const missing = await s.cli(['image', 'build', '-f', join(ctx, 'Dockerfile.missing'), ctx])
    expect(missing.code).toBe(1)
    writeFileSync(join(ctx, 'Dockerfile.secret'), 'FROM busybox\nCOPY secrets/key /key\n')
    const r = await s.cli(['image', 'build', '-f', join(ctx, 'Dockerfile.secret'), ctx])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('Dockerfile.secret:2: COPY secrets/key: not found in the build context (or excluded by .dockerignore)')
  })

  it('ADD extracts a local tar.gz; remote URLs are refused; a missing base names it', async () => {
    const ctx = context('add', { 'Dockerfile': 'FROM busybox\nADD payload.tar.gz /opt/\nCMD ["cat", "/opt/p/hello"]\n', 'payload/p/hello': 'from tar\n' })
    execFileSync('tar', ['-C', join(ctx, 'payload'), '-czf', join(ctx, 'payload.tar.gz'), 'p'])
    await s.ok(['image', 'build', '-q', '-t', 'add:1', ctx], { timeoutMs: 60_000 })
    expect(await s.ok(['container', 'run', '--rm', 'add:1'])).toBe('from tar')
    writeFileSync(join(ctx, 'Dockerfile.url'), 'FROM busybox\nADD https://example.com/x.tar /x\n')
    const url = await s.cli(['image', 'build', '-f', join(ctx, 'Dockerfile.url'), ctx])
    expect(url.code).toBe(1)
    expect(url.stderr).toContain('remote sources are not supported')
    writeFileSync(join(ctx, 'Dockerfile.base'), 'FROM nosuchbase:1.0\nRUN true\n')
    const base = await s.cli(['image', 'build', '-f', join(ctx, 'Dockerfile.base'), ctx])
    expect(base.code).toBe(1)
    expect(base.stderr).toContain('base image "nosuchbase:1.0" not found in the local image store')
    expect(base.stderr).toContain('image import')
  })

  it('a failing RUN reports the step and exit code and leaves no container, mount, cgroup or tag', async () => {
    const ctx = context('fail', { 'Dockerfile': 'FROM busybox\nRUN echo before > /x\nRUN echo step output; exit 3\nRUN echo never\n' })
    const before = s.containerDirs()
    const r = await s.cli(['image', 'build', '-t', 'broken:1', ctx], { timeoutMs: 60_000 })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('step output')
    expect(r.stderr).toContain('Error: Dockerfile:3: step 3/4 (RUN echo step output; exit 3): process "/bin/sh -c echo step output; exit 3" did not complete successfully: exit code: 3')
    expect(s.containerDirs()).toEqual(before)
    expect((await s.cli(['image', 'inspect', 'broken:1'])).code).not.toBe(0)
    expect(s.rt.containers.list({ all: true })).toEqual([])
  })

  it('an unchanged rebuild hits the cache: same image id, in milliseconds; a changed file rebuilds from its step', async () => {
    const ctx = context('cache', { 'Dockerfile': 'FROM busybox\nRUN echo one > /one\nCOPY f.txt /f.txt\nRUN cat /f.txt > /copy\nCMD ["cat", "/copy"]\n', 'f.txt': 'v1\n' })
    const build = () => buildImage(s.rt, { contextDir: ctx, tags: ['cache:1'], cgroupParent: s.cgroupParent })
    const first = await build()
    expect(first.cached).toBe(0)
    const t0 = performance.now()
    const again = await build()
    const ms = performance.now() - t0
    expect(again.id).toBe(first.id)
    expect(again.cached).toBe(4)
    expect(ms).toBeLessThan(250)
    writeFileSync(join(ctx, 'f.txt'), 'v2\n')
    const changed = await build()
    expect(changed.id).not.toBe(first.id)
    expect(changed.cached).toBe(1) // the first RUN only
    expect(await s.ok(['container', 'run', '--rm', 'cache:1'])).toBe('v2')
    const nocache = await buildImage(s.rt, { contextDir: ctx, noCache: true, cgroupParent: s.cgroupParent })
    expect(nocache.cached).toBe(0)
  })

  it('Ctrl-C cancels (exit 130, RUN container removed); a SIGKILLed build is reclaimed by the next one', async () => {
    const ctx = context('slow', { 'Dockerfile': 'FROM busybox\nRUN echo started; sleep 30\n' })
    const start = () => {
      const child = spawn(process.execPath, [join(import.meta.dirname, '../../packages/cli/bin/tsc-compose.js'), '--root', s.root, 'image', 'build', '-t', 'slow:1', ctx], { env: s.env(), stdio: ['ignore', 'pipe', 'pipe'] })
      let err = ''
      child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d))
      const done = new Promise<number>((resolve) => child.on('close', (code, sig) => resolve(code ?? (sig === 'SIGKILL' ? 137 : 128))))
      return { child, done, stderr: () => err }
    }
    const a = start()
    await eventually(() => expect(a.stderr()).toMatch(/^started$/m), 20_000, 50)
    a.child.kill('SIGINT')
    expect(await a.done).toBe(130)
    expect(a.stderr()).toContain('Error: build canceled')
    expect(s.rt.containers.list({ all: true })).toEqual([])
    const b = start()
    await eventually(() => expect(b.stderr()).toMatch(/^started$/m), 20_000, 50)
    b.child.kill('SIGKILL')
    await b.done
    expect(s.rt.containers.list({ all: true })).toHaveLength(1)
    writeFileSync(join(ctx, 'Dockerfile'), 'FROM busybox\nRUN true\n')
    await s.ok(['image', 'build', '-q', ctx], { timeoutMs: 60_000 })
    expect(s.rt.containers.list({ all: true })).toEqual([])
    expect((await s.cli(['image', 'inspect', 'slow:1'])).code).not.toBe(0)
  })
})
