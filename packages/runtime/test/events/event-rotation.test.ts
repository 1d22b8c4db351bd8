import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { closeSync, existsSync, linkSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  appendEvent,
  EVENTS_MAX_SIZE,
  EVENTS_MAX_SIZE_ENV,
  eventsMaxSize,
  makeEvent,
  readEvents,
  rotateEventLog,
  rotatedPath,
  rotationLockPath,
} from '../../src/events/event-log.js'
import { nativeFs } from '../../src/native/fs.js'

let dir: string
let log: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tsc-events-unit-'))
  log = join(dir, 'events.log')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const ev = (n: number) => makeEvent('container', 'die', `c${n}`, `n${n}`, { seq: String(n) })
const seqs = (path: string): number[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => Number(JSON.parse(l).attributes.seq))

describe('event log size', () => {
  it('defaults to 1 MiB and takes a positive integer from the environment', () => {
    expect(eventsMaxSize({})).toBe(EVENTS_MAX_SIZE)
    expect(EVENTS_MAX_SIZE).toBe(1024 * 1024)
    expect(eventsMaxSize({ [EVENTS_MAX_SIZE_ENV]: '4096' })).toBe(4096)
    for (const bad of ['', '0', '-5', '1e3', '12k']) expect(eventsMaxSize({ [EVENTS_MAX_SIZE_ENV]: bad })).toBe(EVENTS_MAX_SIZE)
  })
})

describe('rotation', () => {
  it('moves the log to .1 once it passes the size, replacing the older window: two files at most', () => {
    const max = 1000
    for (let i = 0; i < 60; i++) {
      appendEvent(log, ev(i), { maxSize: max })
      const files = readdirSync(dir).filter((f) => f !== 'events.log.lock')
      expect(files.length).toBeLessThanOrEqual(2)
      // the writer that pushed it past the size rotated it: the live file never stays over
      expect(existsSync(log) ? statSync(log).size : 0).toBeLessThan(max)
    }
    // every rotated window is at least a full file, and the two files are contiguous
    expect(statSync(rotatedPath(log)).size).toBeGreaterThanOrEqual(max)
    const kept = [...seqs(rotatedPath(log)), ...(existsSync(log) ? seqs(log) : [])]
    expect(kept).toEqual(kept.map((_, i) => 60 - kept.length + i))
    expect(kept.length).toBeLessThan(60)
  })

  it('does not rotate below the size', () => {
    for (let i = 0; i < 5; i++) appendEvent(log, ev(i), { maxSize: EVENTS_MAX_SIZE })
    expect(existsSync(rotatedPath(log))).toBe(false)
    expect(seqs(log)).toEqual([0, 1, 2, 3, 4])
  })

  it('rotates once when two writers notice the same crossing', () => {
    for (let i = 0; i < 10; i++) appendEvent(log, ev(i), { maxSize: 1 << 20 })
    const big = statSync(log).size
    // both measured the big file; the first renames, the second finds a fresh file and leaves it
    expect(rotateEventLog(log, big)).toBe(true)
    appendEvent(log, ev(10), { maxSize: 1 << 20 })
    expect(rotateEventLog(log, big)).toBe(false)
    expect(seqs(rotatedPath(log))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(seqs(log)).toEqual([10])
  })

  it('skips while another writer holds the rotation lock, and the next append rotates', () => {
    const fd = openSync(rotationLockPath(log), 'a')
    try {
      expect(nativeFs().tryFlock(fd, 'ex')).toBe(true)
      for (let i = 0; i < 20; i++) appendEvent(log, ev(i), { maxSize: 500 })
      expect(existsSync(rotatedPath(log))).toBe(false)
      expect(seqs(log)).toHaveLength(20)
    } finally {
      closeSync(fd)
    }
    appendEvent(log, ev(20), { maxSize: 500 })
    expect(seqs(rotatedPath(log))).toHaveLength(21)
    expect(existsSync(log)).toBe(false)
  })

  it('takes the lock through the given tryLock and does nothing when it is busy', () => {
    writeFileSync(log, 'x'.repeat(100) + '\n')
    expect(rotateEventLog(log, 10, () => false)).toBe(false)
    expect(existsSync(rotatedPath(log))).toBe(false)
    expect(rotateEventLog(log, 10, () => true)).toBe(true)
    expect(existsSync(rotatedPath(log))).toBe(true)
  })

  it('is best effort when the root is missing', () => {
    expect(() => appendEvent(join(dir, 'nope', 'events.log'), ev(1), { maxSize: 1 })).not.toThrow()
    expect(rotateEventLog(join(dir, 'nope', 'events.log'), 1)).toBe(false)
  })
})

describe('readEvents', () => {
  it('reads .1 then the live file, with filters across both', () => {
    for (let i = 0; i < 30; i++) appendEvent(log, ev(i), { maxSize: 1500 })
    expect(existsSync(rotatedPath(log))).toBe(true)
    const all = readEvents(log).map((e) => Number(e.attributes.seq))
    expect(all).toEqual([...seqs(rotatedPath(log)), ...seqs(log)])
    expect(all.at(-1)).toBe(29)
    const first = all[0]!
    expect(readEvents(log, { filters: [{ key: 'container', value: `n${first}` }] }).map((e) => e.id)).toEqual([`c${first}`])
    expect(readEvents(log, { filters: [{ key: 'container', value: 'n29' }] }).map((e) => e.id)).toEqual(['c29'])
  })

  it('reads a file once when .1 and the path are the same file (a rename under it)', () => {
    for (let i = 0; i < 3; i++) appendEvent(log, ev(i))
    linkSync(log, rotatedPath(log))
    expect(readEvents(log).map((e) => e.attributes.seq)).toEqual(['0', '1', '2'])
  })

  it('reads only .1 after a rotation with no append since, and nothing without a log', () => {
    expect(readEvents(log)).toEqual([])
    for (let i = 0; i < 3; i++) appendEvent(log, ev(i))
    expect(rotateEventLog(log, 1)).toBe(true)
    expect(readEvents(log).map((e) => e.attributes.seq)).toEqual(['0', '1', '2'])
  })

  it('skips a torn last line and garbage lines', () => {
    writeFileSync(rotatedPath(log), `${JSON.stringify(ev(0))}\nnot json\n`)
    writeFileSync(log, `${JSON.stringify(ev(1))}\n{"time":1,"act`)
    expect(readEvents(log).map((e) => e.attributes.seq)).toEqual(['0', '1'])
  })
})
