import { Writable } from 'node:stream'
import { withContainerFs } from '@tsc-compose/runtime'
import { ComposeExecutionError } from '../../execute/execute-plan.js'
import { serviceImage } from '../../plan/naming.js'
import type { ObservedContainer } from '../../plan/observed.js'
import type { ProjectSession } from '../session.js'
import { up } from '../up.js'
import { applySync } from './sync-files.js'
import { quoteList } from './watch-plan.js'
import type { WatchActions, WatchLog } from './watch-engine.js'

/** The slices of the runtime watching uses (openRuntime() gives them), typed structurally. */
export interface WatchRuntime {
  readonly paths: never
  readonly containers: {
    restart(ref: string, timeoutSeconds?: number): Promise<unknown>
    exec(ref: string, o: { cmd: readonly string[]; env?: readonly string[]; user?: string; workdir?: string; privileged?: boolean; tty?: boolean; interactive?: boolean }): Promise<number>
  }
  readonly images: {
    inspect(ref: string): Promise<{ RepoTags: readonly string[] }>
    remove(ref: string): Promise<unknown>
  }
}

export interface RuntimeActionsOptions {
  readonly session: ProjectSession
  readonly runtime: WatchRuntime
  readonly log: WatchLog
  /** `--prune` (docker compose's default): drop the image a rebuild left without a name. */
  readonly prune: boolean
  /** `--quiet`: no build output. */
  readonly quiet: boolean
  /** Restart/recreate stop timeout. */
  readonly timeoutSeconds?: number
}

const isUp = (c: ObservedContainer): boolean => c.state === 'running' || c.state === 'restarting' || c.state === 'paused'

/** Line-buffered writer into the watch log (build output). */
function logWriter(log: WatchLog): Writable {
  let buf = ''
  return new Writable({
    write(chunk: Buffer, _enc, cb) {
      buf += chunk.toString()
      const lines = buf.split('\n')
      buf = lines.pop() ?? ''
      for (const l of lines) if (l.trim()) log.info(l)
      cb()
    },
    final(cb) {
      if (buf.trim()) log.info(buf)
      cb()
    },
  })
}

/** WatchActions on the real runtime and the project's containers. */
export function runtimeWatchActions(o: RuntimeActionsOptions): WatchActions {
  const { session, runtime, log } = o
  const { project, host } = session
  const model = project.model
  const containersOf = async (service: string, running: boolean): Promise<ObservedContainer[]> =>
    (await host.listProjectContainers(model.name)).filter((c) => c.service === service && !c.oneoff && (!running || isUp(c)))

  return {
    async sync(service, mappings, skip) {
      // Stopped containers too, as docker compose's sync does: the next start sees the files.
      for (const c of await containersOf(service, false)) {
        try {
          await withContainerFs(runtime as never, c.id, (view) => applySync(view.root, mappings, skip))
        } catch (err) {
          // Its /proc/<pid>/root went away: the container stopped while we copied.
          if ((err as NodeJS.ErrnoException).code === 'ENOENT' && /^\/proc\/\d+\/root/.test((err as NodeJS.ErrnoException).path ?? '')) {
            throw new ComposeExecutionError('COMPOSE_WATCH_CONTAINER_STOPPED', `syncing service "${service}": container ${c.name} stopped while its files were being copied`, { exitCode: 1, cause: err, hint: `see its logs: tsc-compose logs ${service}` })
          }
          throw err
        }
      }
    },

    async restart(services) {
      await Promise.all(services.map(async (s) => {
        for (const c of await containersOf(s, false)) await runtime.containers.restart(c.id, o.timeoutSeconds)
      }))
    },

    async exec(service, hook) {
      await Promise.all((await containersOf(service, true)).map(async (c) => {
        const code = await runtime.containers.exec(c.id, {
          cmd: hook.command,
          env: hook.environment,
          ...(hook.user ? { user: hook.user } : {}),
          ...(hook.workingDir ? { workdir: hook.workingDir } : {}),
          privileged: Boolean(hook.privileged),
          tty: false,
          interactive: false,
        })
        if (code !== 0) throw new ComposeExecutionError('COMPOSE_WATCH_EXEC_FAILED', `exec hook of service "${service}" in ${c.name} failed: exit code ${code}`, { exitCode: 1 })
      }))
    },

    async rebuild(services) {
      log.info(`Rebuilding service(s) ${quoteList(services)} after changes were detected...`)
      if (!host.buildImage) throw new ComposeExecutionError('COMPOSE_BUILD_UNSUPPORTED', 'this host cannot build images')
      const previous = new Map<string, string | undefined>()
      try {
        for (const s of services) {
          const svc = model.services[s]!
          const image = serviceImage(model.name, s, svc)
          previous.set(image, await host.imageId(image))
          const output = o.quiet ? undefined : logWriter(log)
          await host.buildImage({ service: s, image, build: svc.build!, ...(output ? { output } : {}) })
          output?.end()
        }
      } catch (err) {
        log.info(`Build failed. Error: ${(err as Error).message}`)
        throw err
      }
      log.info(`service(s) ${quoteList(services)} successfully built`)
      try {
        // Recreated whatever the image (docker compose forces it); dependencies untouched.
        await up(session, { services, noDeps: true, recreate: 'force', timeoutSeconds: o.timeoutSeconds })
      } catch (err) {
        log.info(`Failed to recreate services after update. Error: ${(err as Error).message}`)
        throw err
      }
      if (o.prune) await pruneReplaced(runtime, host, previous)
    },
  }
}

/**
 * `--prune`: the image a rebuild replaced, once nothing names it and no container uses it
 * (docker compose removes such dangling images of the project after each rebuild).
 */
async function pruneReplaced(runtime: WatchRuntime, host: ProjectSession['host'], previous: ReadonlyMap<string, string | undefined>): Promise<void> {
  for (const [image, oldId] of previous) {
    if (!oldId || (await host.imageId(image)) === oldId) continue
    try {
      const info = await runtime.images.inspect(oldId)
      if (info.RepoTags.length > 0) continue
      await runtime.images.remove(oldId)
    } catch {
      // Still used (a one-off container, another project): it stays, as with docker.
    }
  }
}
