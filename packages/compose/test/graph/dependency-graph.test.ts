import { describe, expect, it } from 'vitest'
import { DependencyGraph } from '../../src/graph/dependency-graph.js'

const e = (from: string, to: string) => ({ from, to, kind: 'depends_on' })

describe('DependencyGraph', () => {
  const g = new DependencyGraph(['web', 'api', 'db', 'cache', 'worker'], [e('web', 'api'), e('api', 'db'), e('api', 'cache'), e('worker', 'db')])

  it('orders up by dependencies and down by dependents', () => {
    const up = g.order('up')
    expect(up.indexOf('db')).toBeLessThan(up.indexOf('api'))
    expect(up.indexOf('api')).toBeLessThan(up.indexOf('web'))
    const down = g.order('down')
    expect(down.indexOf('web')).toBeLessThan(down.indexOf('api'))
    expect(down.indexOf('api')).toBeLessThan(down.indexOf('db'))
  })

  it('visits with maximum parallelism and never before dependencies finish', async () => {
    const started: string[] = []
    const finished = new Set<string>()
    let maxRunning = 0
    let running = 0
    await g.visit('up', async (v) => {
      for (const d of g.dependenciesOf(v)) expect(finished.has(d)).toBe(true)
      started.push(v)
      running += 1
      maxRunning = Math.max(maxRunning, running)
      await new Promise((r) => setTimeout(r, 5))
      running -= 1
      finished.add(v)
    })
    expect(started).toHaveLength(5)
    expect(maxRunning).toBeGreaterThanOrEqual(2) // db and cache start together
  })

  it('respects the concurrency bound and a subset', async () => {
    let running = 0
    let maxRunning = 0
    const seen: string[] = []
    await g.visit('up', async (v) => {
      running += 1
      maxRunning = Math.max(maxRunning, running)
      seen.push(v)
      await new Promise((r) => setTimeout(r, 2))
      running -= 1
    }, { concurrency: 1, only: new Set(['api', 'db', 'cache']) })
    expect(maxRunning).toBe(1)
    expect(seen.sort()).toEqual(['api', 'cache', 'db'])
  })

  it('stops scheduling after a failure and rethrows it', async () => {
    const seen: string[] = []
    await expect(g.visit('up', async (v) => {
      seen.push(v)
      if (v === 'db') throw new Error('db failed')
    }, { concurrency: 1 })).rejects.toThrow('db failed')
    expect(seen).not.toContain('web')
  })

  it('finds a cycle as a closed path', () => {
    const c = new DependencyGraph(['a', 'b', 'c'], [e('a', 'b'), e('b', 'c'), e('c', 'a')])
    expect(c.findCycle()).toEqual(['a', 'b', 'c', 'a'])
    expect(g.findCycle()).toBeUndefined()
  })

  it('computes closures both ways', () => {
    expect([...g.closure(['web'])].sort()).toEqual(['api', 'cache', 'db', 'web'])
    expect([...g.dependentClosure(['db'])].sort()).toEqual(['api', 'web', 'worker'])
  })
})
