import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { chainIds } from './digest.js'
import type { Manifest } from './oci.js'
import type { ImageStore } from './store.js'
import { pidAlive } from '../util/pid-alive.js'

/**
 * Deletes every blob and snapshot no remaining image references, and ingest leftovers of
 * dead processes. Returns the unpacked bytes reclaimed. The caller holds the store lock,
 * which every writer holds while its new blobs are still unreferenced.
 */
export function collectGarbage(store: ImageStore): number {
  const blobs = new Set<string>()
  const chains = new Set<string>()
  for (const id of store.imageIds()) {
    const rec = store.record(id)
    if (!rec) continue
    blobs.add(rec.manifest)
    blobs.add(id)
    try {
      const m = store.blobs.readJson<Manifest>(rec.manifest)
      for (const l of m.layers) blobs.add(l.digest)
      for (const c of chainIds(store.config(id).rootfs.diff_ids)) chains.add(c)
    } catch {
      // a damaged image keeps what it has; `image rm` of it still works
    }
  }
  let reclaimed = 0
  for (const c of store.snapshots.list()) {
    if (chains.has(c)) continue
    reclaimed += store.snapshots.size(c)
    store.snapshots.remove(c)
  }
  for (const b of store.blobs.list()) if (!blobs.has(b)) store.blobs.remove(b)
  cleanIngest(store.paths.ingestDir)
  return reclaimed
}

/** Ingest entries are named `<what>-<pid>-<random>`: drop those whose writer is gone. */
function cleanIngest(dir: string): void {
  if (!existsSync(dir)) return
  for (const name of readdirSync(dir)) {
    const pid = Number(/-(\d+)-[0-9a-f]+$/.exec(name)?.[1])
    if (!(pid > 0) || !pidAlive(pid)) rmSync(join(dir, name), { recursive: true, force: true })
  }
}
