import { join } from 'node:path'
import { supervisorPath } from '../native/load.js'
import { logPath } from './inspect.js'
import { isSupervisorAlive, readState, type SupervisorState } from './state-file.js'
import { SupervisorClient } from './supervisor-client.js'
import { spawnSupervisor } from './supervisor-spawn.js'
import { attachSession } from './attach-session.js'
import type { AttachIo, RuntimeState, SupervisorPort } from './supervisor-port.js'
import { ZERO_TIME } from './status.js'

function toRuntimeState(s: SupervisorState, supervised: boolean): RuntimeState {
  return {
    status: s.status,
    pid: s.pid,
    supervisorPid: s.supervisorPid,
    exitCode: s.exitCode,
    error: s.error,
    oomKilled: s.oomKilled,
    startedAt: s.startedAt || ZERO_TIME,
    finishedAt: s.finishedAt || ZERO_TIME,
    restartCount: s.restartCount,
    ...(s.health.status !== 'none'
      ? {
          health: {
            Status: s.health.status,
            FailingStreak: s.health.failingStreak,
            Log: s.health.log.map((e) => ({ Start: e.start, End: e.end, ExitCode: e.exitCode, Output: e.output })),
          },
        }
      : {}),
    supervised,
  }
}

/** SupervisorPort over B's supervisor-client and state-file. */
export class NativeSupervisorPort implements SupervisorPort {
  async spawn(dir: string, specPath: string, opts: { attach?: AttachIo }): Promise<{ pid: number; attached?: Promise<number> }> {
    const { pid } = await spawnSupervisor(supervisorPath(), specPath, dir)
    if (!opts.attach) return { pid }
    return { pid, attached: this.attach(dir, opts.attach) }
  }

  state(dir: string): RuntimeState | undefined {
    // One /proc check per call (readState asks for running states, and we need it for all):
    // `ps` of a 300-container project read each supervisor's stat and cmdline twice.
    let alive: boolean | undefined
    const isAlive = (pid: number): boolean => (alive ??= isSupervisorAlive(pid))
    const s = readState(dir, { isAlive })
    return s ? toRuntimeState(s, isAlive(s.supervisorPid)) : undefined
  }

  async stop(dir: string, signal: number, timeoutSeconds: number): Promise<void> {
    await new SupervisorClient(dir).stop(signal, timeoutSeconds)
  }

  async kill(dir: string, signal: number): Promise<void> {
    await new SupervisorClient(dir).kill(signal)
  }

  async attach(dir: string, io: AttachIo): Promise<number> {
    return attachSession(dir, io, logPath(dir, dir.split('/').pop()!))
  }

  async waitGone(dir: string, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const s = readState(dir, { isAlive: () => true })
      if (!s || !isSupervisorAlive(s.supervisorPid)) return true
      if (Date.now() > deadline) return false
      await new Promise((r) => setTimeout(r, 2))
    }
  }

  async waitExit(dir: string, signal?: AbortSignal): Promise<RuntimeState> {
    const wait = new SupervisorClient(dir).wait().catch(() => undefined)
    if (signal) await Promise.race([wait, new Promise((r) => signal.addEventListener('abort', r, { once: true }))])
    else await wait
    // The reply can come before state.json records the exit: give the file a moment.
    for (let i = 0; i < 100; i++) {
      const s = this.state(dir)
      if (!s) break
      if (s.status !== 'running' || !s.supervised) return s
      await new Promise((r) => setTimeout(r, 2))
    }
    const s = this.state(dir)
    return s ?? (await Promise.reject(new Error(`no state in ${join(dir)}`)))
  }
}
