/**
 * The TypeScript side of the per-container supervisor (native/supervisor/supervise.c).
 *
 * Start: see supervisor-spawn.ts (the handshake line is parsed here).
 *
 * Control: `<dir>/control.sock` takes one command line per connection (see control.c):
 * state | stop <sig> <timeout-s> | wait | kill <sig> | resize <rows> <cols> |
 * attach <stdin|nostdin> <logs|nologs>. Replies are one line (`ok`, `exited <code>`,
 * `err <message>`, the state JSON); attach then streams docker-multiplexed frames (raw bytes
 * with a tty) and takes stdin from the client: attach-session.ts is its client.
 */
import { closeSync, openSync } from 'node:fs'
import { connect, type Socket } from 'node:net'
import { join } from 'node:path'
import { RuntimeError } from '../errors.js'
import { parseState, type SupervisorState } from './state-file.js'

export const CONTROL_SOCKET = 'control.sock'

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
}
