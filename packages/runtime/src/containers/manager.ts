import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { RuntimeError, isTscError } from '../errors.js'
import { appendEvent, makeEvent } from '../events/event-log.js'
import { newId, randomName, shortId, validateName } from '../state/ids.js'
import { unlinkLock, withLock } from '../state/lock.js'
import type { NameIndex } from '../state/name-index.js'
import type { StatePaths } from '../state/paths.js'
import type { CgroupManager } from '../cgroups/types.js'
import type { VolumeStore } from '../volumes/volume-store.js'
import { buildRecord, DEFAULT_NETWORK_MODE, DEFAULT_STOP_TIMEOUT, type ResolvedImage } from './build-record.js'
import type { ContainerRecord, CreateOptions, ResolvedMount } from './config.js'
import { hostnameFile, hostsFile, resolvConf } from './etc-files.js'
import { containerDevices } from './host-devices.js'
import type { NetworkAttacher, NetworkAttachment } from './network-hook.js'
import { RecordStore } from './record-store.js'
import { containerName, effectiveState, isRunning, PAUSED_FILE } from './status.js'
import type { AttachIo, RuntimeState, SupervisorPort } from './supervisor-port.js'
import { resolveVolumeMount } from './volume-mounts.js'
import type { SpecBuilder } from './spec-builder.js'
import { parseSignal } from '../util/index.js'

export interface ImageResolver {
  resolve(ref: string): Promise<ResolvedImage> | ResolvedImage
}

export interface ContainerManagerDeps {
  readonly paths: StatePaths
  readonly names: NameIndex
  readonly images: ImageResolver
  readonly volumes: VolumeStore
  /** The cgroup manager for a parent (records keep the parent they were created with). */
  readonly cgroups: (parent: string) => CgroupManager
  readonly cgroupParent: string
  readonly supervisor: SupervisorPort
  readonly specs: SpecBuilder
  readonly network?: NetworkAttacher
}

export const CONTAINER_NOT_RUNNING = 'CONTAINER_NOT_RUNNING'
export const CONTAINER_RUNNING = 'CONTAINER_RUNNING'

export interface RemoveOptions {
  readonly force?: boolean
  /** Also remove the container's anonymous volumes (`rm -v`). */
  readonly volumes?: boolean
}

/**
 * Container lifecycle: create, start, stop, kill, wait, remove. Every step that touches the
 * kernel undoes itself on failure, and every state change of one container happens under
 * that container's flock so concurrent CLIs serialize.
 */
export class ContainerManager {
  readonly records: RecordStore

  constructor(private readonly d: ContainerManagerDeps) {
    this.records = new RecordStore(d.paths, d.names)
  }

  lockName(id: string): string {
    return `container-${id}`
  }

  event(rec: ContainerRecord, action: string, extra: Record<string, string> = {}): void {
    appendEvent(this.d.paths.events, makeEvent('container', action, rec.Id, containerName(rec), { ...rec.Config.Labels, image: rec.Config.Image, ...extra }))
  }

  state(rec: ContainerRecord): RuntimeState {
    const dir = this.records.dir(rec.Id)
    const st = effectiveState(this.d.supervisor.state(dir))
    // Pause is the freezer, done from TS: the supervisor does not know about it.
    if (st.status === 'running' && existsSync(join(dir, PAUSED_FILE))) return { ...st, status: 'paused' }
    return st
  }

  /** Cgroup of an id whose record is gone (killed create or rm), under the default parent. */
  async reclaimCgroupOnly(id: string, parent = this.d.cgroupParent): Promise<void> {
    const cg = this.d.cgroups(parent)
    const path = cg.pathFor(id)
    if (!cg.exists(path)) return
    if (cg.pids(path).length > 0) await cg.killAll(path, 9).catch(() => undefined)
    await cg.remove(path)
  }

  cgroupsOf(rec: ContainerRecord): CgroupManager {
    return this.d.cgroups(rec.cgroupParent)
  }

