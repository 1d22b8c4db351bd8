import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ComposeSuite, NOTHING_LEFT } from '../e2e/compose-harness.js'
import { eventually } from '../helpers/eventually.js'

// Compose services with `build:`: `build` makes `<project>-<service>` (or the `image:` name),
// `up` builds what is missing, `up --build` rebuilds and recreates what changed.
let s: ComposeSuite

beforeAll(async () => {
  s = await ComposeSuite.create('bld')
})

afterAll(async () => {
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

const STACK = `
name: shop
services:
  web:
    build:
      context: ./web
      args:
        MSG: built-by-compose
    network_mode: none
    command: ["sh", "-c", "cat /msg /page.txt; trap 'exit 0' TERM; while true; do sleep 0.2; done"]
  worker:
    image: shop/worker:dev
    build:
      context: ./worker
      dockerfile: Worker.Dockerfile
    network_mode: none
`

function files(): void {
  mkdirSync(join(s.dir, 'web'), { recursive: true })
  mkdirSync(join(s.dir, 'worker'), { recursive: true })
  writeFileSync(join(s.dir, 'web/Dockerfile'), 'FROM busybox\nARG MSG=default\nRUN echo "$MSG" > /msg\nCOPY page.txt /page.txt\n')
  writeFileSync(join(s.dir, 'web/page.txt'), 'page v1\n')
  writeFileSync(join(s.dir, 'worker/Worker.Dockerfile'), 'FROM busybox\nCMD ["sh", "-c", "echo worker ran"]\n')
}

describe('compose: services with build:', () => {
  it('build names the images like docker compose; up runs them', async () => {
    s.write(STACK)
    files()
    const b = await s.cli(['build'], { timeoutMs: 60_000 })
    expect(b.code, b.stderr).toBe(0)
    expect(b.stderr).toContain('Successfully tagged shop-web:latest')
    expect(b.stderr).toContain('Successfully tagged shop/worker:dev')
    const up = await s.cli(['up', '-d'], { timeoutMs: 60_000 })
    expect(up.code, up.stderr).toBe(0)
    await eventually(async () => expect(await s.ok(['logs', '--no-log-prefix', 'web'])).toBe('built-by-compose\npage v1'), 10_000, 200)
    await eventually(async () => expect(await s.ok(['logs', '--no-log-prefix', 'worker'])).toBe('worker ran'), 10_000, 200)
  })

  it('up --build rebuilds; a new image id recreates the container, an unchanged one does not', async () => {
    const webId = async () => (await s.ps([], true)).find((r) => r.Service === 'web')!.ID
    const before = await webId()
    // nothing changed: up --build hits the cache, same image, container kept
    const same = await s.cli(['up', '-d', '--build'], { timeoutMs: 60_000 })
    expect(same.code, same.stderr).toBe(0)
    expect(await webId()).toBe(before)
    // a changed file: plain up does not rebuild...
    writeFileSync(join(s.dir, 'web/page.txt'), 'page v2\n')
    await s.ok(['up', '-d'], { timeoutMs: 60_000 })
    expect(await webId()).toBe(before)
    // ...up --build does, and the container is recreated on the new image
    const up = await s.cli(['up', '-d', '--build', 'web'], { timeoutMs: 60_000 })
    expect(up.code, up.stderr).toBe(0)
    expect(up.stderr).toMatch(/Recreated/)
    expect(await webId()).not.toBe(before)
    await eventually(async () => expect(await s.ok(['logs', '--no-log-prefix', 'web'])).toBe('built-by-compose\npage v2'), 10_000, 200)
    await s.ok(['down', '-t', '1'])
  })

  it('up builds a missing image; a failing build names the service and the step', async () => {
    s.write(`
name: fresh
services:
  app:
    build: ./app
    network_mode: none
`, 'fresh.yaml')
    mkdirSync(join(s.dir, 'app'), { recursive: true })
    writeFileSync(join(s.dir, 'app/Dockerfile'), 'FROM busybox\nRUN echo fresh > /f\nCMD ["cat", "/f"]\n')
    const f = ['-f', 'fresh.yaml']
    const dry = await s.cli([...f, '--dry-run', 'up', '-d'])
    expect(dry.stdout).toContain('image:fresh-app buildImage (not present locally)')
    const up = await s.cli([...f, 'up', '-d'], { timeoutMs: 60_000 })
    expect(up.code, up.stderr).toBe(0)
    await eventually(async () => expect(await s.ok([...f, 'logs', '--no-log-prefix', 'app'])).toBe('fresh'), 10_000, 200)
    await s.ok([...f, 'down', '-t', '1'])
    await s.ok(['image', 'rm', 'fresh-app'])
    // run builds a missing image too
    expect(await s.ok([...f, 'run', '--rm', '-T', 'app'], { timeoutMs: 60_000 })).toBe('fresh')
    await s.ok(['image', 'rm', 'fresh-app'])
    writeFileSync(join(s.dir, 'app/Dockerfile'), 'FROM busybox\nRUN echo broken >&2; exit 7\n')
    const bad = await s.cli([...f, 'up', '-d'], { timeoutMs: 60_000 })
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toContain('service "app" failed to build')
    expect(bad.stderr).toContain('exit code: 7')
    expect(bad.stderr).toContain('broken')
    expect(s.stateDirs()).toEqual([])
  })
})
