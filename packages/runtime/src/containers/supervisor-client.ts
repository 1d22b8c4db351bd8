/**
 * The TypeScript side of the per-container supervisor (native/supervisor/supervise.c).
 *
 * Start: `tsc-supervisor run <spec>` is spawned detached (its own session, unref'd: no Node
 * process stays per container) with fd 3 connected to us; it answers one line there,
 * `ok <container pid>` or `err <125|126|127> <message>`, then goes on alone.
 *
 * Control: `<dir>/control.sock` takes one command line per connection (see control.c):
 * state | stop <sig> <timeout-s> | wait | kill <sig> | resize <rows> <cols> |
 * attach <stdin|nostdin> <logs|nologs>. Replies are one line (`ok`, `exited <code>`,
 * `err <message>`, the state JSON); attach then streams docker-multiplexed frames (raw bytes
 * with a tty) and takes stdin from the client.
 */
import { spawn } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { connect, type Socket } from 'node:net'
import { join } from 'node:path'
import { PassThrough, Readable, Writable } from 'node:stream'
import { RuntimeError } from '../errors.js'
import { FRAME_EXIT, FRAME_STDERR, FrameDecoder, parseExitPayload } from './attach-frames.js'
import { readLogsUpTo } from './log-reader.js'
import { parseState, readState, type SupervisorState } from './state-file.js'

export const CONTROL_SOCKET = 'control.sock'

/** Error codes by docker's start exit codes. */
const START_CODES: Record<number, string> = {
  125: 'CONTAINER_START_FAILED',
  126: 'CONTAINER_CMD_NOT_EXECUTABLE',
  127: 'CONTAINER_CMD_NOT_FOUND',
}

export interface SpawnedSupervisor {
  /** Host pid of the container's init. */
  readonly pid: number
  readonly supervisorPid: number
}

export interface SpawnOptions {
  /** Environment of the supervisor (and of hook.exit); default: this process's. */
  readonly env?: NodeJS.ProcessEnv
  /** Bound on the start handshake (default 60 s). */
  readonly timeoutMs?: number
}

/** Parses the handshake line; exported for unit tests. */
export function parseHandshake(line: string): { ok: true; pid: number } | { ok: false; exitCode: number; message: string } {
  const ok = /^ok (\d+)$/.exec(line)
  if (ok) return { ok: true, pid: Number(ok[1]) }
  const err = /^err (\d+) ?(.*)$/.exec(line)
  if (err) return { ok: false, exitCode: Number(err[1]), message: err[2] ?? '' }
  return { ok: false, exitCode: 125, message: `unexpected supervisor handshake "${line.slice(0, 80)}"` }
}

/**
 * Starts the supervisor for a container and waits for its start report. Resolves with the
 * container's pid once the process exec'd; rejects with a RuntimeError whose exitCode is
 * 125, 126 or 127 like docker's.
 */
export function spawnSupervisor(
  supervisorBin: string,
  specPath: string,
  containerDir: string,
  options: SpawnOptions = {},
): Promise<SpawnedSupervisor> {
  return new Promise((resolve, reject) => {
    const child = spawn(supervisorBin, ['run', specPath], {
      cwd: containerDir,
      detached: true,
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
      env: options.env ?? process.env,
    })
    const report = child.stdio[3] as Readable
    let text = ''
    let settled = false
    const timer = setTimeout(
      () => finish(new RuntimeError('SUPERVISOR_TIMEOUT', `the supervisor did not report the start of ${containerDir} in time`, { exitCode: 125 })),
      options.timeoutMs ?? 60_000,
    )
    const finish = (result: SpawnedSupervisor | Error): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      report.destroy()
      child.unref()
      if (result instanceof Error) reject(result)
      else resolve(result)
    }
    child.on('error', (err) =>
      finish(new RuntimeError('SUPERVISOR_SPAWN_FAILED', `cannot run ${supervisorBin}: ${err.message}`, { cause: err, exitCode: 125 })),
    )
    report.setEncoding('utf8')
    report.on('data', (chunk: string) => {
      text += chunk
      const nl = text.indexOf('\n')
      if (nl < 0) return
      const h = parseHandshake(text.slice(0, nl))
      if (h.ok) finish({ pid: h.pid, supervisorPid: child.pid! })
      else finish(new RuntimeError(START_CODES[h.exitCode] ?? 'CONTAINER_START_FAILED', h.message, { exitCode: h.exitCode }))
    })
    report.on('error', () => undefined)
    report.on('close', () => {
      if (settled) return
      // no line: the supervisor died before it could report (crash, killed)
      child.once('exit', (code, sig) =>
        finish(
          new RuntimeError('SUPERVISOR_FAILED', `the supervisor exited (${sig ?? `code ${code}`}) without reporting the start of ${containerDir}`, {
            exitCode: 125,
          }),
        ),
      )
      if (child.exitCode !== null || child.signalCode !== null) child.emit('exit', child.exitCode, child.signalCode)
    })
  })
}

