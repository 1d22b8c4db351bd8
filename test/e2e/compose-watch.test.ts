import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually } from '../helpers/eventually.js'
import { ComposeSuite, NOTHING_LEFT, type CliResult } from './compose-harness.js'

// `watch` and `up --watch`: files changed on the host reach the running containers through
// each service's develop.watch rules (sync, restart, sync+exec, rebuild), as with docker compose.
let s: ComposeSuite

const LOOP = `["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.2; done"]`
const STACK = `
name: wat
services:
  app:
    image: busybox
    network_mode: none
    command: ${LOOP}
    develop:
      watch:
        - path: ./src
          action: sync
          target: /app
          initial_sync: true
          ignore: [node_modules/]
        - path: ./restart.txt
          action: restart
        - path: ./hooks
          action: sync+exec
          target: /hooks
          exec:
            command: ["sh", "-c", "echo ran >> /exec.log"]
  web:
    build: ./web
    network_mode: none
    command: ["sh", "-c", "cat /page.txt; trap 'exit 0' TERM; while true; do sleep 0.2; done"]
    develop:
      watch:
        - path: ./web
          action: rebuild
`

const file = (rel: string, text: string): void => {
  mkdirSync(join(s.dir, rel, '..'), { recursive: true })
  writeFileSync(join(s.dir, rel), text)
}

/** A started CLI whose output can be awaited line by line. */
function started(args: string[]): { child: ChildProcess; out: () => string; result: Promise<CliResult> } {
  const { child, result } = s.spawn(args, { timeoutMs: 120_000 })
  let out = ''
  child.stdout!.on('data', (d: string) => (out += d))
  child.stderr!.on('data', (d: string) => (out += d))
  return { child, out: () => out, result }
}

const inContainer = (service: string, script: string): Promise<string> => s.ok(['exec', '-T', service, 'sh', '-c', script])
const containerOf = async (service: string): Promise<{ ID: string }> => (await s.ps()).find((r) => r.Service === service)!
const pidOf = async (id: string): Promise<number> => JSON.parse(await s.ok(['container', 'inspect', id]))[0].State.Pid

beforeAll(async () => {
  s = await ComposeSuite.create('watch')
  s.write(STACK)
  file('src/a.txt', 'a v1\n')
  file('src/node_modules/dep/index.js', 'never synced\n')
  file('restart.txt', '1\n')
  mkdirSync(join(s.dir, 'hooks'))
  file('web/Dockerfile', 'FROM busybox\nCOPY page.txt /page.txt\n')
  file('web/page.txt', 'page v1\n')
})

