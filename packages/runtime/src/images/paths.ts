import { join } from 'node:path'
import type { Digest } from './digest.js'
import { hexOf } from './digest.js'

/**
 * Where the image store keeps things under `<root>/images/`. Every write goes to `ingest/`
 * first and is renamed into place, so a reader never sees half a blob or half a snapshot,
 * and everything in `ingest/` is garbage after a crash.
 */
export class StorePaths {
  readonly base: string
  constructor(readonly root: string) {
    this.base = join(root, 'images')
  }
  get blobsDir(): string { return join(this.base, 'blobs', 'sha256') }
  get ingestDir(): string { return join(this.base, 'ingest') }
  get snapshotsDir(): string { return join(this.base, 'snapshots') }
  get metaDir(): string { return join(this.base, 'meta') }
  get repositories(): string { return join(this.base, 'repositories.json') }
  get lock(): string { return join(this.base, 'lock') }
  blob(d: Digest): string { return join(this.blobsDir, hexOf(d)) }
  snapshot(chainId: Digest): string { return join(this.snapshotsDir, hexOf(chainId)) }
  /** The directory mounted as an overlay lowerdir. */
  snapshotFs(chainId: Digest): string { return join(this.snapshot(chainId), 'fs') }
  meta(id: Digest): string { return join(this.metaDir, `${hexOf(id)}.json`) }
}
