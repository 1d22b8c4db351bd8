/**
 * attach through control.sock, by the session the CLI runs (attach-session.ts): stdin to the
 * container, multiplexed output, log replay, several clients at once, the exit code, a tty
 * with resize, and detach.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Writable } from 'node:stream'
import { eventually } from '../helpers/eventually.js'
import { attach, gone, printed, SupervisorSuite } from './supervisor-fixture.js'

const suite = new SupervisorSuite('tsc-supat-')
beforeAll(() => suite.setup())
afterAll(() => suite.teardown())

describe('supervisor attach', () => {
  it('echoes stdin through cat, ends on stdin EOF and reports the exit code', async () => {
    const b = suite.box({ argv: ['/bin/cat'], stdin: true }, { stdinOnce: true })
    await suite.start(b)
    const a = attach(b, { stdin: true })
    a.stdin.write('hello\n')
    await eventually(() => expect(a.out()).toBe('hello\n'))
    a.stdin.write('world\n')
    a.stdin.end()
    expect(await a.exit).toBe(0)
    // no tty: a pipe, no line discipline, and nothing on stderr
    expect(a.out()).toBe('hello\nworld\n')
    expect(a.err()).toBe('')
    await gone(b)
  })

  it('replays earlier output, splits stdout and stderr, and serves two clients', async () => {
    const b = suite.box({ argv: suite.sh('echo early; echo early-err >&2; read x; echo "got $x"; echo bye >&2; exit 4'), stdin: true })
    await suite.start(b)
    // the early lines reach the log before anyone attaches
    await printed(b, 'early-err')
    const a1 = attach(b, { stdin: true })
    const a2 = attach(b, { stdin: false })
    a1.stdin.write('abc\n')
    expect(await a1.exit).toBe(4)
    expect(await a2.exit).toBe(4)
    // each client gets the log so far, then the live stream: every line once
    for (const a of [a1, a2]) {
      expect(a.out()).toBe('early\ngot abc\n')
      expect(a.err()).toBe('early-err\nbye\n')
    }
    await gone(b)
  })

  it('attaching to a finished container gives the log and the exit code', async () => {
    const b = suite.box({ argv: suite.sh('echo done; exit 5') })
    await suite.start(b)
    await gone(b)
    const a = attach(b)
    expect(await a.exit).toBe(5)
    expect(a.out()).toBe('done\n')
  })

  it('with a tty: raw bytes, resize reaches the terminal, exit code through wait', async () => {
    // waits (bounded) for the resize, so that `stty size` cannot run before it lands
    const b = suite.box({
      argv: suite.sh('i=0; while [ "$(stty size)" != "33 101" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done; read x; stty size; echo "got:$x"; exit 3'),
      tty: true,
      stdin: true,
    })
    await suite.start(b)
    const a = attach(b, { stdin: true, tty: true })
    // the session takes the resize hook once the supervisor said the stream is a tty
    await eventually(() => a.resize(33, 101))
    a.stdin.write('abc\r')
    expect(await a.exit).toBe(3)
    expect(a.out()).toContain('33 101')
    expect(a.out()).toContain('got:abc')
    expect(a.out()).toContain('\r\n') // the tty's line discipline, not a pipe
    expect(a.err()).toBe('') // one stream with a tty
    await gone(b)
  })

  it('a slow client does not stall the container, and can detach', async () => {
    const b = suite.box({ argv: suite.sh('i=0; while [ $i -lt 20000 ]; do echo "line $i xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"; i=$((i+1)); done'), stdin: true })
    await suite.start(b)
    // never drains: the session stops reading the socket after the first refused write
    const stuck = new Writable({ highWaterMark: 1, write: () => undefined })
    const a = attach(b, { stdin: false, stdout: stuck })
    await gone(b, 30_000)
    await a.detach()
  })

  it('detaching leaves the container running, and it can be attached again', async () => {
    const b = suite.box({ argv: ['/bin/cat'], stdin: true })
    await suite.start(b)
    const a1 = attach(b, { stdin: true })
    a1.stdin.write('one\n')
    await eventually(() => expect(a1.out()).toBe('one\n'))
    await a1.detach()
    const a2 = attach(b, { stdin: true })
    a2.stdin.write('two\n')
    await eventually(() => expect(a2.out()).toBe('one\ntwo\n'))
    // no stdin_once: a client's EOF is not the container's, so it is stopped
    expect(await b.client.stop(9, 0)).toBe(137)
    expect(await a2.exit).toBe(137)
    await gone(b)
  })
})
