import type { AttachIo } from '@tsc-compose/runtime'
import type { CommandContext } from './command.js'

/**
 * A foreground container's stdio (`container run`, `run`, `attach`): a raw terminal with
 * resize when it has a TTY and stdin, stdin only with -i. `restore` gives the terminal back.
 */
export function foregroundIo(ctx: CommandContext, tty: boolean, interactive: boolean): { io: AttachIo; restore: () => void } {
  const stdin = ctx.stdin
  const raw = tty && interactive && stdin.isTTY
  if (raw) stdin.setRawMode(true)
  const io: AttachIo = {
    stdout: ctx.stdout,
    stderr: ctx.stderr,
    ...(interactive ? { stdin } : {}),
    tty,
    onResize: (resize) => {
      if (!ctx.stdout.isTTY) return
      const send = (): void => resize(ctx.stdout.rows, ctx.stdout.columns)
      send()
      ctx.stdout.on('resize', send)
    },
  }
  return {
    io,
    restore: () => {
      if (raw) stdin.setRawMode(false)
      if (interactive) stdin.pause()
    },
  }
}

/** The signals `--sig-proxy` forwards to the container's process instead of acting on them. */
const PROXIED: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGUSR1', 'SIGUSR2', 'SIGQUIT']

/**
 * `--sig-proxy`: signals the CLI receives go to the container (`kill`, errors ignored: the
 * container may be gone already). Returns the function that stops proxying.
 */
export function proxySignals(enabled: boolean, kill: (signal: NodeJS.Signals) => Promise<unknown> | void): () => void {
  if (!enabled) return () => {}
  const proxy = (sig: NodeJS.Signals): void => void Promise.resolve(kill(sig)).catch(() => undefined)
  for (const s of PROXIED) process.on(s, proxy)
  return () => {
    for (const s of PROXIED) process.off(s, proxy)
  }
}

/** What followOutput needs of the runtime's containers. */
export interface OutputSource {
  kill(id: string, signal: string): Promise<unknown>
  wait(id: string): Promise<number>
  logs(id: string, o: { follow: boolean; since: Date }): AsyncIterable<{ stream: string; text: string }>
}

/**
 * Output-only attach (`attach --no-stdin`): what the container writes from now on, then its
 * exit code. The runtime's attach session replays the whole log first (right for `start -a`,
 * wrong for docker attach, which shows only new output), so without stdin the log is followed.
 */
export async function followOutput(containers: OutputSource, id: string, ctx: CommandContext, sigProxy: boolean): Promise<number> {
  const since = new Date()
  const unproxy = proxySignals(sigProxy, (sig) => containers.kill(id, sig))
  try {
    const exit = containers.wait(id)
    for await (const e of containers.logs(id, { follow: true, since })) (e.stream === 'stderr' ? ctx.stderr : ctx.stdout).write(e.text)
    return await exit
  } finally {
    unproxy()
  }
}