export interface AttachOptions {
  /** Forward our stdin to the container. */
  readonly stdin?: boolean
  /** Replay the log so far before the live output (docker attach's logs=1). */
  readonly logs?: boolean
  /** The log path, for replay when the supervisor is already gone. */
  readonly logPath?: string
}

export interface Attached {
  readonly stdout: Readable
  readonly stderr: Readable
  /** To the container's stdin; end() is stdin EOF when the container has stdin_once. */
  readonly stdin: Writable
  /** The container's exit code once this run ended. */
  readonly exit: Promise<number>
  readonly tty: boolean
  /** Stops attaching (the container keeps running). */
  close(): void
}

const GONE = new Set(['ENOENT', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE'])

/**
 * Connects to a container's control.sock (raw errors; callers wrap them). Paths past
 * sun_path's 108 bytes go through /proc/self/fd, as long state roots make them.
 */
export function connectControlSocket(dir: string): Promise<Socket> {
  const path = join(dir, CONTROL_SOCKET)
  let dirFd: number | undefined
  let target = path
  if (Buffer.byteLength(path) > 100) {
    dirFd = openSync(dir, 'r')
    target = `/proc/self/fd/${dirFd}/${CONTROL_SOCKET}`
  }
  return new Promise((resolve, reject) => {
    const sock = connect({ path: target, allowHalfOpen: true })
    const done = (): void => {
      if (dirFd !== undefined) closeSync(dirFd)
      dirFd = undefined
    }
    sock.once('connect', () => {
      done()
      sock.removeAllListeners('error')
      resolve(sock)
    })
    sock.once('error', (err) => {
      done()
      reject(err)
    })
  })
}

/** Connected to one container's control socket (one connection per command). */
export class SupervisorClient {
  constructor(readonly dir: string) {}

  private async connect(): Promise<Socket> {
    try {
      return await connectControlSocket(this.dir)
    } catch (err) {
      throw this.wrap(err as NodeJS.ErrnoException)
    }
  }


  private wrap(err: NodeJS.ErrnoException): Error {
    if (err.code && GONE.has(err.code)) {
      return new RuntimeError('SUPERVISOR_GONE', `the supervisor of ${this.dir} is not running`, { cause: err })
    }
    return new RuntimeError('SUPERVISOR_UNREACHABLE', `cannot talk to the supervisor of ${this.dir}: ${err.message}`, { cause: err })
  }

  /** Sends one command line and resolves with the whole reply (without the final newline). */
  async request(line: string): Promise<string> {
    const sock = await this.connect()
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = []
      sock.on('data', (c: Buffer) => chunks.push(c))
      sock.on('error', (err: NodeJS.ErrnoException) => reject(this.wrap(err)))
      sock.on('end', () => {
        sock.destroy()
        const reply = Buffer.concat(chunks).toString('utf8').replace(/\n$/, '')
        if (reply === '') reject(new RuntimeError('SUPERVISOR_GONE', `the supervisor of ${this.dir} closed without replying to "${line}"`))
        else resolve(reply)
      })
      sock.write(`${line}\n`)
    })
  }

  private static check(reply: string): string {
    if (reply.startsWith('err ')) throw new RuntimeError('SUPERVISOR_REFUSED', reply.slice(4))
    return reply
  }

  private static exited(reply: string): number {
    const m = /^exited (-?\d+)$/.exec(SupervisorClient.check(reply))
    if (!m) throw new RuntimeError('SUPERVISOR_PROTOCOL', `unexpected supervisor reply "${reply.slice(0, 80)}"`)
    return Number(m[1])
  }

  async state(): Promise<SupervisorState> {
    const s = parseState(await this.request('state'))
    if (!s) throw new RuntimeError('SUPERVISOR_PROTOCOL', `unreadable state from the supervisor of ${this.dir}`)
    return s
  }

  /** Manual stop: signal, SIGKILL after timeoutSec (negative: never); resolves with the exit code. */
  async stop(signal: number, timeoutSec: number): Promise<number> {
    return SupervisorClient.exited(await this.request(`stop ${signal} ${Math.trunc(timeoutSec)}`))
  }

  /** Resolves with the exit code of the container's current run (now when it is not running). */
  async wait(): Promise<number> {
    return SupervisorClient.exited(await this.request('wait'))
  }

  async kill(signal: number): Promise<void> {
    const reply = await this.request(`kill ${signal}`)
    if (reply.startsWith('err ')) throw new RuntimeError('CONTAINER_NOT_RUNNING', `container ${this.dir} is not running`)
    SupervisorClient.check(reply)
  }

  async resize(rows: number, cols: number): Promise<void> {
    SupervisorClient.check(await this.request(`resize ${Math.trunc(rows)} ${Math.trunc(cols)}`))
  }

  /**
   * Attaches to the container's stdio. With `logs`, what the container printed before is
   * replayed first (from the log files up to the position the supervisor names, so nothing
   * is missed or doubled). When the supervisor is already gone, the log (with `logs`) and
   * the recorded exit code are all there is.
   */
  async attach(opts: AttachOptions = {}): Promise<Attached> {
    const stdout = new PassThrough()
    const stderr = new PassThrough()
    let sock: Socket
    try {
      sock = await this.connect()
    } catch (err) {
      if (!(err instanceof RuntimeError) || err.code !== 'SUPERVISOR_GONE') throw err
      return this.attachGone(opts, stdout, stderr)
    }
    const attached = new Promise<Attached>((resolve, reject) => {
      let head = Buffer.alloc(0)
      let tty = false
      let waitTty: Promise<number | undefined> | undefined
      let exitCode: number | undefined
      let resolveExit!: (code: number) => void
      const exit = new Promise<number>((r) => (resolveExit = r))
      const decoder = new FrameDecoder()
      const end = (): void => {
        stdout.end()
        stderr.end()
        if (exitCode !== undefined) return resolveExit(exitCode)
        // tty (no exit frame) or the supervisor went away: the recorded state has the code
        void (waitTty ?? Promise.resolve(undefined)).then((code) => resolveExit(code ?? readState(this.dir)?.exitCode ?? 255))
      }
      const onLive = (chunk: Buffer): void => {
        if (tty) {
          if (!stdout.write(chunk)) sock.pause()
          return
        }
        for (const f of decoder.push(chunk)) {
          if (f.stream === FRAME_EXIT) exitCode = parseExitPayload(f.payload)
          else if (!(f.stream === FRAME_STDERR ? stderr : stdout).write(f.payload)) sock.pause()
        }
      }
      stdout.on('drain', () => sock.resume())
      stderr.on('drain', () => sock.resume())
      const onHead = (chunk: Buffer): void => {
        head = Buffer.concat([head, chunk])
        const nl = head.indexOf(10)
        if (nl < 0) return
        const line = head.subarray(0, nl).toString('utf8')
        const rest = head.subarray(nl + 1)
        sock.off('data', onHead)
        const m = /^ok (\d+) (\d+) ([01]) ?(.*)$/.exec(line)
        if (!m) {
          sock.destroy()
          reject(new RuntimeError('SUPERVISOR_REFUSED', line.replace(/^err /, '')))
          return
        }
        tty = m[3] === '1'
        // a raw tty stream has no exit frame: a `wait` connection learns the code
        if (tty) waitTty = this.wait().catch(() => undefined)
        if (opts.logs && m[4]) {
          for (const e of readLogsUpTo(m[4], Number(m[1]), Number(m[2]))) {
            ;(e.stream === 'stderr' && !tty ? stderr : stdout).write(e.text)
          }
        }
        sock.on('data', onLive)
        if (rest.length) onLive(rest)
        resolve({ stdout, stderr, stdin, exit, tty, close: () => sock.destroy() })
      }
      const stdin = new Writable({
        write(chunk: Buffer, _enc, cb) {
          if (!opts.stdin || sock.destroyed) return cb()
          sock.write(chunk, () => cb())
        },
        final(cb) {
          if (opts.stdin && !sock.destroyed) sock.end()
          cb()
        },
      })
      sock.on('data', onHead)
      sock.on('error', () => sock.destroy())
      // the supervisor closes after the exit frame; our side stays half-open until we close it
      sock.on('end', () => sock.destroy())
      sock.on('close', end)
      sock.write(`attach ${opts.stdin ? 'stdin' : 'nostdin'} ${opts.logs ? 'logs' : 'nologs'}\n`)
    })
    return attached
  }

  private attachGone(opts: AttachOptions, stdout: PassThrough, stderr: PassThrough): Attached {
    if (opts.logs && opts.logPath) {
      for (const e of readLogsUpTo(opts.logPath, 0, 0)) (e.stream === 'stderr' ? stderr : stdout).write(e.text)
    }
    stdout.end()
    stderr.end()
    const stdin = new Writable({ write: (_c, _e, cb) => cb() })
    const code = readState(this.dir)?.exitCode ?? 255
    return { stdout, stderr, stdin, exit: Promise.resolve(code), tty: false, close: () => undefined }
  }
}
