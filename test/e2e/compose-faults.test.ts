import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLEAN_KERNEL, ComposeSuite, NOTHING_LEFT } from './compose-harness.js'
import { eventually } from '../helpers/eventually.js'

// Data and faults: named volumes across down/up, a CLI killed mid-up, two concurrent ups.
let s: ComposeSuite

beforeAll(async () => {
  s = await ComposeSuite.create('faults')
})

afterAll(async () => {
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

const LOOP = `["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.2; done"]`

function many(name: string, n: number): string {
  const services = Array.from({ length: n }, (_, i) => `  s${i}:
    image: busybox
    network_mode: none
    command: ${LOOP}
`)
  return `name: ${name}\nservices:\n${services.join('')}`
}

describe('compose: data and faults', () => {
  it('named volume data survives down + up and goes with down -v', async () => {
    s.write(`
name: data
services:
  store:
    image: busybox
    network_mode: none
    command: ${LOOP}
    volumes: [keep:/data]
volumes:
  keep: {}
`, 'data.yaml')
    const f = ['-f', 'data.yaml']
    await s.ok([...f, 'up', '-d'])
    await s.ok([...f, 'exec', '-T', 'store', 'sh', '-c', 'echo precious > /data/file'])
    await s.ok([...f, 'down', '-t', '1'])
    expect(await s.ok(['volume', 'ls', '-q'])).toContain('data_keep')
    await s.ok([...f, 'up', '-d'])
    expect(await s.ok([...f, 'exec', '-T', 'store', 'cat', '/data/file'])).toBe('precious')
    await s.ok([...f, 'down', '-v', '-t', '1'])
    expect(await s.ok(['volume', 'ls', '-q'])).not.toContain('data_keep')
    // a fresh volume after down -v
    await s.ok([...f, 'up', '-d'])
    expect((await s.cli([...f, 'exec', '-T', 'store', 'cat', '/data/file'])).code).not.toBe(0)
    await s.ok([...f, 'down', '-v', '-t', '1'])
  })

  it('a CLI SIGKILLed during up leaves a project that up converges and down removes', async () => {
    s.write(many('killed', 12), 'killed.yaml')
    const f = ['-f', 'killed.yaml']
    const { child, result } = s.spawn([...f, 'up', '-d'])
    // Kill it once it is mid-way: some containers exist, not all of them started yet.
    await eventually(() => {
      const dir = join(s.root, 'containers')
      expect(existsSync(dir) && readdirSync(dir).length).toBeGreaterThan(0)
    }, 20_000, 5)
    child.kill('SIGKILL')
    expect((await result).code).toBe(137)
    const up = await s.cli([...f, 'up', '-d'], { timeoutMs: 60_000 })
    expect(up.code, up.stderr).toBe(0)
    const rows = await s.ps(f, true)
    expect(rows.map((r) => r.Name).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `killed-s${i}-1`).sort())
    expect(rows.every((r) => r.State === 'running')).toBe(true)
    await s.ok([...f, 'down', '-t', '1'], { timeoutMs: 60_000 })
    expect(await s.ps(f, true)).toEqual([])
    // garbage of the killed create (a half-made container dir) is reclaimed by the runtime later
    await s.ok(['container', 'prune', '-f'])
    expect(s.stateDirs()).toEqual([])
  })

  it('two concurrent ups of one project: one waits, nothing is duplicated or corrupted', async () => {
    s.write(many('twice', 6), 'twice.yaml')
    const f = ['-f', 'twice.yaml']
    const [a, b] = await Promise.all([s.cli([...f, 'up', '-d'], { timeoutMs: 60_000 }), s.cli([...f, 'up', '-d'], { timeoutMs: 60_000 })])
    expect(a.code, a.stderr).toBe(0)
    expect(b.code, b.stderr).toBe(0)
    const rows = await s.ps(f, true)
    expect(rows.map((r) => r.Name).sort()).toEqual(Array.from({ length: 6 }, (_, i) => `twice-s${i}-1`).sort())
    expect(rows.every((r) => r.State === 'running')).toBe(true)
    // exactly one of them created the containers: the other found them converged
    const creators = [a, b].filter((r) => /Created/.test(r.stderr))
    expect(creators).toHaveLength(1)
    await s.ok([...f, 'down', '-t', '1'])
  })

  it('Ctrl-C on an attached up stops the stack gracefully and exits 130', async () => {
    s.write(many('attached', 2).replace(/command: .*/g, `command: ["sh", "-c", "echo up and running; trap 'echo bye; exit 0' TERM; while true; do sleep 0.1; done"]`), 'attached.yaml')
    const f = ['-f', 'attached.yaml']
    const { child, result } = s.spawn([...f, 'up'])
    let out = ''
    child.stdout!.on('data', (d: string) => (out += d))
    await eventually(() => expect(out.match(/up and running/g)).toHaveLength(2), 20_000, 50)
    child.kill('SIGINT')
    const r = await result
    expect(r.code).toBe(130)
    expect(r.stderr).toContain('Gracefully stopping...')
    expect((await s.ps(f, true)).map((c) => c.State)).toEqual(['exited', 'exited'])
    await s.ok([...f, 'down'])
  })

  it('leaves no kernel objects behind', async () => {
    expect(await s.ok(['ls', '-aq'])).toBe('')
    await eventually(() => expect(s.leftovers()).toEqual(CLEAN_KERNEL), 5000, 100)
  })
})