  async create(opts: CreateOptions): Promise<ContainerRecord> {
    // Validate everything that needs no side effect first, so bad input leaves nothing.
    const name = opts.name !== undefined ? validateName(opts.name) : undefined
    if (name !== undefined) this.checkNameFree(name)
    const network = opts.network?.mode || DEFAULT_NETWORK_MODE
    if (!this.d.network && !builtinNetwork(network)) {
      throw new RuntimeError('NETWORK_UNSUPPORTED', `network "${network}" is not available (this runtime supports none and host)`, { exitCode: 125 })
    }
    const image = await this.d.images.resolve(opts.image)
    const id = newId()
    // Held for the whole create: prune reclaims a record-less dir only when its lock is free
    // (its CLI died), never a create in progress.
    return withLock(this.d.paths, this.lockName(id), () => this.createLocked(id, name, opts, image))
  }

  private async createLocked(id: string, name: string | undefined, opts: CreateOptions, image: ResolvedImage): Promise<ContainerRecord> {
    const dir = this.d.paths.container(id)
    const createdVolumes: string[] = []
    let claimed: string | undefined
    try {
      mkdirSync(this.d.paths.containers, { recursive: true })
      mkdirSync(dir, { mode: 0o711 })
      const rec = await buildRecord(
        id,
        name ?? randomName(),
        opts,
        image,
        (m, anonymous) => resolveVolumeMount(this.d.volumes, m, anonymous, image.lowerDirs, createdVolumes),
        opts.cgroupParent ?? this.d.cgroupParent,
      )
      this.cgroupsOf(rec) // fail early on a broken cgroup setup
      this.d.specs.validate?.(rec)
      for (const sub of ['upper', 'work', 'rootfs']) mkdirSync(join(dir, sub))
      this.records.write({ ...rec, LowerDirs: [ensureInitLayer(this.d.paths), ...rec.LowerDirs] })
      claimed = containerName(rec)
      this.claimName(claimed, id, name === undefined)
      this.event(rec, 'create')
      return this.records.get(id)!
    } catch (err) {
      if (claimed) this.d.names.releaseIf(claimed, id)
      rmSync(dir, { recursive: true, force: true })
      for (const v of createdVolumes) await this.d.volumes.remove(v, { force: true }).catch(() => undefined)
      unlinkLock(this.d.paths, this.lockName(id))
      throw err
    }
  }

  private checkNameFree(name: string): void {
    const holder = this.d.names.lookup(name)
    if (holder && existsSync(this.d.paths.container(holder))) {
      throw new RuntimeError('NAME_IN_USE', `the container name "/${name}" is already in use by container "${shortId(holder)}"`, {
        hint: 'remove or rename that container to reuse the name',
        exitCode: 125,
      })
    }
  }

  /** Generated names retry with a suffix on collision; explicit ones fail. */
  private claimName(name: string, id: string, generated: boolean): void {
    if (!generated) return this.d.names.claim(name, id)
    for (let i = 0; ; i++) {
      try {
        this.d.names.claim(i === 0 ? name : `${name}${i}`, id)
        if (i > 0) {
          const rec = this.records.get(id)!
          this.records.write({ ...rec, Name: `/${name}${i}` })
        }
        return
      } catch (err) {
        if (!isTscError(err, 'NAME_IN_USE') || i > 20) throw err
      }
    }
  }

  /**
   * Starts a created or exited container: network, /etc files, cgroup, spec, supervisor.
   * With `attach`, stdio is connected before the process runs (no output is lost).
   */
  async start(ref: string, attach?: AttachIo): Promise<{ rec: ContainerRecord; attached?: Promise<number> }> {
    const rec = this.records.resolve(ref)
    return withLock(this.d.paths, this.lockName(rec.Id), async () => {
      const st = this.state(rec)
      if (st.status === 'paused') throw new RuntimeError('CONTAINER_PAUSED', `cannot start a paused container ${containerName(rec)}, try unpause instead`, { exitCode: 1 })
      if (isRunning(st)) return { rec }
      const dir = this.records.dir(rec.Id)
      const cg = this.cgroupsOf(rec)
      const cgPath = cg.pathFor(rec.Id)
      let net: NetworkAttachment = {}
      let cgroupMade = false
      try {
        if (this.d.network && !builtinNetwork(rec.HostConfig.NetworkMode)) net = await this.d.network.prepare(rec)
        writeFileSync(join(dir, 'hostname'), net.hostname ? `${net.hostname}\n` : hostnameFile(rec))
        writeFileSync(join(dir, 'hosts'), net.hosts ?? hostsFile(rec))
        writeFileSync(join(dir, 'resolv.conf'), net.resolvConf ?? resolvConf(rec))
        // A stale cgroup from a previous run (a supervisor killed mid-exit) is recreated clean.
        if (cg.exists(cgPath)) await cg.remove(cgPath)
        cgroupMade = true
        cg.create(cgPath, cgroupResources(rec))
        const specPath = join(dir, 'spec')
        await this.d.specs.write(specPath, rec, { cgroups: cg, cgroupPath: cgPath, netnsPath: net.netnsPath, dir, paths: this.d.paths, attached: attach !== undefined })
        const { attached } = await this.d.supervisor.spawn(dir, specPath, { attach })
        return { rec, attached }
      } catch (err) {
        if (cgroupMade) await cg.remove(cgPath).catch(() => undefined)
        await this.releaseNetwork(rec)
        throw err
      }
    })
  }

