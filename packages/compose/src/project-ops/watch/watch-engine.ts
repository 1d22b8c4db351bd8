import { existsSync, type Stats } from 'node:fs'
import { dirname } from 'node:path'
import { ChangeBatcher, type Timers } from './debounce.js'
import { isEmptyPlan, planBatch, quoteList, syncMessage, type WatchBatchPlan } from './watch-plan.js'
import { isChildPath } from './path-matcher.js'
import { matchRule, type PathMapping, type WatchExecHook, type WatchRule, type WatchSetup } from './watch-rules.js'

/** The effects a batch needs; the runtime's are in runtime-actions.ts, tests pass fakes. */
export interface WatchActions {
  /** Copies/deletes in every container of the service. `skip`: ignored paths inside a copied directory. */
  sync(service: string, mappings: readonly PathMapping[], skip: (hostPath: string) => boolean): Promise<void>
  rebuild(services: readonly string[]): Promise<void>
  restart(services: readonly string[]): Promise<void>
  exec(service: string, hook: WatchExecHook): Promise<void>
}

/** The watch logger: docker compose prints these lines with its `⦿` marker. */
export interface WatchLog {
  info(message: string): void
  warn(message: string): void
}

/** What watching needs from a file watcher (chokidar's FSWatcher, or a fake). */
export interface FileWatcher {
  on(event: 'all', fn: (event: string, path: string) => void): unknown
  on(event: 'error', fn: (err: unknown) => void): unknown
  on(event: 'ready', fn: () => void): unknown
  close(): Promise<void>
}

export type WatcherFactory = (paths: readonly string[], ignored: (path: string, stats?: Stats) => boolean) => FileWatcher

export interface WatchEngineOptions {
  readonly setup: WatchSetup
  readonly actions: WatchActions
  readonly log: WatchLog
  /** chokidar by default (loaded only here, so no other command pays for it). */
  readonly createWatcher?: WatcherFactory
  readonly quietMs?: number
  readonly timers?: Timers
  /** Called after each batch (tests, the benchmark). */
  readonly onBatchDone?: (plan: WatchBatchPlan) => void
}

/**
 * What the file watcher may skip without looking: paths no rule can use. A directory is
 * skipped only when every rule covering it ignores it whole (node_modules, .git...), which
 * keeps inotify watches off the trees that hit the kernel's limits. Pure.
 */
export function watcherIgnores(rules: readonly WatchRule[], path: string, stats?: Pick<Stats, 'isDirectory'>): boolean {
  const covering = rules.filter((r) => isChildPath(r.path, path))
  if (covering.length === 0) {
    // An ancestor of a watched path (chokidar watches a file's directory) stays.
    return !rules.some((r) => isChildPath(path, r.path))
  }
  if (!stats || stats.isDirectory()) return covering.every((r) => r.path !== path && r.ignore.matchesEntireDir(path))
  return covering.every((r) => matchRule(r, path) === undefined)
}

/**
 * Where to watch from: each path, or its nearest existing ancestor when it does not exist
 * yet (a directory made later is then seen being created; docker compose does the same).
 */
export function watchRoots(paths: readonly string[], exists: (p: string) => boolean = existsSync): string[] {
  const roots = new Set<string>()
  for (const p of paths) {
    let at = p
    while (!exists(at) && dirname(at) !== at) at = dirname(at)
    roots.add(at)
  }
  return [...roots]
}

async function chokidarWatcher(paths: readonly string[], ignored: (path: string, stats?: Stats) => boolean): Promise<FileWatcher> {
  const { watch } = await import('chokidar')
  // ignoreInitial: what exists is the starting point (initial_sync copies it when asked).
  return watch([...paths], { ignoreInitial: true, ignored, persistent: true }) as unknown as FileWatcher
}

export class WatchEngine {
  private watcher: FileWatcher | undefined
  private readonly batcher: ChangeBatcher
  private stopped = false

  constructor(private readonly opts: WatchEngineOptions) {
    this.batcher = new ChangeBatcher({
      quietMs: opts.quietMs,
      timers: opts.timers,
      onBatch: async (paths) => {
        await this.handleBatch(paths)
      },
      onError: (err) => opts.log.warn(`Error handling changed files: ${(err as Error).message}`),
    })
  }

  /** Starts watching; resolves once the watcher has its paths in place ("Watch enabled"). */
  async start(): Promise<void> {
    const { setup } = this.opts
    const ignored = (p: string, st?: Stats): boolean => watcherIgnores(setup.rules, p, st)
    const roots = watchRoots(setup.paths)
    const watcher = this.opts.createWatcher ? this.opts.createWatcher(roots, ignored) : await chokidarWatcher(roots, ignored)
    this.watcher = watcher
    await new Promise<void>((resolve, reject) => {
      watcher.on('ready', () => resolve())
      watcher.on('error', (err) => {
        if (this.stopped) return
        this.opts.log.warn(`Watch error: ${(err as Error).message ?? String(err)}`)
        reject(err)
      })
    }).catch(async (err) => {
      await watcher.close()
      throw err
    })
    watcher.on('all', (_event, path) => this.batcher.add(path))
    this.opts.log.info('Watch enabled')
  }

  /** Feeds a change by hand (the watcher does it otherwise). */
  notify(path: string): void {
    this.batcher.add(path)
  }

  /** Resolves when the batch being handled (if any) is done. */
  idle(): Promise<void> {
    return this.batcher.idle()
  }

  async stop(): Promise<void> {
    if (this.stopped) return
    this.stopped = true
    await this.watcher?.close()
    await this.batcher.close()
    this.opts.log.info('Watch disabled')
  }

  /** docker compose's order: rebuild, sync, restart, then the exec hooks. */
  async handleBatch(paths: readonly string[]): Promise<WatchBatchPlan> {
    const { actions, log, setup } = this.opts
    const plan = planBatch(setup.rules, paths)
    if (isEmptyPlan(plan)) return plan
    if (paths.length > 1000) log.info('Large batch of file changes detected. If you just switched branches, this is expected.')
    if (plan.rebuild.length > 0) await actions.rebuild(plan.rebuild)
    for (const [service, mappings] of plan.sync) {
      log.info(syncMessage(service, mappings))
      const rules = setup.rules.filter((r) => r.service === service)
      await actions.sync(service, mappings, (p) => rules.every((r) => matchRule(r, p) === undefined))
    }
    if (plan.restart.length > 0) {
      await actions.restart(plan.restart)
      log.info(`service(s) ${quoteList(plan.restart)} restarted`)
    }
    for (const [service, rules] of plan.exec) {
      for (const r of rules) await actions.exec(service, r.exec!)
    }
    this.opts.onBatchDone?.(plan)
    return plan
  }
}
