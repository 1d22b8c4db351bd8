/**
 * Mounts the dashboard on the terminal. Loaded by run.ts only, after it hid the CI variables
 * from Ink (see there).
 */
import { render } from 'ink'
import { createElement } from 'react'
import { App } from './App.js'
import { createRuntimeSource, type DashboardCompose, type DashboardRuntime, type DashboardSource } from './data-source.js'

export interface RunDashboardOptions {
  readonly project: string
  readonly runtime: DashboardRuntime
  readonly compose: DashboardCompose
  /** Only these services; all when empty. */
  readonly services: readonly string[]
  readonly tail: number
  readonly pollMs?: number
  readonly stdout: NodeJS.WriteStream
  readonly stdin: NodeJS.ReadStream
}

/** How long quitting waits for log readers to let go of their files and watchers. */
const CLOSE_WAIT_MS = 2000

// The alternate screen: the dashboard owns the whole terminal while it runs and the user's
// scrollback comes back untouched when it quits.
const ENTER_ALT_SCREEN = '\x1b[?1049h\x1b[H'
const LEAVE_ALT_SCREEN = '\x1b[?1049l'

/** Runs until the user quits; resolves with the exit code. The stack keeps running. */
export async function mountDashboard(o: RunDashboardOptions): Promise<number> {
  const base = createRuntimeSource({
    project: o.project,
    runtime: o.runtime,
    compose: o.compose,
    ...(o.services.length ? { services: new Set(o.services) } : {}),
  })
  const following = new Set<Promise<void>>()
  const source: DashboardSource = {
    ...base,
    followLogs(req) {
      const p = base.followLogs(req)
      following.add(p)
      return p
    },
  }
  o.stdout.write(ENTER_ALT_SCREEN)
  const leave = (): void => {
    o.stdout.write(LEAVE_ALT_SCREEN)
  }
  // A crash must not leave the terminal on the alternate screen.
  process.once('exit', leave)
  const app = render(createElement(App, { source, tail: o.tail, pollMs: o.pollMs, focusService: o.services.length === 1 ? o.services[0] : undefined }), {
    stdout: o.stdout,
    stdin: o.stdin,
    exitOnCtrlC: false,
    patchConsole: true,
  })
  // Signals from outside (kill, a closing terminal) quit like q does.
  const quit = (): void => app.unmount()
  process.on('SIGINT', quit)
  process.on('SIGTERM', quit)
  process.on('SIGHUP', quit)
  try {
    await app.waitUntilExit()
  } finally {
    for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.off(s, quit)
    app.cleanup()
    process.off('exit', leave)
    leave()
  }
  let timer: NodeJS.Timeout | undefined
  await Promise.race([Promise.allSettled(following), new Promise((r) => (timer = setTimeout(r, CLOSE_WAIT_MS)))])
  clearTimeout(timer)
  return 0
}
