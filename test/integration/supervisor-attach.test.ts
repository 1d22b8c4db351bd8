/**
 * attach through control.sock: stdin to the container, multiplexed output, log replay,
 * several clients at once, the exit code, and a tty with resize.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Readable } from 'node:stream'
import { eventually } from '../helpers/eventually.js'
import { gone, printed, SupervisorSuite } from './supervisor-fixture.js'

const suite = new SupervisorSuite('tsc-supat-')
beforeAll(() => suite.setup())
afterAll(() => suite.teardown())

function text(r: Readable): { value: () => string } {
  let acc = ''
  r.on('data', (c: Buffer) => (acc += c.toString('utf8')))
  return { value: () => acc }
}

describe('supervisor attach', () => {
  it('echoes stdin through cat, ends on stdin EOF and reports the exit code', async () => {
    const b = suite.box({ argv: ['/bin/cat'], stdin: true }, { stdinOnce: true })
    await suite.start(b)
    const a = await b.client.attach({ stdin: true, logs: true })
    expect(a.tty).toBe(false)
    const out = text(a.stdout)
    a.stdin.write('hello\n')
    await eventually(() => expect(out.value()).toBe('hello\n'))
    a.stdin.write('world\n')
    a.stdin.end()
    expect(await a.exit).toBe(0)
    expect(out.value()).toBe('hello\nworld\n')
    await gone(b)
  })

  it('replays earlier output with logs, splits stdout and stderr, and serves two clients', async () => {
    const b = suite.box({ argv: suite.sh('echo early; echo early-err >&2; read x; echo "got $x"; echo bye >&2; exit 4'), stdin: true })
    await suite.start(b)
    // the early lines reach the log before anyone attaches
    await printed(b, 'early-err')
    const a1 = await b.client.attach({ stdin: true, logs: true })
    const a2 = await b.client.attach({ stdin: false, logs: false })
    const o1 = text(a1.stdout)
    const e1 = text(a1.stderr)
    const o2 = text(a2.stdout)
    const e2 = text(a2.stderr)
    a1.stdin.write('abc\n')
    expect(await a1.exit).toBe(4)
    expect(await a2.exit).toBe(4)
    expect(o1.value()).toBe('early\ngot abc\n')
    expect(e1.value()).toBe('early-err\nbye\n')
    expect(o2.value()).toBe('got abc\n')
    expect(e2.value()).toBe('bye\n')
    await gone(b)
  })

  it('attaching to a finished container gives the log and the exit code', async () => {
    const b = suite.box({ argv: suite.sh('echo done; exit 5') })
    await suite.start(b)
    await gone(b)
    const a = await b.client.attach({ logs: true, logPath: b.logPath })
    const o = text(a.stdout)
    expect(await a.exit).toBe(5)
    await eventually(() => expect(o.value()).toBe('done\n'))
  })

  it('with a tty: raw bytes, resize reaches the terminal, exit code through wait', async () => {
    const b = suite.box({ argv: suite.sh('read x; stty size; echo "got:$x"; exit 3'), tty: true, stdin: true })
    await suite.start(b)
    const a = await b.client.attach({ stdin: true, logs: true })
    expect(a.tty).toBe(true)
    const out = text(a.stdout)
    await b.client.resize(33, 101)
    a.stdin.write('abc\r')
    expect(await a.exit).toBe(3)
    expect(out.value()).toContain('33 101')
    expect(out.value()).toContain('got:abc')
    expect(out.value()).toContain('\r\n') // the tty's line discipline, not a pipe
    await gone(b)
  })

  it('a slow client does not stall the container', async () => {
    const b = suite.box({ argv: suite.sh('i=0; while [ $i -lt 20000 ]; do echo "line $i xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"; i=$((i+1)); done') , stdin: true}, {})
    await suite.start(b)
    const a = await b.client.attach({ stdin: false })
    a.stdout.pause() // never read
    await gone(b, 30_000)
    a.close()
  })
})
