import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { RuntimeError } from '../errors.js'
import { MS } from '../mounts/linux-constants.js'
import { MNT_DETACH, nativeFs, type NativeFs } from '../native/fs.js'
import { withLock } from '../state/lock.js'
import type { StatePaths } from '../state/paths.js'
import { pidAlive } from '../util/pid-alive.js'
import type { ContainerRecord, ResolvedMount } from './config.js'
import { resolveInRoot } from './in-root-path.js'
import { containerName } from './status.js'
import type { RuntimeState } from './supervisor-port.js'

export const CONTAINER_FS_BUSY = 'CONTAINER_FS_BUSY'
export const CONTAINER_FS_UNSUPPORTED = 'CONTAINER_FS_UNSUPPORTED'

/** What withContainerFs needs of a runtime (`openRuntime()` gives it). */
export interface ContainerFsHost {
  readonly paths: StatePaths
  readonly containers: { get(ref: string): ContainerRecord; state(ref: string): RuntimeState }
}

export interface ContainerFsView {
  /** Host path that stands for the container's `/`; resolve paths under it with resolveInRoot. */
  readonly root: string
  /**
   * `process`: a running container's own view (`/proc/<pid>/root`, its mounts included);
   * `mount`: a stopped container's layers, upper dir and volumes mounted for the call.
   */
  readonly via: 'process' | 'mount'
}

/** Where temporary mounts of stopped containers go: outside containers/, so `rm` never walks one. */
const mountBase = (paths: StatePaths): string => join(paths.root, 'container-fs')

/** The lock ContainerManager takes for every state change of the container (manager.ts lockName). */
const lockName = (id: string): string => `container-${id}`

function liveRoot(rec: ContainerRecord, st: RuntimeState): string | undefined {
  if ((st.status === 'running' || st.status === 'paused') && st.pid > 0) return `/proc/${st.pid}/root`
  if (st.status === 'restarting' || st.status === 'running' || st.status === 'paused') {
    // Between two runs the supervisor may start the next one at any moment and mount the
    // same upper dir: a second overlay over it would be undefined behaviour.
    throw new RuntimeError(CONTAINER_FS_BUSY, `container ${containerName(rec)} is restarting: its files can be reached once it runs or is stopped`, { exitCode: 1 })
  }
  if (st.status === 'removing') throw new RuntimeError(CONTAINER_FS_BUSY, `container ${containerName(rec)} is being removed`, { exitCode: 1 })
  return undefined
}

/**
 * Runs `fn` with the container's filesystem reachable from the host, whatever its state, as
 * `docker cp` does: a running container through its own root (what its processes see), a
 * created or exited one through a temporary overlay mount of its image layers and upper dir
 * with its volumes and binds mounted where the container has them (tmpfs mounts have no
 * content while stopped and are left out). The temporary mounts are made under the
 * container's lock, so `start` and `rm` wait for them, and are all gone when this returns.
 */
export async function withContainerFs<T>(host: ContainerFsHost, ref: string, fn: (view: ContainerFsView) => T | Promise<T>, fs: NativeFs = nativeFs()): Promise<T> {
  const rec = host.containers.get(ref)
  const live = liveRoot(rec, host.containers.state(rec.Id))
  if (live) return fn({ root: live, via: 'process' })
  return withLock(host.paths, lockName(rec.Id), async () => {
    // Started between the first look and the lock.
    const started = liveRoot(rec, host.containers.state(rec.Id))
    if (started) return fn({ root: started, via: 'process' })
    const base = mountBase(host.paths)
    reclaimContainerFsMounts(base, fs)
    const m = mountStopped(rec, host.paths.container(rec.Id), base, fs)
    try {
      return await fn({ root: m.root, via: 'mount' })
    } finally {
      m.release()
    }
  })
}

/** `:` and `,` separate overlay options: escaped the way the supervisor escapes them. */
const esc = (p: string): string => p.replace(/([\\:,])/g, '\\$1')

const depth = (p: string): number => p.split('/').filter(Boolean).length

