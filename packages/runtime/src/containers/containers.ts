import { rmSync, readdirSync, writeFileSync } from 'node:fs'
import { totalmem } from 'node:os'
import { join } from 'node:path'
import { RuntimeError } from '../errors.js'
import { tryLock, unlinkLock, withLock } from '../state/lock.js'
import type { StatePaths } from '../state/paths.js'
import { validateName, isFullId } from '../state/ids.js'
import type { NameIndex } from '../state/name-index.js'
import { formatBytes } from '../util/index.js'
import type { ContainerRecord, CreateOptions } from './config.js'
import { RECORD_FILE } from './record-store.js'
import { readJsonIfExists } from '../state/atomic.js'
import { execArgs, runExec, type ExecOptions } from './exec.js'
import { toInspect, logPath, type ContainerInspect } from './inspect.js'
import { filterContainers, preFilterRecords, summarize, type ContainerSummary, type ListFilter } from './list.js'
import { CONTAINER_NOT_RUNNING, type ContainerManager, type RemoveOptions } from './manager.js'
import { cpuPercent, formatStats, systemCpuNs, type ContainerStats, type CpuSample } from './stats.js'
import { containerName, isRunning, PAUSED_FILE } from './status.js'
import type { AttachIo, RuntimeState } from './supervisor-port.js'
import { top } from './top.js'
import { updateContainer, type UpdateOptions, type UpdateResult } from './update.js'
import type { ImageStore } from '../images/store.js'
import { readLogs, type LogEntry, type LogReadOptions } from './log-reader.js'

export interface RunOptions {
  readonly detach?: boolean
  /** stdio for a foreground run; required unless detach. */
  readonly io?: AttachIo
  /** Told the id as soon as the container exists (signal proxying). */
  readonly onCreated?: (id: string) => void
}

export interface RunResult {
  readonly id: string
  /** Container exit code (foreground), 0 when detached. */
  readonly exitCode: number
}

/**
 * The typed container API (`runtime.containers`): what the CLI and the compose engine call.
 * Lifecycle lives in ContainerManager; this adds run, queries and the per-container tools.
 */
export class Containers {
  constructor(
    private readonly m: ContainerManager,
    private readonly paths: StatePaths,
    private readonly names: NameIndex,
    private readonly images: () => ImageStore,
  ) {}

  create(opts: CreateOptions): Promise<ContainerRecord> {
    return this.m.create(opts)
  }

  async start(ref: string): Promise<ContainerRecord> {
    return (await this.m.start(ref)).rec
  }

  /**
   * docker run: create, start (attached unless detached), wait, and for --rm remove. A
   * start that fails removes the container (nothing is left behind on bad input).
   */
  async run(opts: CreateOptions, r: RunOptions): Promise<RunResult> {
    const rec = await this.m.create(opts)
    r.onCreated?.(rec.Id)
    let attached: Promise<number> | undefined
    try {
      ;({ attached } = await this.m.start(rec.Id, r.detach ? undefined : r.io))
    } catch (err) {
      await this.m.remove(rec.Id, { force: true, volumes: true }).catch(() => undefined)
      throw err
    }
    if (r.detach) return { id: rec.Id, exitCode: 0 }
    const exitCode = attached ? await attached : await this.m.wait(rec.Id)
    if (opts.autoRemove) await this.m.remove(rec.Id, { force: true, volumes: true }).catch((e) => { if (process.env.TSC_DEBUG) console.error(e) })
    return { id: rec.Id, exitCode }
  }

  stop(ref: string, timeoutSeconds?: number): Promise<ContainerRecord> {
    return this.m.stop(ref, timeoutSeconds)
  }

  async restart(ref: string, timeoutSeconds?: number): Promise<ContainerRecord> {
    await this.m.stop(ref, timeoutSeconds)
    return this.start(ref)
  }

  kill(ref: string, signal?: string): Promise<ContainerRecord> {
    return this.m.kill(ref, signal)
  }

