import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { isKernelError } from '../errors.js'
import { MNT_DETACH, type NativeFs } from '../native/fs.js'
import { BUILD_UNSUPPORTED, buildError } from './errors.js'
import { pidAlive } from '../util/pid-alive.js'

/**
 * A writable view of an image's layers for the steps that write files from the builder
 * itself (COPY, ADD, WORKDIR): an overlay mount of the layers over a fresh upper dir, so
 * what the step writes lands in `upper` (whiteouts included) and becomes the new layer. An
 * image without layers needs no mount: the upper dir is the whole root.
 */
export interface Workspace {
  /** Where to write: the merged mount, or the upper dir itself for an empty base. */
  readonly root: string
  /** What becomes the layer. */
  readonly upper: string
  /** Unmounts; keeps `upper` until dispose(). */
  unmount(): void
  /** Unmounts if needed and removes every file of the workspace. */
  dispose(): void
  /** Whether the step wrote anything. */
  isEmpty(): boolean
}

/** `:` and `,` separate overlay options: escape them in paths like the supervisor does. */
function esc(p: string): string {
  return p.replace(/([\\:,])/g, '\\$1')
}

export function openWorkspace(tmpBase: string, lowerDirs: readonly string[], fs: NativeFs, opts: { readOnly?: boolean } = {}): Workspace {
  mkdirSync(tmpBase, { recursive: true, mode: 0o700 })
  // The pid in the name lets a later build reclaim what a killed one left (reclaimWorkspaces).
  const dir = mkdtempSync(join(tmpBase, `ws-${process.pid}-`))
  const upper = join(dir, 'upper')
  const work = join(dir, 'work')
  const merged = join(dir, 'merged')
  mkdirSync(upper, { mode: 0o755 })
  let mounted = false
  try {
    if (lowerDirs.length > 0 && opts.readOnly && lowerDirs.length === 1) {
      // One read-only layer: read it in place, no mount needed.
      return plain(dir, lowerDirs[0]!, upper)
    }
    if (lowerDirs.length > 0) {
      mkdirSync(work)
      mkdirSync(merged)
      const lower = `lowerdir=${lowerDirs.map(esc).join(':')}`
      const data = opts.readOnly ? lower : `${lower},upperdir=${esc(upper)},workdir=${esc(work)}`
      // mount(2) data is one page: past it the kernel answers a bare EINVAL.
      if (data.length + ',index=off'.length >= 4096) {
        throw buildError(BUILD_UNSUPPORTED, `the image has too many layers (${lowerDirs.length}) for one overlay mount`, { hint: 'merge RUN steps (&&) or COPY steps to make fewer layers' })
      }
      try {
        fs.mount('overlay', merged, 'overlay', opts.readOnly ? 1 /* MS_RDONLY */ : 0, `${data},index=off`)
      } catch (err) {
        // Kernels built without the index feature refuse the option.
        if (!isKernelError(err, 'EINVAL')) throw err
        fs.mount('overlay', merged, 'overlay', opts.readOnly ? 1 : 0, data)
      }
      mounted = true
    }
  } catch (err) {
    rmSync(dir, { recursive: true, force: true })
    throw err
  }
  const root = mounted ? merged : upper
  const unmount = (): void => {
    if (!mounted) return
    try {
      fs.umount2(merged, 0)
    } catch {
      fs.umount2(merged, MNT_DETACH)
    }
    mounted = false
  }
  return {
    root,
    upper,
    unmount,
    dispose() {
      unmount()
      rmSync(dir, { recursive: true, force: true })
    },
    isEmpty: () => readdirSync(upper).length === 0,
  }
}

function plain(dir: string, root: string, upper: string): Workspace {
  return {
    root,
    upper,
    unmount() {},
    dispose: () => rmSync(dir, { recursive: true, force: true }),
    isEmpty: () => readdirSync(upper).length === 0,
  }
}

/** Unmounts and removes the workspaces of builds whose process is gone (killed mid-step). */
export function reclaimWorkspaces(tmpBase: string, fs: NativeFs): void {
  if (!existsSync(tmpBase)) return
  for (const name of readdirSync(tmpBase)) {
    const pid = Number(/^ws-(\d+)-/.exec(name)?.[1])
    if (!(pid > 0) || pidAlive(pid)) continue
    const merged = join(tmpBase, name, 'merged')
    try {
      fs.umount2(merged, MNT_DETACH)
    } catch {
      // not mounted
    }
    rmSync(join(tmpBase, name), { recursive: true, force: true })
  }
}