/** Creates what a bind needs at `target`: a directory, or an empty file for a file source. */
function makeMountpoint(source: string, target: string): void {
  let dir = true
  try {
    dir = statSync(source).isDirectory()
  } catch {
    // a missing source fails at mount time with its own error
  }
  if (dir) {
    mkdirSync(target, { recursive: true })
    return
  }
  mkdirSync(dirname(target), { recursive: true })
  if (!existsSync(target)) writeFileSync(target, '', { flag: 'a' })
}

/** The binds a started container has (spec-builder's user mounts and /etc files), sources on the host. */
function bindsOf(rec: ContainerRecord, dir: string): Array<{ source: string; target: string; rw: boolean }> {
  const users = [...rec.Mounts]
    .filter((m: ResolvedMount) => m.Type !== 'tmpfs' && m.VolumeKind !== 'tmpfs' && m.Source !== '')
    .sort((a, b) => depth(a.Destination) - depth(b.Destination))
    .map((m) => ({ source: m.Source, target: m.Destination, rw: m.RW }))
  const covered = new Set(users.map((m) => m.target))
  const etc = ['resolv.conf', 'hostname', 'hosts']
    .filter((name) => !covered.has(`/etc/${name}`) && existsSync(join(dir, name)))
    .map((name) => ({ source: join(dir, name), target: `/etc/${name}`, rw: !rec.HostConfig.ReadonlyRootfs }))
  return [...etc, ...users]
}

function mountStopped(rec: ContainerRecord, dir: string, base: string, fs: NativeFs): { root: string; release(): void } {
  mkdirSync(base, { recursive: true, mode: 0o700 })
  // The pid in the name lets a later call reclaim what a killed one left.
  const root = join(base, `${process.pid}-${rec.Id.slice(0, 12)}-${randomBytes(3).toString('hex')}`)
  mkdirSync(root)
  const mounted: string[] = []
  const release = (): void => {
    for (const t of mounted.reverse()) {
      try {
        fs.umount2(t, 0)
      } catch {
        try {
          fs.umount2(t, MNT_DETACH)
        } catch {
          // already gone with its parent
        }
      }
    }
    mounted.length = 0
    try {
      rmdirSync(root)
    } catch {
      // left for reclaimContainerFsMounts
    }
  }
  try {
    const data = `lowerdir=${rec.LowerDirs.map(esc).join(':')},upperdir=${esc(join(dir, 'upper'))},workdir=${esc(join(dir, 'work'))}`
    // mount(2) data is one page; the supervisor has the new mount API for more layers.
    if (data.length >= 4096) {
      throw new RuntimeError(CONTAINER_FS_UNSUPPORTED, `container ${containerName(rec)} has too many image layers (${rec.LowerDirs.length}) to reach its files while it is stopped`, { exitCode: 1, hint: 'start it first' })
    }
    fs.mount('overlay', root, 'overlay', 0, data)
    mounted.push(root)
    // Binds below stay here: none propagates to a peer of the state root's mount.
    fs.mount('', root, '', MS.PRIVATE, '')
    for (const b of bindsOf(rec, dir)) {
      const target = resolveInRoot(root, b.target, true)
      makeMountpoint(b.source, target)
      fs.mount(b.source, target, '', MS.BIND | MS.REC, '')
      mounted.push(target)
      if (!b.rw) fs.mount('', target, '', MS.REMOUNT | MS.BIND | MS.RDONLY, '')
    }
    // Read-only like the running container's root; its volumes keep their own mode.
    if (rec.HostConfig.ReadonlyRootfs) fs.mount('', root, '', MS.REMOUNT | MS.BIND | MS.RDONLY, '')
  } catch (err) {
    release()
    throw err
  }
  return { root, release }
}

/** Unmounts and removes the temporary mounts of processes that died holding them (SIGKILL). */
export function reclaimContainerFsMounts(base: string, fs: NativeFs = nativeFs()): void {
  let names: string[]
  try {
    names = readdirSync(base)
  } catch {
    return
  }
  for (const name of names) {
    const pid = Number(/^(\d+)-/.exec(name)?.[1])
    if (!(pid > 0) || pidAlive(pid)) continue
    const p = join(base, name)
    try {
      // Detaching the overlay takes the binds below it along.
      fs.umount2(p, MNT_DETACH)
    } catch {
      // not mounted
    }
    try {
      rmdirSync(p)
    } catch {
      // not empty: not ours to delete
    }
  }
}