  wait(ref: string, signal?: AbortSignal): Promise<number> {
    return this.m.wait(ref, signal)
  }

  attach(ref: string, io: AttachIo): Promise<number> {
    return this.m.attach(ref, io)
  }

  remove(ref: string, opts?: RemoveOptions): Promise<ContainerRecord> {
    return this.m.remove(ref, opts)
  }

  get(ref: string): ContainerRecord {
    return this.m.records.resolve(ref)
  }

  find(ref: string): ContainerRecord | undefined {
    return this.m.records.find(ref)
  }

  state(ref: string): RuntimeState {
    return this.m.state(this.get(ref))
  }

  list(f: ListFilter = {}): ContainerSummary[] {
    const entries = preFilterRecords(this.m.records.all(), f).map((rec) => ({ rec, st: this.m.state(rec) }))
    return filterContainers(entries, f).map(({ rec, st }) => summarize(rec, st))
  }

  inspect(ref: string): ContainerInspect {
    const rec = this.get(ref)
    return toInspect(rec, this.m.state(rec), this.m.records.dir(rec.Id))
  }

  logPath(ref: string): string {
    const rec = this.get(ref)
    return logPath(this.m.records.dir(rec.Id), rec.Id)
  }

  /** Log entries (follow: until the container stops for good or the signal aborts). */
  logs(ref: string, opts: Omit<LogReadOptions, 'stateDir' | 'isRunning'> = {}): AsyncIterable<LogEntry> {
    const rec = this.get(ref)
    const dir = this.m.records.dir(rec.Id)
    return readLogs(logPath(dir, rec.Id), { ...opts, stateDir: dir })
  }

  /** docker exec; resolves with the exec'd process' exit code. */
  async exec(ref: string, o: ExecOptions): Promise<number> {
    const rec = this.get(ref)
    const st = this.m.state(rec)
    if (!isRunning(st) || st.pid <= 0) throw new RuntimeError(CONTAINER_NOT_RUNNING, `container ${rec.Id.slice(0, 12)} is not running`, { exitCode: 1 })
    if (st.status === 'paused') throw new RuntimeError('CONTAINER_PAUSED', `container ${rec.Id.slice(0, 12)} is paused, unpause the container before exec`, { exitCode: 1 })
    if (o.cmd.length === 0) throw new RuntimeError('NO_COMMAND', 'no command specified for exec', { exitCode: 125 })
    const args = execArgs(rec, this.m.records.dir(rec.Id), st.pid, o)
    this.m.event(rec, `exec_start: ${o.cmd.join(' ')}`)
    const code = await runExec(args, Boolean(o.detach))
    if (!o.detach) this.m.event(rec, 'exec_die', { exitCode: String(code) })
    return code
  }

  /** docker diff: changes of the container's upper dir (A/C/D). */
  diff(ref: string): Array<{ Path: string; Kind: number }> {
    const rec = this.get(ref)
    const kinds = { C: 0, A: 1, D: 2 } as const
    return this.images()
      .diff(join(this.m.records.dir(rec.Id), 'upper'), rec.LowerDirs)
      .map((c) => ({ Path: c.path, Kind: kinds[c.kind] }))
  }

  /** docker commit: the container's upper dir as a new layer over its image. */
  async commit(ref: string, o: { ref?: string; message?: string; author?: string; changes?: readonly string[]; pause?: boolean } = {}): Promise<string> {
    const rec = this.get(ref)
    const st = this.m.state(rec)
    const cg = this.m.cgroupsOf(rec)
    const path = cg.pathFor(rec.Id)
    const pause = o.pause !== false && st.status === 'running'
    if (pause) await cg.freeze(path)
    try {
      const c = rec.Config
      const { id } = await this.images().commit({
        upperDir: join(this.m.records.dir(rec.Id), 'upper'),
        baseRef: rec.Image,
        config: {
          User: c.User,
          Env: c.Env,
          Entrypoint: c.Entrypoint,
          Cmd: c.Cmd,
          WorkingDir: c.WorkingDir,
          Labels: c.Labels,
          ...(c.ExposedPorts ? { ExposedPorts: c.ExposedPorts } : {}),
          ...(c.Volumes ? { Volumes: c.Volumes } : {}),
          ...(c.StopSignal ? { StopSignal: c.StopSignal } : {}),
        },
        ref: o.ref,
        message: o.message,
        author: o.author,
        changes: o.changes,
        createdBy: [rec.Path, ...rec.Args].join(' '),
      })
      return id
    } finally {
      if (pause) await cg.thaw(path).catch(() => undefined)
    }
  }

