import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLEAN_KERNEL, ComposeSuite, NOTHING_LEFT } from './compose-harness.js'
import { eventually } from '../helpers/eventually.js'

// Convergence: `up` changes only what changed, scales, and brings a 20-service stack up and
// down without leaving anything behind.
let s: ComposeSuite

beforeAll(async () => {
  s = await ComposeSuite.create('conv')
})

afterAll(async () => {
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

const LOOP = `["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.2; done"]`

function stack(env: Record<string, string>): string {
  return `
name: conv
services:
${['a', 'b', 'c'].map((n) => `  ${n}:
    image: busybox
    network_mode: none
    command: ${LOOP}
    environment:
      VALUE: "${env[n] ?? 'one'}"
`).join('')}`
}

const ids = async (): Promise<Record<string, string>> => Object.fromEntries((await s.ps(['-f', 'conv.yaml'], true)).map((r) => [r.Name, r.ID]))

describe('compose: convergence', () => {
  it('a no-change up recreates nothing; a changed env recreates only that service', async () => {
    s.write(stack({}), 'conv.yaml')
    const f = ['-f', 'conv.yaml']
    await s.ok([...f, 'up', '-d'])
    const first = await ids()
    expect(Object.keys(first).sort()).toEqual(['conv-a-1', 'conv-b-1', 'conv-c-1'])
    const again = await s.cli([...f, 'up', '-d'])
    expect(again.code).toBe(0)
    expect(again.stderr).not.toMatch(/Recreate|Creating/)
    expect(await ids()).toEqual(first)
    s.write(stack({ b: 'two' }), 'conv.yaml')
    const changed = await s.cli([...f, 'up', '-d'])
    expect(changed.stderr).toMatch(/Container conv-b-1\s+Recreate/)
    const second = await ids()
    expect(second['conv-a-1']).toBe(first['conv-a-1'])
    expect(second['conv-c-1']).toBe(first['conv-c-1'])
    expect(second['conv-b-1']).not.toBe(first['conv-b-1'])
    expect(await s.ok([...f, 'exec', '-T', 'b', 'sh', '-c', 'echo $VALUE'])).toBe('two')
    // the dry run of a converged project plans nothing
    expect(await s.ok([...f, '--dry-run', 'up', '-d'])).toBe('')
  })

  it('--scale adds and removes replicas, highest numbers first', async () => {
    const f = ['-f', 'conv.yaml']
    await s.ok([...f, 'up', '-d', '--scale', 'a=3'])
    expect((await s.ps(f)).filter((r) => r.Service === 'a').map((r) => r.Name)).toEqual(['conv-a-1', 'conv-a-2', 'conv-a-3'])
    expect(await s.ok([...f, 'exec', '-T', '--index', '3', 'a', 'echo', 'three'])).toBe('three')
    await s.ok([...f, 'up', '-d', '--scale', 'a=1'])
    expect((await s.ps(f, true)).filter((r) => r.Service === 'a').map((r) => r.Name)).toEqual(['conv-a-1'])
    await s.ok([...f, 'down', '-t', '1'])
    expect(await s.ps(f, true)).toEqual([])
  })

  it('create makes containers without starting them; start starts them', async () => {
    s.write(stack({}).replace('name: conv', 'name: made'), 'made.yaml')
    const f = ['-f', 'made.yaml']
    const r = await s.cli([...f, 'create', 'a'])
    expect(r.code, r.stderr).toBe(0)
    expect((await s.ps(f, true)).map((c) => [c.Name, c.State])).toEqual([['made-a-1', 'created']])
    await s.ok([...f, 'start', 'a'])
    expect((await s.ps(f)).map((c) => [c.Name, c.State])).toEqual([['made-a-1', 'running']])
    expect((await s.cli([...f, 'create', 'nope'])).stderr).toContain('no such service: nope')
    await s.ok([...f, 'down', '-t', '1'])
  })

  it('a 20-service stack comes up, shows 20 running, and goes down without leftovers', async () => {
    const services = Array.from({ length: 20 }, (_, i) => `  svc${String(i).padStart(2, '0')}:
    image: busybox
    network_mode: none
    command: ${LOOP}
${i > 0 && i % 5 === 0 ? `    depends_on: [svc${String(i - 1).padStart(2, '0')}]\n` : ''}`)
    s.write(`name: twenty\nservices:\n${services.join('')}`, 'twenty.yaml')
    const f = ['-f', 'twenty.yaml']
    const up = await s.cli([...f, 'up', '-d'], { timeoutMs: 60_000 })
    expect(up.code, up.stderr).toBe(0)
    const rows = await s.ps(f)
    expect(rows).toHaveLength(20)
    expect(rows.every((r) => r.State === 'running')).toBe(true)
    expect(await s.ok(['ls', '--format', 'json'])).toContain('"Status":"running(20)"')
    const down = await s.cli([...f, 'down', '-t', '2'], { timeoutMs: 60_000 })
    expect(down.code, down.stderr).toBe(0)
    expect(await s.ps(f, true)).toEqual([])
    expect(s.stateDirs()).toEqual([])
    await eventually(() => expect(s.leftovers()).toEqual(CLEAN_KERNEL), 5000, 100)
  })
})
