import { readFileSync } from 'node:fs'
import type { ProjectSession } from '../session.js'
import { runtimeWatchActions, type WatchRuntime } from './runtime-actions.js'
import { initialSyncMappings } from './sync-files.js'
import { WatchEngine, type WatchActions, type WatchLog, type WatcherFactory } from './watch-engine.js'
import { matchRule, watchRules, type WatchRulesIo, type WatchSetup } from './watch-rules.js'

export interface WatchProjectOptions {
  readonly session: ProjectSession
  readonly runtime: WatchRuntime
  /** Services named on the command line; empty = all. */
  readonly services: readonly string[]
  readonly log: WatchLog
  readonly prune?: boolean
  readonly quiet?: boolean
  readonly timeoutSeconds?: number
  /** Tests: other effects or another file watcher. */
  readonly actions?: WatchActions
  readonly createWatcher?: WatcherFactory
  readonly quietMs?: number
}

export const nodeWatchIo: WatchRulesIo = {
  readFile(path) {
    try {
      return readFileSync(path, 'utf8')
    } catch {
      return undefined
    }
  },
}

/**
 * The rules of the selected services, checked before anything runs: `up --watch` and
 * `watch` fail fast on a service without `develop.watch` or a rebuild rule without `build:`.
 */
export function watchSetup(session: ProjectSession, services: readonly string[], io: WatchRulesIo = nodeWatchIo): WatchSetup {
  return watchRules(session.project, services, io)
}

/**
 * `watch` / `up --watch`: runs the initial syncs, then watches the rules' paths until
 * `stop()`. Batches that fail are reported and watching goes on, as docker compose does.
 */
export async function watchProject(o: WatchProjectOptions, setup: WatchSetup = watchSetup(o.session, o.services)): Promise<WatchEngine> {
  for (const w of setup.warnings) o.log.warn(w)
  const actions = o.actions ?? runtimeWatchActions({ session: o.session, runtime: o.runtime, log: o.log, prune: o.prune ?? true, quiet: Boolean(o.quiet), timeoutSeconds: o.timeoutSeconds })
  for (const rule of setup.rules) {
    if (!rule.initialSync || rule.action === 'rebuild' || rule.action === 'restart') continue
    const service = o.session.project.model.services[rule.service]!
    const mappings = initialSyncMappings(rule, service)
    if (mappings.length === 0) continue
    await actions.sync(rule.service, mappings, (p) => matchRule(rule, p) === undefined)
  }
  const engine = new WatchEngine({ setup, actions, log: o.log, ...(o.createWatcher ? { createWatcher: o.createWatcher } : {}), ...(o.quietMs !== undefined ? { quietMs: o.quietMs } : {}) })
  await engine.start()
  return engine
}
