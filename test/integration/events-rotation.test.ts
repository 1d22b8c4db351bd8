/**
 * The bounded event log on real containers: supervisors (C) and CLIs (TS) in many processes
 * append at once while the log rotates every few KiB; a follower in this process and a
 * `container events` follower in another must see every event exactly once, `--since` must
 * read the recent window from both files, and at most two log files may exist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawn, type ChildProcess } from 'node:child_process'
import { appendFileSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { appendEvent, EVENTS_MAX_SIZE_ENV, followEvents, makeEvent, readEvents, rotatedPath, type RuntimeEvent } from '../../packages/runtime/src/events/event-log.js'
import { eventually } from '../helpers/eventually.js'
import { ContainersSuite, NOTHING_LEFT } from './containers-harness.js'

// small enough that every few events rotate; the CLIs and supervisors inherit it
const MAX = 4096
const P = 'evrot'
const repo = join(import.meta.dirname, '..', '..')
const BIN = join(repo, 'packages/cli/bin/tsc-compose.js')

let s: ContainersSuite
const savedMax = process.env[EVENTS_MAX_SIZE_ENV]
beforeAll(async () => {
  process.env[EVENTS_MAX_SIZE_ENV] = String(MAX)
  s = await ContainersSuite.create(P)
})
afterAll(async () => {
  try {
    expect(await s.cleanup()).toEqual(NOTHING_LEFT)
  } finally {
    if (savedMax === undefined) delete process.env[EVENTS_MAX_SIZE_ENV]
    else process.env[EVENTS_MAX_SIZE_ENV] = savedMax
  }
})

const key = (e: { id: string; action: string; timeNano: number }) => `${e.timeNano} ${e.action} ${e.id}`

/** Keys seen more than once. */
function duplicates(events: ReadonlyArray<{ id: string; action: string; timeNano: number }>): string[] {
  const seen = new Set<string>()
  return events.map(key).filter((k) => (seen.has(k) ? true : (seen.add(k), false)))
}

/** `tsc-compose container events --since ... --format json` as a long-running child. */
function cliFollower(since: number): { child: ChildProcess; events: () => RuntimeEvent[]; done: Promise<number | null> } {
  const child = spawn(process.execPath, [BIN, '--root', s.root, 'container', 'events', '--since', String(since), '--format', 'json'], {
    env: s.env(),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (out += c))
  child.stderr!.resume()
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
  const events = (): RuntimeEvent[] =>
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { Action: string; Actor: { ID: string; Attributes: Record<string, string> }; timeNano: number; Type: RuntimeEvent['type'] })
      .map((d) => ({ type: d.Type, action: d.Action, id: d.Actor.ID, name: d.Actor.Attributes.name ?? '', attributes: d.Actor.Attributes, timeNano: d.timeNano, time: 0 }))
  return { child, events, done }
}

function logFiles(): string[] {
  return readdirSync(s.root)
    .filter((f) => f.startsWith('events.log'))
    .sort()
}

