import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { appendFileSync, closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { appendEvent, EventTail, followEvents, makeEvent, readEvents, rotateEventLog, rotatedPath, type RuntimeEvent } from '../../src/events/event-log.js'

let dir: string
let log: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tsc-events-follow-'))
  log = join(dir, 'events.log')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const ev = (n: number, who = 'a') => makeEvent('container', 'die', `${who}${n}`, `${who}${n}`, { seq: String(n), who })
const seq = (e: RuntimeEvent) => Number(e.attributes.seq)

describe('EventTail', () => {
  it('sees every event once across rotations, two between polls included', () => {
    for (let i = 0; i < 5; i++) appendEvent(log, ev(i), { maxSize: 1 << 20 })
    const tail = new EventTail(log, false)
    const got: number[] = []
    let n = 5
    for (let round = 0; round < 6; round++) {
      // fill past the size: the append that crosses it rotates, then a few more lines
      for (let i = 0; i < 8; i++) appendEvent(log, ev(n++), { maxSize: 1000 })
      got.push(...tail.poll().map(seq))
    }
    tail.close()
    expect(got).toEqual(Array.from({ length: n - 5 }, (_, i) => i + 5))
  })

  it('reads the whole window first with fromStart', () => {
    for (let i = 0; i < 20; i++) appendEvent(log, ev(i), { maxSize: 1000 })
    const tail = new EventTail(log, true)
    const window = readEvents(log).map(seq)
    expect(window.at(-1)).toBe(19)
    expect(window[0]).toBeGreaterThan(0)
    expect(tail.poll().map(seq)).toEqual(window)
    tail.close()
  })

  it('keeps a file rotated twice between polls: .1 is read whole, nothing twice', () => {
    const tail = new EventTail(log, false)
    appendEvent(log, ev(0))
    expect(tail.poll().map(seq)).toEqual([0])
    appendEvent(log, ev(1))
    rotateEventLog(log, 1)
    appendEvent(log, ev(2))
    rotateEventLog(log, 1)
    appendEvent(log, ev(3))
    expect(tail.poll().map(seq)).toEqual([1, 2, 3])
    tail.close()
  })

  it('delivers a late write into the rotated file (a writer that opened it before the rename)', () => {
    const tail = new EventTail(log, false)
    appendEvent(log, ev(0))
    const stale = openSync(log, 'a')
    try {
      rotateEventLog(log, 1)
      appendEvent(log, ev(1))
      expect(tail.poll().map(seq)).toEqual([0, 1])
      writeSync(stale, `${JSON.stringify(ev(2))}\n`)
      appendEvent(log, ev(3))
      expect(tail.poll().map(seq)).toEqual([2, 3])
      expect(tail.poll()).toEqual([])
    } finally {
      closeSync(stale)
    }
    tail.close()
  })

  it('waits for a line being written, and for a log that does not exist yet', () => {
    const tail = new EventTail(log, false)
    expect(tail.poll()).toEqual([])
    const line = JSON.stringify(ev(7))
    appendFileSync(log, line.slice(0, 20))
    expect(tail.poll()).toEqual([])
    appendFileSync(log, `${line.slice(20)}\n`)
    expect(tail.poll().map(seq)).toEqual([7])
    tail.close()
  })

  it('does not replay .1 when the path was missing at the start and appears later', () => {
    for (let i = 0; i < 3; i++) appendEvent(log, ev(i))
    rotateEventLog(log, 1)
    const tail = new EventTail(log, false)
    appendEvent(log, ev(3))
    expect(tail.poll().map(seq)).toEqual([3])
    tail.close()
  })
})

describe('followEvents', () => {
  it('gives concurrent in-process appenders every event exactly once across many rotations', async () => {
    const abort = new AbortController()
    const got: RuntimeEvent[] = []
    const follower = (async () => {
      for await (const e of followEvents(log, {}, abort.signal, { pollMs: 20 })) got.push(e)
    })()
    const writers = ['a', 'b', 'c', 'd']
    const perWriter = 150
    // lines are ~190 bytes: a rotation every ~20 events, ~30 rotations in all
    await Promise.all(
      writers.map(async (who) => {
        for (let i = 0; i < perWriter; i++) {
          appendEvent(log, ev(i, who), { maxSize: 4096 })
          await sleep(1 + (i % 3))
        }
      }),
    )
    const deadline = Date.now() + 5000
    while (got.length < writers.length * perWriter && Date.now() < deadline) await sleep(20)
    abort.abort()
    await follower
    for (const who of writers) {
      // exactly once, and in each writer's order
      expect(got.filter((e) => e.attributes.who === who).map(seq)).toEqual(Array.from({ length: perWriter }, (_, i) => i))
    }
    expect(got).toHaveLength(writers.length * perWriter)
  })

  it('replays the window with since, then follows, with filters', async () => {
    for (let i = 0; i < 20; i++) appendEvent(log, ev(i), { maxSize: 1500 })
    const abort = new AbortController()
    const got: number[] = []
    const follower = (async () => {
      for await (const e of followEvents(log, { since: 0, filters: [{ key: 'event', value: 'die' }] }, abort.signal, { pollMs: 20 })) {
        got.push(seq(e))
        if (got.at(-1) === 24) abort.abort()
      }
    })()
    for (let i = 20; i < 25; i++) {
      appendEvent(log, ev(i), { maxSize: 1500 })
      appendEvent(log, makeEvent('container', 'start', 'x', 'x', {}), { maxSize: 1500 })
      await sleep(5)
    }
    await follower
    expect(got.at(-1)).toBe(24)
    expect(got).toEqual(Array.from({ length: got.length }, (_, i) => 25 - got.length + i))
    expect(got.length).toBeGreaterThan(5)
  })

  it('stops at until and on abort', async () => {
    const until = Date.now() / 1000 + 0.2
    const t0 = Date.now()
    for await (const _ of followEvents(log, { until }, undefined, { pollMs: 20 })) void _
    expect(Date.now() - t0).toBeLessThan(2000)
    const abort = new AbortController()
    setTimeout(() => abort.abort(), 50)
    for await (const _ of followEvents(log, {}, abort.signal)) void _
    expect(rotatedPath(log)).toBe(`${log}.1`)
  })
})
