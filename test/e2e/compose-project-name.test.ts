import { execFile } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { promisify } from 'node:util'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually } from '../helpers/eventually.js'
import { ComposeSuite, NOTHING_LEFT } from './compose-harness.js'

// CI cleanup steps run `docker compose -p NAME down` with no compose file at hand: the
// project is rebuilt from its labelled containers, networks and volumes.
const run = promisify(execFile)
let s: ComposeSuite
let elsewhere: string

const STACK = `
name: prof
services:
  web:
    image: busybox
    command: ["sh", "-c", "echo web says hi; trap 'exit 0' TERM; while true; do sleep 0.2; done"]
    networks: [back]
    volumes: [data:/data]
  worker:
    image: busybox
    network_mode: none
    command: ["sh", "-c", "echo worker ready; trap 'exit 0' TERM; while true; do sleep 0.2; done"]
    depends_on: [web]
networks:
  back: {}
volumes:
  data: {}
`

beforeAll(async () => {
  s = await ComposeSuite.create('projname')
  s.write(STACK)
  elsewhere = join(s.root, 'elsewhere')
  mkdirSync(elsewhere)
})

afterAll(async () => {
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

describe('compose: project commands with only a project name', () => {
  it('up -d from the project directory', async () => {
    const up = await s.cli(['up', '-d'])
    expect(up.code, up.stderr).toBe(0)
  })

  it('ps and logs from another directory with -p', async () => {
    const rows = await s.ps(['-p', 'prof'])
    expect(rows.map((r) => r.Name).sort()).toEqual(['prof-web-1', 'prof-worker-1'])
    expect(await s.ok(['-p', 'prof', 'ps', '--services'], { cwd: elsewhere })).toBe('web\nworker')
    await eventually(async () => {
      const logs = await s.ok(['-p', 'prof', 'logs', '--no-color'], { cwd: elsewhere })
      expect(logs).toContain('web says hi')
      expect(logs).toContain('worker ready')
    }, 10_000)
  })

  it('COMPOSE_PROJECT_NAME works like -p', async () => {
    // the harness strips COMPOSE_PROJECT_NAME from its children's environment: run the CLI here
    const bin = join(import.meta.dirname, '..', '..', 'packages/cli/bin/tsc-compose.js')
    const { stdout } = await run(process.execPath, [bin, '--root', s.root, 'ps', '--services'], { cwd: elsewhere, env: { ...s.env(), COMPOSE_PROJECT_NAME: 'prof' }, timeout: 30_000 })
    expect(stdout.trim()).toBe('web\nworker')
  })

  it('stop then start', async () => {
    const stop = await s.cli(['-p', 'prof', 'stop'], { cwd: elsewhere })
    expect(stop.code, stop.stderr).toBe(0)
    expect((await s.ps(['-p', 'prof'], true)).map((r) => r.State)).toEqual(['exited', 'exited'])
    const start = await s.cli(['-p', 'prof', 'start'], { cwd: elsewhere })
    expect(start.code, start.stderr).toBe(0)
    expect((await s.ps(['-p', 'prof'])).map((r) => r.State)).toEqual(['running', 'running'])
  })

  it('commands that need the file keep the error', async () => {
    for (const cmd of [['up', '-d'], ['config'], ['create']]) {
      const r = await s.cli(['-p', 'prof', ...cmd], { cwd: elsewhere })
      expect(r.code, cmd.join(' ')).not.toBe(0)
      expect(r.stderr).toContain('no configuration file provided')
    }
  })

  it('a name with nothing behind it: ps is empty, down is a no-op, start fails', async () => {
    expect(await s.ok(['-p', 'ghost', 'ps', '-q'], { cwd: elsewhere })).toBe('')
    const down = await s.cli(['-p', 'ghost', 'down'], { cwd: elsewhere })
    expect(down.code, down.stderr).toBe(0)
    expect(down.stderr).toContain('No resource found to remove for project "ghost"')
    const start = await s.cli(['-p', 'ghost', 'start'], { cwd: elsewhere })
    expect(start.code).toBe(1)
    expect(start.stderr).toContain('no container found for project "ghost"')
  })

  it('down -v removes the containers, the network and the volume', async () => {
    const down = await s.cli(['-p', 'prof', 'down', '-v', '-t', '1'], { cwd: elsewhere })
    expect(down.code, down.stderr).toBe(0)
    expect(down.stderr).toMatch(/Network prof_back\s+Removed/)
    expect(down.stderr).toMatch(/Volume prof_data\s+Removed/)
    expect(await s.ps(['-p', 'prof'], true)).toEqual([])
    expect(await s.ok(['network', 'ls', '-q', '--filter', 'label=com.docker.compose.project=prof'])).toBe('')
    expect(await s.ok(['volume', 'ls', '-q'])).toBe('')
    expect(s.stateDirs()).toEqual([])
  })
})
