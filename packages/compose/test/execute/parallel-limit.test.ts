import { describe, expect, it } from 'vitest'
import { parallelLimit, runOperations } from '../../src/execute/execute-plan.js'
import type { Operation } from '../../src/plan/plan.js'

const op = (id: number, after: number[] = []): Operation => ({ id, kind: 'stopContainer', target: `service:s${id}:1`, cause: 'test', after }) as Operation

describe('parallelism of plan execution', () => {
  it('is unlimited by default and bounded by COMPOSE_PARALLEL_LIMIT when it is a positive integer', () => {
    expect(parallelLimit(undefined)).toBe(Infinity)
    expect(parallelLimit('')).toBe(Infinity)
    expect(parallelLimit('0')).toBe(Infinity)
    expect(parallelLimit('-1')).toBe(Infinity)
    expect(parallelLimit('abc')).toBe(Infinity)
    expect(parallelLimit('4')).toBe(4)
  })

  it('runs every ready operation at once without a limit, and waits for `after`', async () => {
    let running = 0
    let peak = 0
    const order: number[] = []
    const ops = [...Array.from({ length: 12 }, (_, i) => op(i + 1)), op(13, [1, 2, 3])]
    await runOperations(ops, async (o) => {
      running++
      peak = Math.max(peak, running)
      await new Promise((r) => setTimeout(r, 5))
      order.push(o.id)
      running--
    }, Infinity)
    expect(peak).toBe(12)
    expect(order.at(-1)).toBe(13)
  })

  it('keeps at most `limit` operations running', async () => {
    let running = 0
    let peak = 0
    await runOperations(Array.from({ length: 10 }, (_, i) => op(i + 1)), async () => {
      running++
      peak = Math.max(peak, running)
      await new Promise((r) => setTimeout(r, 2))
      running--
    }, 3)
    expect(peak).toBe(3)
  })
})
