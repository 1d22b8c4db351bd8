import { readFileSync } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { parseMountinfo } from '../cgroups/mountinfo.js'
import { packDir } from '../images/pack.js'
import { nativeFs, type NativeFs } from '../native/fs.js'
import { withContainerFs, type ContainerFsHost, type ContainerFsView } from './container-fs.js'

/**
 * The mount points below a container's root, relative to it: for a running container its
 * own mount table (paths there are already relative to its root), for a stopped one the
 * temporary binds withContainerFs made under `view.root`.
 */
export function mountPointsUnder(view: ContainerFsView, mountinfo: (pid: number | 'self') => string): Set<string> {
  const pid = /^\/proc\/(\d+)\/root$/.exec(view.root)?.[1]
  const out = new Set<string>()
  if (view.via === 'process' && pid) {
    for (const m of parseMountinfo(mountinfo(Number(pid)))) if (m.mountPoint !== '/') out.add(m.mountPoint.slice(1))
    return out
  }
  const prefix = `${view.root}/`
  for (const m of parseMountinfo(mountinfo('self'))) if (m.mountPoint.startsWith(prefix)) out.add(m.mountPoint.slice(prefix.length))
  return out
}

const readMountinfo = (pid: number | 'self'): string => readFileSync(`/proc/${pid}/mountinfo`, 'utf8')

/**
 * docker export: the container's own filesystem (image layers and its changes, what the
 * merged rootfs holds) as a tar, running or stopped. Mounts are not part of it, as under
 * docker: volumes, binds, tmpfs, /proc, /sys, /dev and the /etc files appear as empty
 * stand-ins. A stopped container's layers stay mounted (under its lock) until the whole
 * tar is written to `out`.
 */
export async function exportContainer(
  host: ContainerFsHost,
  ref: string,
  out: NodeJS.WritableStream,
  opts: { end?: boolean; fs?: NativeFs } = {},
): Promise<void> {
  const fs = opts.fs ?? nativeFs()
  await withContainerFs(host, ref, async (view) => {
    const tar = packDir(view.root, { fs, overlayWhiteouts: false, mountPoints: mountPointsUnder(view, readMountinfo) })
    // stdout is not ours to end (the caller may write more, and Node never closes it)
    await pipeline(tar, out, { end: opts.end ?? true })
  }, fs)
}