  /** One stats sample per running container; pass the previous samples for CPU %. */
  stats(refs: readonly string[], prev?: Map<string, CpuSample>): { stats: ContainerStats[]; samples: Map<string, CpuSample> } {
    const recs = refs.length > 0 ? refs.map((r) => this.get(r)) : this.m.records.all().filter((r) => isRunning(this.m.state(r)))
    const samples = new Map<string, CpuSample>()
    const out: ContainerStats[] = []
    const sys = systemCpuNs()
    const mem = totalmem()
    for (const rec of recs) {
      const cg = this.m.cgroupsOf(rec)
      const path = cg.pathFor(rec.Id)
      if (!isRunning(this.m.state(rec)) || !cg.exists(path)) {
        out.push({ ID: rec.Id.slice(0, 12), Name: containerName(rec), CPUPerc: '0.00%', MemUsage: '0B / 0B', MemPerc: '0.00%', NetIO: '0B / 0B', BlockIO: '0B / 0B', PIDs: '0', cpuPercent: 0, memoryUsed: 0, memoryLimit: 0, pids: 0 })
        continue
      }
      const s = cg.stats(path)
      const cur = { containerNs: s.cpuUsageNs, systemNs: sys }
      samples.set(rec.Id, cur)
      out.push(formatStats(rec.Id, containerName(rec), s, cpuPercent(prev?.get(rec.Id), cur), mem, formatBytes))
    }
    return { stats: out, samples }
  }

  /** docker container update: limits to the cgroup and the record, the restart policy to the supervisor (update.ts). */
  update(ref: string, u: UpdateOptions): Promise<UpdateResult> {
    return updateContainer(this.m, this.paths, ref, u)
  }

  async top(ref: string, psArgs?: readonly string[]): Promise<{ Titles: string[]; Processes: string[][] }> {
    const rec = this.get(ref)
    const st = this.m.state(rec)
    if (!isRunning(st)) throw new RuntimeError(CONTAINER_NOT_RUNNING, `container ${rec.Id.slice(0, 12)} is not running`, { exitCode: 1 })
    const cg = this.m.cgroupsOf(rec)
    return top(cg.pids(cg.pathFor(rec.Id)), psArgs && psArgs.length ? psArgs : undefined)
  }

  async pause(ref: string): Promise<void> {
    const rec = this.get(ref)
    await withLock(this.paths, this.m.lockName(rec.Id), async () => {
      const st = this.m.state(rec)
      if (st.status === 'paused') throw new RuntimeError('CONTAINER_PAUSED', `container ${rec.Id.slice(0, 12)} is already paused`, { exitCode: 1 })
      if (st.status !== 'running') throw new RuntimeError(CONTAINER_NOT_RUNNING, `container ${rec.Id.slice(0, 12)} is not running`, { exitCode: 1 })
      const cg = this.m.cgroupsOf(rec)
      await cg.freeze(cg.pathFor(rec.Id))
      writeFileSync(join(this.m.records.dir(rec.Id), PAUSED_FILE), '')
    })
    this.m.event(rec, 'pause')
  }