afterAll(async () => {
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

describe('compose watch', () => {
  it('fails clearly when no selected service has develop.watch; --detach and --watch do not mix', async () => {
    s.write('name: plain\nservices:\n  x:\n    image: busybox\n    network_mode: none\n', 'plain.yaml')
    const r = await s.cli(['-f', 'plain.yaml', 'watch'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("none of the selected services is configured for watch, consider setting a 'develop' section")
    expect(await s.ps(['-f', 'plain.yaml'], true)).toEqual([])
    const up = await s.cli(['-f', 'plain.yaml', 'up', '-d', '--watch'])
    expect(up.code).not.toBe(0)
    expect(up.stderr).toContain('--watch')
  })

  it('starts the stack, syncs, restarts, runs the exec hook and rebuilds; Ctrl-C stops watching only', async () => {
    const w = started(['watch'])
    await eventually(() => expect(w.out()).toContain('⦿ Watch enabled'), 60_000, 100)
    // initial_sync copied what was there; ignored trees were left out
    expect(await inContainer('app', 'cat /app/a.txt; ls /app')).toBe('a v1\na.txt')

    // sync: a change, an addition, then a deletion
    file('src/a.txt', 'a v2\n')
    file('src/sub/b.txt', 'b\n')
    file('src/node_modules/dep/index.js', 'still never synced\n')
    await eventually(async () => expect(await inContainer('app', 'cat /app/a.txt /app/sub/b.txt')).toBe('a v2\nb'), 10_000, 100)
    // the new directory counts as a change too, as docker compose counts it
    expect(w.out()).toMatch(/⦿ Syncing service "app" after [23] changes were detected/)
    expect(await inContainer('app', 'ls /app')).toBe('a.txt\nsub')
    rmSync(join(s.dir, 'src/sub/b.txt'))
    await eventually(async () => expect(await inContainer('app', 'ls /app/sub | wc -l')).toBe('0'), 10_000, 100)

    // restart: the same container, a new process
    const app = await containerOf('app')
    const pid = await pidOf(app.ID)
    file('restart.txt', '2\n')
    await eventually(async () => {
      expect(w.out()).toContain('⦿ service(s) ["app"] restarted')
      const now = await pidOf(app.ID)
      expect(now).toBeGreaterThan(0)
      expect(now).not.toBe(pid)
    }, 15_000, 100)
    expect((await containerOf('app')).ID).toBe(app.ID)

    // sync+exec: the hook runs once per batch, after the files are there
    file('hooks/one.sh', 'echo one\n')
    await eventually(async () => expect(await inContainer('app', 'cat /hooks/one.sh /exec.log')).toBe('echo one\nran'), 10_000, 100)
    file('hooks/two.sh', '2\n')
    file('hooks/three.sh', '3\n')
    await eventually(async () => expect(await inContainer('app', 'cat /exec.log')).toBe('ran\nran'), 10_000, 100)

    // rebuild: a new image, a new container from it, the replaced image pruned
    const web = await containerOf('web')
    const image = JSON.parse(await s.ok(['image', 'inspect', 'wat-web']))[0].Id as string
    file('web/page.txt', 'page v2\n')
    await eventually(async () => expect(await inContainer('web', 'cat /page.txt')).toBe('page v2'), 60_000, 200)
    expect(w.out()).toContain('⦿ Rebuilding service(s) ["web"] after changes were detected...')
    expect(w.out()).toContain('⦿ service(s) ["web"] successfully built')
    expect((await containerOf('web')).ID).not.toBe(web.ID)
    const rebuilt = JSON.parse(await s.ok(['image', 'inspect', 'wat-web']))[0].Id as string
    expect(rebuilt).not.toBe(image)
    await eventually(async () => expect((await s.cli(['image', 'inspect', image])).code).not.toBe(0), 10_000, 100)

    w.child.kill('SIGINT')
    const r = await w.result
    expect(r.code).toBe(130)
    expect(w.out()).toContain('⦿ Watch disabled')
    // watch leaves the stack running
    expect((await s.ps()).map((c) => c.State)).toEqual(['running', 'running'])
  })

  it('watch --no-up starts nothing and watches the running stack; SIGTERM stops it', async () => {
    const w = started(['watch', '--no-up', '--quiet', 'app'])
    await eventually(() => expect(w.out()).toContain('⦿ Watch enabled'), 30_000, 100)
    expect(w.out()).not.toMatch(/Container .* (Creat|Start)/)
    file('src/term.txt', 'term\n')
    await eventually(async () => expect(await inContainer('app', 'cat /app/term.txt')).toBe('term'), 10_000, 100)
    w.child.kill('SIGTERM')
    expect((await w.result).code).toBe(130)
    expect(w.out()).toContain('⦿ Watch disabled')
  })

  it('up --watch stays attached through restarts and recreations; Ctrl-C stops the stack as attached up does', async () => {
    const u = started(['up', '--watch'])
    await eventually(() => expect(u.out()).toContain('⦿ Watch enabled'), 60_000, 100)
    file('restart.txt', '3\n')
    await eventually(() => expect(u.out()).toContain('⦿ service(s) ["app"] restarted'), 15_000, 100)
    file('src/late.txt', 'late\n')
    await eventually(async () => expect(await inContainer('app', 'cat /app/late.txt')).toBe('late'), 10_000, 100)
    // the rebuilt web's new container is followed under the same prefix
    file('web/page.txt', 'page v3\n')
    await eventually(() => expect(u.out()).toMatch(/^web-1\s+\| page v3$/m), 60_000, 200)
    u.child.kill('SIGINT')
    const r = await u.result
    expect(r.code).toBe(130)
    expect(u.out()).toContain('Gracefully stopping...')
    expect((await s.ps([], true)).map((c) => c.State)).toEqual(['exited', 'exited'])
    await s.ok(['down', '-t', '1', '--rmi', 'local'])
    expect(await s.ps([], true)).toEqual([])
  })
})
