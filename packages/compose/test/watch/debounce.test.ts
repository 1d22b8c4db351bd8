import { describe, expect, it } from 'vitest'
import { ChangeBatcher, QUIET_PERIOD_MS, type Timers } from '../../src/project-ops/watch/debounce.js'

/** A hand-driven clock: `advance(ms)` fires what is due, in order. */
function fakeClock() {
  let now = 0
  let seq = 0
  const due = new Map<number, { at: number; fn: () => void }>()
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      due.set(++seq, { at: now + ms, fn })
      return seq
    },
    clearTimeout: (h) => void due.delete(h as number),
  }
  const advance = async (ms: number): Promise<void> => {
    const end = now + ms
    for (;;) {
      const next = [...due.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0]
      if (!next) break
      due.delete(next[0])
      now = next[1].at
      next[1].fn()
      await new Promise((r) => setImmediate(r))
    }
    now = end
  }
  return { timers, advance, pending: () => due.size }
}

describe('debouncing changes into batches', () => {
  it('waits for 500 ms without changes, like docker compose', () => {
    expect(QUIET_PERIOD_MS).toBe(500)
  })

  it('a burst is one batch of unique paths, flushed after the quiet period', async () => {
    const clock = fakeClock()
    const batches: string[][] = []
    const b = new ChangeBatcher({ timers: clock.timers, onBatch: (p) => void batches.push(p) })
    b.add('/a')
    await clock.advance(300)
    b.add('/b')
    b.add('/a')
    await clock.advance(499)
    expect(batches).toEqual([])
    await clock.advance(1)
    expect(batches).toEqual([['/a', '/b']])
    expect(b.size).toBe(0)
  })

  it('changes arriving while a batch runs wait for it, then form the next batch', async () => {
    const clock = fakeClock()
    const batches: string[][] = []
    let release!: () => void
    const b = new ChangeBatcher({
      timers: clock.timers,
      onBatch: async (p) => {
        batches.push(p)
        if (batches.length === 1) await new Promise<void>((r) => (release = r))
      },
    })
    b.add('/1')
    await clock.advance(500)
    expect(batches).toEqual([['/1']])
    b.add('/2')
    await clock.advance(2000)
    expect(batches).toHaveLength(1) // still busy with the first
    release()
    await b.idle()
    await clock.advance(500)
    expect(batches).toEqual([['/1'], ['/2']])
  })

  it('a failing batch is reported and the next one still runs', async () => {
    const clock = fakeClock()
    const errors: string[] = []
    const seen: string[][] = []
    const b = new ChangeBatcher({
      timers: clock.timers,
      onBatch: (p) => {
        seen.push(p)
        if (p[0] === '/bad') throw new Error('boom')
      },
      onError: (e) => errors.push((e as Error).message),
    })
    b.add('/bad')
    await clock.advance(500)
    b.add('/good')
    await clock.advance(500)
    expect(errors).toEqual(['boom'])
    expect(seen).toEqual([['/bad'], ['/good']])
  })

  it('close drops pending changes and stops the timer', async () => {
    const clock = fakeClock()
    const seen: string[][] = []
    const b = new ChangeBatcher({ timers: clock.timers, onBatch: (p) => void seen.push(p) })
    b.add('/x')
    await b.close()
    expect(clock.pending()).toBe(0)
    b.add('/y')
    await clock.advance(1000)
    expect(seen).toEqual([])
  })
})
