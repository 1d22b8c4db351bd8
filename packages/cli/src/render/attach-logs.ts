import type { Project, ProjectSession } from '@tsc-compose/compose'
import type { CommandContext } from '../command.js'
import { useColor } from './color.js'
import { LogPrefixer } from './log-prefix.js'
import { stop, upStopScope } from './stop-project.js'

export interface AttachProjectOptions {
  readonly session: ProjectSession
  readonly project: Project
  readonly runtime: { containers: { logs(ref: string, o: object): AsyncIterable<{ stream: 'stdout' | 'stderr'; time: string; text: string }>; kill(ref: string, signal?: string): Promise<unknown> } }
  readonly compose: typeof import('@tsc-compose/compose')
  readonly containers: Map<string, string[]>
  readonly services: readonly string[]
  readonly abortOnExit: boolean
  readonly abortOnFailure: boolean
  readonly exitCodeFrom?: string
  readonly attach?: readonly string[]
  readonly noAttach?: readonly string[]
  readonly timestamps: boolean
  readonly noLogPrefix: boolean
  readonly noColor: boolean
  readonly timeoutSeconds?: number
  /** `up --watch`: attached until Ctrl-C even once every container exited (watch restarts and recreates them). */
  readonly untilInterrupted?: boolean
}

/**
 * Attached `up`: interleaved, prefixed logs of the project until every attached container
 * has exited, or Ctrl-C (graceful stop; a second Ctrl-C kills), or --abort-on-container-exit.
 */
export async function attachProject(ctx: CommandContext, o: AttachProjectOptions): Promise<number> {
  const { compose, session, project } = o
  const all = Object.keys(project.model.services)
  // `attach` set (even empty: every service opted out) is the whole choice, made by the caller.
  const chosen = new Set((o.attach ?? (o.services.length ? o.services : all)).filter((s) => !(o.noAttach ?? []).includes(s)))
  // What `up` waits for, apart from what it shows (docker compose's monitor): the named
  // services' containers (`up --attach-dependencies web` ends when web does), else the
  // attached ones, else every service.
  const monitored = new Set(o.services.length ? o.services : chosen.size ? chosen : all)
  const prefixer = new LogPrefixer({ noColor: !useColor(ctx, o.noColor), noPrefix: o.noLogPrefix, timestamps: o.timestamps }, [...new Set([...chosen, ...monitored])].map((s) => `${s}-1`))
  const controller = new AbortController()
  let exitCode = 0
  let exitCodeFrom = o.exitCodeFrom
  let stopping: Promise<void> | undefined
  const running = new Set<string>()
  for (const s of monitored) for (const id of o.containers.get(s) ?? []) running.add(id)
  // What Ctrl-C and --abort-on-container-exit stop, and a second Ctrl-C kills: the named
  // services only (their dependencies keep running, as in docker compose), else the project.
  const stopScope = upStopScope(o.services, all)

  const stopAll = (reason?: string): Promise<void> => {
    if (stopping) return stopping
    if (reason) ctx.stderr.write(`${reason}\n`)
    stopping = (async () => {
      try {
        await stop(ctx, session, compose, o.timeoutSeconds, stopScope)
      } finally {
        // A failed stop still ends the log stream: its error is then the command's.
        controller.abort()
      }
    })()
    // Awaited below once the logs end; until then a failure must not be an unhandled rejection.
    stopping.catch(() => undefined)
    return stopping
  }
  let interrupts = 0
  const onSigint = (): void => {
    interrupts += 1
    if (interrupts === 1) {
      exitCode = 130
      void stopAll('Gracefully stopping... (press Ctrl+C again to force)')
    } else {
      ctx.stderr.write('Killing...\n')
      void (async () => {
        for (const id of new Set(stopScope.flatMap((s) => o.containers.get(s) ?? []))) await o.runtime.containers.kill(id, 'SIGKILL').catch(() => {})
        controller.abort()
      })()
    }
  }
  process.on('SIGINT', onSigint)
  process.on('SIGTERM', onSigint)
  try {
    await compose.followProjectLogs({
      project: project.model.name,
      host: session.host,
      services: new Set([...chosen, ...monitored]),
      follow: true,
      timestamps: o.timestamps,
      signal: controller.signal,
      readLogs: (id, opts) => o.runtime.containers.logs(id, { follow: opts.follow, since: opts.since, signal: opts.signal }),
      onLine: (l) => {
        if (chosen.has(l.service)) (l.stream === 'stderr' && o.noLogPrefix ? ctx.stderr : ctx.stdout).write(prefixer.format(l.service, l.source, l.text, l.time))
      },
      onExit: (c) => {
        if (!monitored.has(c.service)) return
        running.delete(c.id)
        ctx.stdout.write(prefixer.format(c.service, compose.sourceName(c), `exited with code ${c.exitCode ?? 0}`))
        if (exitCodeFrom === c.service) exitCode = c.exitCode ?? 0
        if (o.abortOnExit || (o.abortOnFailure && (c.exitCode ?? 0) !== 0)) {
          // docker compose: without --exit-code-from, the service whose exit aborted the
          // stack gives the exit code (the containers stopped by the abort do not).
          if (exitCodeFrom === undefined) {
            exitCodeFrom = c.service
            exitCode = c.exitCode ?? 0
          }
          void stopAll('Aborting on container exit...')
        } else if (running.size === 0 && !o.untilInterrupted) controller.abort()
      },
    })
    if (stopping) await stopping
  } finally {
    process.off('SIGINT', onSigint)
    process.off('SIGTERM', onSigint)
  }
  return exitCode
}