  async unpause(ref: string): Promise<void> {
    const rec = this.get(ref)
    await withLock(this.paths, this.m.lockName(rec.Id), async () => {
      const st = this.m.state(rec)
      if (st.status !== 'paused') throw new RuntimeError('CONTAINER_NOT_PAUSED', `container ${rec.Id.slice(0, 12)} is not paused`, { exitCode: 1 })
      const cg = this.m.cgroupsOf(rec)
      await cg.thaw(cg.pathFor(rec.Id))
      rmSync(join(this.m.records.dir(rec.Id), PAUSED_FILE), { force: true })
    })
    this.m.event(rec, 'unpause')
  }

  async rename(ref: string, newName: string): Promise<void> {
    const rec = this.get(ref)
    const name = validateName(newName)
    const old = containerName(rec)
    if (name === old) throw new RuntimeError('NAME_UNCHANGED', `renaming a container with the same name as its current name`, { exitCode: 1 })
    await withLock(this.paths, this.m.lockName(rec.Id), () => {
      this.names.claim(name, rec.Id)
      try {
        const cur = this.m.records.get(rec.Id)!
        this.m.records.write({ ...cur, Name: `/${name}` })
      } catch (err) {
        this.names.releaseIf(name, rec.Id)
        throw err
      }
      this.names.releaseIf(old, rec.Id)
    })
    this.m.event({ ...rec, Name: `/${name}` }, 'rename', { oldName: `/${old}` })
  }

  /**
   * Removes stopped containers, then garbage a killed CLI may have left: container dirs
   * without a record (killed create) or being removed (killed rm), and stale names.
   */
  async prune(o: { labelFilters?: readonly string[]; until?: number } = {}): Promise<{ removed: string[] }> {
    const removed: string[] = []
    for (const rec of this.m.records.all()) {
      const st = this.m.state(rec)
      if (isRunning(st) || st.supervised) continue
      if (o.until !== undefined && Date.parse(rec.Created) / 1000 > o.until) continue
      if (o.labelFilters && !o.labelFilters.every((f) => labelMatch(rec.Config.Labels, f))) continue
      try {
        await this.m.remove(rec.Id, { volumes: false })
        removed.push(rec.Id)
      } catch {
        // started meanwhile
      }
    }
    await this.reclaimGarbage()
    return { removed }
  }

  /** Partial state of killed CLIs: dirs without config.json, `.removing-*` dirs, stale names. */
  async reclaimGarbage(): Promise<void> {
    let entries: string[] = []
    try {
      entries = readdirSync(this.paths.containers)
    } catch {
      return
    }
    for (const e of entries) {
      const dir = join(this.paths.containers, e)
      if (e.startsWith('.removing-')) {
        const id = e.slice('.removing-'.length)
        const release = tryLock(this.paths, this.m.lockName(id))
        if (!release) continue // an rm in progress
        try {
          const rec = readJsonIfExists<ContainerRecord>(join(dir, RECORD_FILE))
          await this.m.reclaimCgroupOnly(id, rec?.cgroupParent)
          rmSync(dir, { recursive: true, force: true })
          unlinkLock(this.paths, this.m.lockName(id))
        } finally {
          release()
        }
        continue
      }
      if (!isFullId(e) || this.m.records.get(e)) continue
      // No record: a create that died (lock free) or one in progress (lock held: skip).
      const release = tryLock(this.paths, this.m.lockName(e))
      if (!release) continue
      try {
        if (this.m.records.get(e)) continue
        await this.m.reclaimCgroupOnly(e)
        rmSync(dir, { recursive: true, force: true })
        unlinkLock(this.paths, this.m.lockName(e))
      } finally {
        release()
      }
    }
    for (const { name, id } of this.names.entries()) if (!this.m.records.get(id)) this.names.releaseIf(name, id)
  }
}


function labelMatch(labels: Readonly<Record<string, string>>, f: string): boolean {
  const neg = f.startsWith('!')
  const body = neg ? f.slice(1) : f
  const eq = body.indexOf('=')
  const hit = eq === -1 ? body in labels : labels[body.slice(0, eq)] === body.slice(eq + 1)
  return neg ? !hit : hit
}
