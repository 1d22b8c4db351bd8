import type { Socket } from 'node:net'
import { RuntimeError } from '../errors.js'
import { FRAME_EXIT, FRAME_STDERR, FrameDecoder, parseExitPayload } from './attach-frames.js'
import { readLogsUpTo } from './log-reader.js'
import { isSupervisorAlive, readState } from './state-file.js'
import { connectControlSocket, SupervisorClient } from './supervisor-client.js'
import type { AttachIo } from './supervisor-port.js'

export interface AttachSessionOptions {
  /**
   * Detach: stop forwarding (the container keeps running) and reject with the signal's
   * reason, as an aborted fetch does; the exit code of the run is no longer ours to report.
   */
  readonly signal?: AbortSignal
}

/**
 * The container already ran to its end: replay the whole log and take the recorded code
 * once the supervisor (which writes the final state) is gone.
 */
async function afterTheFact(dir: string, io: AttachIo, logPath: string): Promise<number> {
  for (let i = 0; i < 400; i++) {
    const s = readState(dir, { isAlive: () => true })
    if (!s || s.status === 'exited' || s.status === 'dead' || !isSupervisorAlive(s.supervisorPid)) break
    await new Promise((r) => setTimeout(r, 5))
  }
  for (const e of readLogsUpTo(logPath, 0, 0)) (e.stream === 'stderr' ? io.stderr : io.stdout).write(e.text)
  return readState(dir)?.exitCode ?? 255
}

/**
 * An attach session written straight to the caller's streams: the log so far (so a client
 * attaching right after start misses nothing), then the live frames. Resolves with the exit
 * code of the run. Ends on the server's EOF too: with allowHalfOpen a socket whose peer
 * closed and that writes nothing holds no libuv request, so waiting for 'close' alone could
 * let the event loop drain.
 */
export async function attachSession(dir: string, io: AttachIo, logPath: string, options: AttachSessionOptions = {}): Promise<number> {
  const { signal } = options
  signal?.throwIfAborted()
  let sock: Socket
  try {
    sock = await connectControlSocket(dir)
  } catch {
    // whatever the reason, there is no live stream: what was recorded is all there is
    return afterTheFact(dir, io, logPath)
  }
  return new Promise<number>((resolve, reject) => {
    let head: Buffer = Buffer.alloc(0)
    let tty = false
    let started = false
    let exitCode: number | undefined
    let finished = false
    const decoder = new FrameDecoder()
    // outputs that refused a write: the socket stays paused until every one drained
    const full = new Set<NodeJS.WritableStream>()
    const onStdin = (chunk: Buffer): void => {
      if (!sock.destroyed) sock.write(chunk)
    }
    const onStdinEnd = (): void => {
      if (!sock.destroyed) sock.end()
    }
    const stop = (): void => {
      finished = true
      signal?.removeEventListener('abort', onAbort)
      io.stdin?.off('data', onStdin)
      io.stdin?.off('end', onStdinEnd)
      sock.destroy()
    }
    const onAbort = (): void => {
      if (finished) return
      stop()
      reject(signal!.reason)
    }
    const finish = (): void => {
      if (finished) return
      stop()
      // closed before replying: the supervisor was already finishing
      if (!started) return void afterTheFact(dir, io, logPath).then(resolve, reject)
      if (exitCode !== undefined) return resolve(exitCode)
      // tty streams carry no exit frame: ask for the code of this run
      void new SupervisorClient(dir)
        .wait()
        .catch(() => readState(dir)?.exitCode ?? 255)
        .then(resolve)
    }
    const write = (out: NodeJS.WritableStream, data: Buffer): void => {
      if (out.write(data) || full.has(out)) return
      full.add(out)
      sock.pause()
      out.once('drain', () => {
        full.delete(out)
        if (full.size === 0) sock.resume()
      })
    }
    const onLive = (chunk: Buffer): void => {
      if (tty) return write(io.stdout, chunk)
      for (const f of decoder.push(chunk)) {
        if (f.stream === FRAME_EXIT) exitCode = parseExitPayload(f.payload)
        else write(f.stream === FRAME_STDERR ? io.stderr : io.stdout, f.payload)
      }
    }
    const onHead = (chunk: Buffer): void => {
      head = Buffer.concat([head, chunk])
      const nl = head.indexOf(10)
      if (nl < 0) return
      const line = head.subarray(0, nl).toString('utf8')
      const rest = head.subarray(nl + 1)
      sock.off('data', onHead)
      const m = /^ok (\d+) (\d+) ([01]) ?(.*)$/.exec(line)
      if (!m) {
        stop()
        return reject(new RuntimeError('SUPERVISOR_REFUSED', `attach refused: ${line.replace(/^err /, '')}`))
      }
      started = true
      tty = m[3] === '1'
      for (const e of readLogsUpTo(m[4] || logPath, Number(m[1]), Number(m[2]))) (e.stream === 'stderr' && !tty ? io.stderr : io.stdout).write(e.text)
      sock.on('data', onLive)
      if (rest.length) onLive(rest)
      if (io.stdin) {
        io.stdin.on('data', onStdin)
        io.stdin.once('end', onStdinEnd)
        io.stdin.resume()
      }
      if (tty && io.onResize) io.onResize((rows, cols) => void new SupervisorClient(dir).resize(rows, cols).catch(() => undefined))
    }
    // aborted while we were connecting: no event comes for that
    if (signal?.aborted) return onAbort()
    signal?.addEventListener('abort', onAbort, { once: true })
    sock.on('data', onHead)
    sock.on('end', finish)
    sock.on('close', finish)
    sock.on('error', () => finish())
    sock.write(`attach ${io.stdin ? 'stdin' : 'nostdin'} logs\n`)
  })
}
