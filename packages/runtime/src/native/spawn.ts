import { Socket } from 'node:net'
import { toKernelError } from './fs.js'
import { loadBinding } from './load.js'

interface SpawnBinding {
  spawnDetached(file: string, argv: string[], cwd: string, env: string[], passFd?: number): Promise<{ pid: number; fd: number }>
  runCaptured(file: string, argv: string[], input?: Buffer): Promise<{ code: number; signal: number; stdout: Buffer; stderr: Buffer }>
}

export interface DetachedChild {
  readonly pid: number
  /** The child's fd 3, readable here: the helper reports on it, then closes it. */
  readonly report: Socket
}

/**
 * Starts `file` in its own session with stdio on /dev/null and a report pipe on its fd 3
 * (native/src/spawn.cc: posix_spawn on the thread pool, no fork of this process). The addon reaps the child when
 * it exits, without keeping the event loop alive; so no Node process stays per container.
 * `passFd` becomes the child's fd 4 (it must stay open here until this resolves).
 */
export async function spawnDetached(file: string, args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; passFd?: number } = {}): Promise<DetachedChild> {
  const env = Object.entries(opts.env ?? process.env).flatMap(([k, v]) => (v === undefined ? [] : [`${k}=${v}`]))
  let child: { pid: number; fd: number }
  try {
    child = await loadBinding<SpawnBinding>().spawnDetached(file, [file, ...args], opts.cwd ?? '', env, opts.passFd ?? -1)
  } catch (err) {
    throw toKernelError(err, 'posix_spawn', file)
  }
  return { pid: child.pid, report: new Socket({ fd: child.fd, readable: true, writable: false }) }
}

export interface CapturedRun {
  /** Exit status; -1 when killed by a signal. */
  readonly code: number
  readonly signal: number
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs `file` (looked up in PATH) with `args` to completion on the thread pool (spawn, stdin
 * fed from `input`, stdout/stderr collected, wait): nothing of it on the JS thread. For short
 * tools like nft. Rejects with a KernelError (ENOENT when the tool is not installed).
 */
export async function runCaptured(file: string, args: readonly string[], input?: string): Promise<CapturedRun> {
  let r
  try {
    r = await loadBinding<SpawnBinding>().runCaptured(file, [file, ...args], input === undefined ? undefined : Buffer.from(input))
  } catch (err) {
    throw toKernelError(err, 'posix_spawn', file)
  }
  return { code: r.code, signal: r.signal, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') }
}