describe('event log rotation', () => {
  it('supervisors and CLIs append across rotations; followers and --since see every event once', async () => {
    const log = join(s.root, 'events.log')
    const since = Math.floor(Date.now() / 1000) - 1
    const abort = new AbortController()
    const mine: RuntimeEvent[] = []
    const follower = (async () => {
      for await (const e of followEvents(log, { since }, abort.signal)) mine.push(e)
    })()
    const cli = cliFollower(since)
    try {
      // the CLI follower is following once it prints a marker: only then may rotations start
      appendEvent(log, makeEvent('image', 'marker', 'marker', 'marker', {}))
      await eventually(() => expect(cli.events().map((e) => e.action)).toContain('marker'), 20_000)
      // a supervisor that lives across every rotation below and emits its die at the end
      const longId = await s.ok(['container', 'run', '-d', '--name', `${P}-long`, 'busybox', 'sleep', '60'])
      // four supervisors that die and restart (4 runs each) while six CLI processes append
      const restarting = [1, 2, 3, 4].map((n) => `${P}-r${n}`)
      const volumes = [1, 2, 3, 4, 5, 6].map((n) => `${P}-v${n}`)
      await Promise.all([
        ...restarting.map((name) => s.ok(['container', 'run', '-d', '--restart', 'on-failure:3', '--name', name, 'busybox', 'sh', '-c', 'exit 3'])),
        ...volumes.map(async (v) => {
          for (let i = 0; i < 3; i++) {
            await s.ok(['volume', 'create', v])
            await s.ok(['volume', 'rm', v])
          }
        }),
      ])
      const dies = (events: RuntimeEvent[], name: string) => events.filter((e) => e.action === 'die' && e.attributes.name === name)
      await eventually(() => {
        for (const name of restarting) expect(dies(mine, name)).toHaveLength(4)
      }, 20_000)

      // The long-lived supervisor's next event crosses the size: it rotates the log itself,
      // and its stop event is in the new file.
      const line = JSON.stringify(makeEvent('image', 'filler', 'x', 'x', { pad: '' }))
      const room = MAX - statSync(log).size - 10
      if (room > line.length) appendFileSync(log, JSON.stringify(makeEvent('image', 'filler', 'x', 'x', { pad: 'p'.repeat(room - line.length - 1) })) + '\n')
      await s.ok(['container', 'stop', '-t', '0', longId])
      await eventually(() => expect(dies(mine, `${P}-long`)).toHaveLength(1), 10_000)
      const previous = readFileSync(rotatedPath(log), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as RuntimeEvent)
      // nothing else writes meanwhile: the line that crossed (kill or die) is the supervisor's
      expect(previous.at(-1)).toMatchObject({ id: longId })
      expect(['kill', 'die']).toContain(previous.at(-1)!.action)
      expect(readEvents(log).at(-1)).toMatchObject({ action: 'stop', id: longId })

      // both followers: everything once, the same events
      await eventually(() => expect(cli.events().length).toBe(mine.length), 10_000)
      expect(duplicates(mine)).toEqual([])
      expect(duplicates(cli.events())).toEqual([])
      expect(cli.events().map(key).sort()).toEqual(mine.map(key).sort())
      for (const name of restarting) expect(dies(mine, name)).toHaveLength(4)
      for (const v of volumes) {
        expect(mine.filter((e) => e.type === 'volume' && e.id === v).map((e) => e.action)).toEqual(['create', 'destroy', 'create', 'destroy', 'create', 'destroy'])
      }
      // many windows went by: the follower saw far more than the two files hold
      const bytes = mine.reduce((n, e) => n + JSON.stringify(e).length, 0)
      expect(bytes).toBeGreaterThan(5 * MAX)

      // --since reads the recent window from .1 then events.log: each event once, newest last
      const r = await s.ok(['container', 'events', '--since', String(since), '--until', String(Date.now() / 1000), '--format', 'json'])
      const window = r.split('\n').map((l) => JSON.parse(l) as { Action: string; Actor: { ID: string }; timeNano: number })
      const windowKeys = window.map((d) => key({ id: d.Actor.ID, action: d.Action, timeNano: d.timeNano }))
      expect(new Set(windowKeys).size).toBe(windowKeys.length)
      expect(windowKeys.at(-1)).toBe(key(readEvents(log).at(-1)!))
      const seen = new Set(mine.map(key))
      expect(windowKeys.filter((k) => !seen.has(k))).toEqual([])
      expect(window.length).toBeLessThan(mine.length)

      // at most two log files, .1 a full window, the live one under the size
      expect(logFiles()).toEqual(['events.log', 'events.log.1', 'events.log.lock'])
      expect(statSync(rotatedPath(log)).size).toBeGreaterThanOrEqual(MAX)
      expect(statSync(log).size).toBeLessThan(MAX)

      for (const name of [...restarting, `${P}-long`]) await s.ok(['container', 'rm', name])
    } finally {
      abort.abort()
      await follower
      cli.child.kill('SIGINT')
      await cli.done
    }
  })
})