  async stop(ref: string, timeoutSeconds?: number): Promise<ContainerRecord> {
    const rec = this.records.resolve(ref)
    const st = this.state(rec)
    if (!st.supervised) return rec
    const t = timeoutSeconds ?? rec.Config.StopTimeout ?? DEFAULT_STOP_TIMEOUT
    await this.d.supervisor.stop(this.records.dir(rec.Id), stopSignal(rec), t)
    await this.afterExit(rec)
    return rec
  }

  async kill(ref: string, signal = 'SIGKILL'): Promise<ContainerRecord> {
    const rec = this.records.resolve(ref)
    const sig = parseSignal(signal)
    const st = this.state(rec)
    if (!st.supervised || !isRunning(st)) {
      throw new RuntimeError(CONTAINER_NOT_RUNNING, `cannot kill container: ${ref}: container ${shortId(rec.Id)} is not running`, { exitCode: 1 })
    }
    await this.d.supervisor.kill(this.records.dir(rec.Id), sig.number)
    return rec
  }

  /** Blocks until the container is not running; returns its exit code (docker wait). */
  async wait(ref: string, signal?: AbortSignal): Promise<number> {
    const rec = this.records.resolve(ref)
    const st = this.state(rec)
    if (!st.supervised) return st.exitCode
    const end = await this.d.supervisor.waitExit(this.records.dir(rec.Id), signal)
    return end.exitCode
  }

  async attach(ref: string, io: AttachIo): Promise<number> {
    const rec = this.records.resolve(ref)
    const st = this.state(rec)
    if (!st.supervised || !isRunning(st)) throw new RuntimeError(CONTAINER_NOT_RUNNING, `you cannot attach to a stopped container, start it first`, { exitCode: 1 })
    return this.d.supervisor.attach(this.records.dir(rec.Id), io)
  }

  /** Network and cgroup of a container that stopped for good (supervisor gone). */
  private async afterExit(rec: ContainerRecord): Promise<void> {
    await this.releaseNetwork(rec)
  }

  private async releaseNetwork(rec: ContainerRecord, opts: { removed?: boolean } = {}): Promise<void> {
    if (this.d.network && !builtinNetwork(rec.HostConfig.NetworkMode)) await this.d.network.release(rec, opts).catch(() => undefined)
  }

  /**
   * Removes a container and everything it holds: processes (cgroup kill as a backstop for a
   * dead supervisor), cgroups, network, the state dir, the name, and with `volumes` its
   * anonymous volumes. The directory is renamed away before deletion so a killed rm leaves
   * either a removable container or garbage that prune reclaims.
   */
  async remove(ref: string, opts: RemoveOptions = {}): Promise<ContainerRecord> {
    const rec = this.records.resolve(ref)
    await withLock(this.d.paths, this.lockName(rec.Id), async () => {
      const dir = this.records.dir(rec.Id)
      if (!existsSync(dir)) return
      const st = this.state(rec)
      if (isRunning(st) && st.supervised) {
        if (!opts.force) {
          throw new RuntimeError(CONTAINER_RUNNING, `cannot remove container "${containerName(rec)}": container is ${st.status}: stop the container before removing or force remove`, { exitCode: 1 })
        }
        await this.d.supervisor.stop(dir, 9, 0).catch(() => undefined)
      }
      if (st.supervisorPid > 0) await this.d.supervisor.waitGone(dir, 5000)
      await this.reclaim(rec)
      unlinkLock(this.d.paths, this.lockName(rec.Id))
    })
    if (opts.volumes) await this.removeAnonymousVolumes(rec.Mounts)
    this.event(rec, 'destroy')
    return rec
  }

