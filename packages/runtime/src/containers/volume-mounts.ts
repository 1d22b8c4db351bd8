import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { newId } from '../state/ids.js'
import type { VolumeStore } from '../volumes/volume-store.js'
import type { MountRequest, ResolvedMount } from './config.js'
import { topLowerEntry } from './lower-entry.js'

/**
 * A volume mount request to its resolved form, creating the volume when it does not exist
 * (docker auto-creates named volumes) and, for a new volume, copying the image's content at
 * the mount point into it (docker's copy-up; `nocopy` skips it). Names of volumes this call
 * created go to `created` so a failed create can delete them.
 */
export async function resolveVolumeMount(
  store: VolumeStore,
  m: MountRequest,
  anonymous: boolean,
  lowerDirs: readonly string[],
  created: string[],
): Promise<ResolvedMount> {
  const name = anonymous ? newId() : m.source!
  let info = store.get(name)
  if (!info) {
    info = await store.create(name, { labels: m.volumeLabels, driverOpts: m.volumeDriverOpts, anonymous })
    created.push(name)
    const src = store.mountSource(info)
    if (!m.noCopy && src.kind === 'dir') copyUp(lowerDirs, m.target, src.source)
  }
  const src = store.mountSource(info)
  return {
    Type: 'volume',
    Name: info.Name,
    Source: src.kind === 'tmpfs' ? '' : src.source,
    Destination: m.target,
    Driver: 'local',
    Mode: m.readOnly ? 'ro' : 'z',
    RW: !m.readOnly,
    Propagation: '',
    // A volume created anonymous stays anonymous when a recreated container takes it over
    // by name, so `rm -v` / `down -v` still remove it.
    ...(anonymous || info.Anonymous ? { Anonymous: true } : {}),
    VolumeKind: src.kind,
    ...(src.options ? { VolumeOptions: src.options } : {}),
  }
}

/** Copies the top-most lower's directory at `target` (if any, and non-empty) into `dest`. */
function copyUp(lowerDirs: readonly string[], target: string, dest: string): void {
  const e = topLowerEntry(lowerDirs, target.replace(/^\/+/, ''))
  if (!e?.stat.isDirectory() || readdirSync(e.path).length === 0) return
  // cp -a keeps owners, modes, xattrs and links, which fs.cpSync does not.
  execFileSync('cp', ['-a', `${e.path}/.`, dest], { stdio: 'ignore' })
}
