/**
 * Starting a container's supervisor: `tsc-supervisor run <spec>` in its own session (no Node
 * process stays per container) with its fd 3 connected to us; it answers one line there,
 * `ok <container pid>` or `err <125|126|127> <message>`, then goes on alone.
 */
import { RuntimeError } from '../errors.js'
import { spawnDetached } from '../native/spawn.js'
import { parseHandshake, type SpawnedSupervisor, type SpawnOptions } from './supervisor-client.js'

/** Error codes by docker's start exit codes. */
const START_CODES: Record<number, string> = {
  125: 'CONTAINER_START_FAILED',
  126: 'CONTAINER_CMD_NOT_EXECUTABLE',
  127: 'CONTAINER_CMD_NOT_FOUND',
}

/**
 * Starts the supervisor for a container and waits for its start report. Resolves with the
 * container's pid once the process exec'd; rejects with a RuntimeError whose exitCode is
 * 125, 126 or 127 like docker's.
 */
export async function spawnSupervisor(supervisorBin: string, specPath: string, containerDir: string, options: SpawnOptions = {}): Promise<SpawnedSupervisor> {
  let child
  try {
    child = await spawnDetached(supervisorBin, ['run', specPath], { cwd: containerDir, env: options.env ?? process.env })
  } catch (err) {
    throw new RuntimeError('SUPERVISOR_SPAWN_FAILED', `cannot run ${supervisorBin}: ${(err as Error).message}`, { cause: err, exitCode: 125 })
  }
  const { pid: supervisorPid, report } = child
  return new Promise((resolve, reject) => {
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
      if (result instanceof Error) reject(result)
      else resolve(result)
    }
    report.setEncoding('utf8')
    report.on('data', (chunk: string) => {
      text += chunk
      const nl = text.indexOf('\n')
      if (nl < 0) return
      const h = parseHandshake(text.slice(0, nl))
      if (h.ok) finish({ pid: h.pid, supervisorPid })
      else finish(new RuntimeError(START_CODES[h.exitCode] ?? 'CONTAINER_START_FAILED', h.message, { exitCode: h.exitCode }))
    })
    report.on('error', () => undefined)
    // No line: the supervisor died before it could report (crash, killed).
    report.on('close', () => finish(new RuntimeError('SUPERVISOR_FAILED', `the supervisor exited without reporting the start of ${containerDir}`, { exitCode: 125 })))
  })
}
