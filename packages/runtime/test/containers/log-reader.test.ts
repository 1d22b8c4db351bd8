import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { appendFileSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  boundToNs,
  logFiles,
  parseLogLine,
  readLogs,
  readLogsUpTo,
  timeToNs,
  type LogEntry,
  type LogReadOptions,
} from '../../src/containers/log-reader.js'

let dir: string
let log: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tsc-logs-unit-'))
  log = join(dir, 'c-json.log')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const rec = (text: string, sec: number, stream = 'stdout') =>
  `${JSON.stringify({ log: text, stream, time: `2026-11-22T10:00:${String(sec).padStart(2, '0')}.000000${String(sec).padStart(3, '0')}Z` })}\n`

async function all(opts: LogReadOptions = {}): Promise<LogEntry[]> {
  const out: LogEntry[] = []
  for await (const e of readLogs(log, opts)) out.push(e)
  return out
}

describe('json-file log lines', () => {
  it('parses records, escapes included', () => {
    expect(parseLogLine('{"log":"a\\u0001\\ufffd\\n","stream":"stderr","time":"2026-11-22T10:00:00.123456789Z"}')).toEqual({
      stream: 'stderr',
      time: '2026-11-22T10:00:00.123456789Z',
      text: 'a\u0001\ufffd\n',
    })
    expect(parseLogLine('{"log":"x"')).toBeUndefined()
    expect(parseLogLine('')).toBeUndefined()
  })

  it('converts times to nanoseconds', () => {
    expect(timeToNs('1970-01-01T00:00:01.000000002Z')).toBe(1_000_000_002n)
    expect(timeToNs('1970-01-01T00:00:01.5Z')).toBe(1_500_000_000n)
    expect(timeToNs('1970-01-01T01:00:00+01:00')).toBe(0n)
    expect(boundToNs('1.25')).toBe(1_250_000_000n)
    expect(boundToNs(2)).toBe(2_000_000_000n)
    expect(boundToNs(new Date(3000))).toBe(3_000_000_000n)
  })
})

describe('readLogs', () => {
  beforeEach(() => {
    writeFileSync(`${log}.2`, rec('a\n', 1) + rec('b\n', 2))
    writeFileSync(`${log}.1`, rec('c\n', 3, 'stderr'))
    writeFileSync(log, rec('d\n', 4) + rec('e\n', 5) + '{"log":"partial')
  })

  it('reads rotations oldest first and skips an unterminated last line', async () => {
    expect(logFiles(log)).toEqual([`${log}.2`, `${log}.1`, log])
    expect((await all()).map((e) => e.text)).toEqual(['a\n', 'b\n', 'c\n', 'd\n', 'e\n'])
  })

  it('applies tail, since, until and timestamps', async () => {
    expect((await all({ tail: 2 })).map((e) => e.text)).toEqual(['d\n', 'e\n'])
    expect(await all({ tail: 0 })).toEqual([])
    expect((await all({ since: '2026-11-22T10:00:03Z', until: '2026-11-22T10:00:05Z' })).map((e) => e.text)).toEqual(['c\n', 'd\n'])
    expect((await all({ tail: 1, timestamps: true }))[0]!.text).toBe('2026-11-22T10:00:05.000000005Z e\n')
  })

  it('replays up to an inode and offset (attach with logs)', () => {
    const size = statSync(log).size
    const ino = statSync(`${log}.1`).ino
    expect(readLogsUpTo(log, ino, 1e9).map((e) => e.text)).toEqual(['a\n', 'b\n', 'c\n'])
    expect(readLogsUpTo(log, statSync(log).ino, rec('d\n', 4).length).map((e) => e.text)).toEqual(['a\n', 'b\n', 'c\n', 'd\n'])
    expect(readLogsUpTo(log, 0, size).map((e) => e.text)).toHaveLength(5)
  })

  it('follows appends and rotation until the container is gone', async () => {
    let running = true
    const seen: string[] = []
    const done = (async () => {
      for await (const e of readLogs(log, { tail: 1, follow: true, isRunning: () => running, pollMs: 20 })) seen.push(e.text)
    })()
    await new Promise((r) => setTimeout(r, 60))
    appendFileSync(log, '","stream":"stdout","time":"2026-11-22T10:00:06Z"}\n')
    await new Promise((r) => setTimeout(r, 60))
    appendFileSync(log, rec('g\n', 7))
    renameSync(log, `${log}.1`)
    writeFileSync(log, rec('h\n', 8))
    await new Promise((r) => setTimeout(r, 80))
    appendFileSync(log, rec('i\n', 9))
    running = false
    await done
    expect(seen).toEqual(['e\n', 'partial', 'g\n', 'h\n', 'i\n'])
  })

  it('stops following on abort', async () => {
    const ac = new AbortController()
    const seen: string[] = []
    const done = (async () => {
      for await (const e of readLogs(log, { follow: true, isRunning: () => true, signal: ac.signal, pollMs: 1000 })) seen.push(e.text)
    })()
    await new Promise((r) => setTimeout(r, 30))
    ac.abort()
    await done
    expect(seen).toHaveLength(5)
  })
})