  /** Kernel objects and files of a container whose supervisor is gone. Idempotent. */
  async reclaim(rec: ContainerRecord): Promise<void> {
    const cg = this.cgroupsOf(rec)
    const path = cg.pathFor(rec.Id)
    if (cg.exists(path)) {
      // Normally empty (the pid namespace died with its init); the kill is for a supervisor
      // that was SIGKILLed and left its container behind.
      if (cg.pids(path).length > 0) await cg.killAll(path, 9).catch(() => undefined)
      await cg.remove(path)
    }
    await this.releaseNetwork(rec, { removed: true })
    const dir = this.records.dir(rec.Id)
    const gone = join(this.d.paths.containers, `.removing-${rec.Id}`)
    try {
      renameSync(dir, gone)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    }
    this.d.names.releaseIf(containerName(rec), rec.Id)
    // Right after the container's mount namespace died each unlink here can wait on the
    // kernel's teardown for milliseconds: delete on the thread pool, many at once.
    await rm(gone, { recursive: true, force: true })
  }

  async removeAnonymousVolumes(mounts: readonly ResolvedMount[]): Promise<void> {
    for (const m of mounts) {
      if (m.Type === 'volume' && m.Anonymous && m.Name) await this.d.volumes.remove(m.Name, { force: true }).catch(() => undefined)
    }
  }

  /** Containers using a volume (for volume rm / prune). */
  volumeUsers(volume: string): string[] {
    return this.records
      .all()
      .filter((r) => r.Mounts.some((m) => m.Type === 'volume' && m.Name === volume))
      .map((r) => r.Id)
  }

  /** Containers using an image id (the image store refuses to remove those). */
  imageInUse(imageId: string): boolean {
    return this.records.all().some((r) => r.Image === imageId)
  }
}

/**
 * docker's "-init" layer: the mount points the runtime always mounts over, as the top-most
 * lower, so creating them never writes to the container's upper dir (diff and commit stay
 * clean of /proc, /dev, /etc/hosts...). Its content is the same for every container, so one
 * read-only copy per state root is shared (made once, published by rename).
 */
export const INIT_LAYER = 'init-layer'
let initLayerChecked: string | undefined
function ensureInitLayer(paths: StatePaths): string {
  const dir = join(paths.root, INIT_LAYER)
  if (initLayerChecked === dir || existsSync(dir)) return (initLayerChecked = dir)
  const tmp = `${dir}.tmp-${newId().slice(0, 8)}`
  for (const d of ['dev', 'proc', 'sys', 'etc']) mkdirSync(join(tmp, d), { recursive: true, mode: 0o755 })
  for (const f of ['etc/hosts', 'etc/hostname', 'etc/resolv.conf']) writeFileSync(join(tmp, f), '', { mode: 0o644 })
  try {
    renameSync(tmp, dir)
  } catch {
    rmSync(tmp, { recursive: true, force: true }) // another CLI published it first
  }
  return (initLayerChecked = dir)
}

/** Modes the runtime does itself: a fresh netns with lo only, or the host's. */
function builtinNetwork(mode: string): boolean {
  return mode === 'none' || mode === 'host'
}

function stopSignal(rec: ContainerRecord): number {
  return rec.Config.StopSignal ? parseSignal(rec.Config.StopSignal).number : 15
}

function cgroupResources(rec: ContainerRecord) {
  const h = rec.HostConfig
  return {
    memory: h.Memory || undefined,
    memorySwap: h.Memory ? h.MemorySwap || undefined : undefined,
    memoryReservation: h.MemoryReservation || undefined,
    nanoCpus: h.NanoCpus || undefined,
    cpuQuota: h.CpuQuota || undefined,
    cpuPeriod: h.CpuPeriod || undefined,
    cpuShares: h.CpuShares || undefined,
    cpusetCpus: h.CpusetCpus || undefined,
    pidsLimit: h.PidsLimit ?? undefined,
    privileged: h.Privileged,
    // --device / --device-cgroup-rule on top of docker's defaults (v1 writes them at create)
    devices: containerDevices(h).rules,
  }
}
export { cgroupResources }
