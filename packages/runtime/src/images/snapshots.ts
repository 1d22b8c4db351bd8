import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { fromSystemError } from '../errors.js'
import type { NativeFs } from '../native/fs.js'
import { tmpName } from './blobs.js'
import { type Digest, hexOf, isDigest } from './digest.js'
import type { StorePaths } from './paths.js'

interface SnapshotMeta {
  chainId: Digest
  diffId: Digest
  size: number
}

/**
 * Unpacked layers, one directory per chain ID, shared read-only by every container as
 * overlay lowerdirs. A snapshot is unpacked into ingest/ and renamed into place, so an
 * existing `snapshots/<chain>` directory is always complete: that rename is the commit
 * point, and a crash mid-unpack leaves only garbage in ingest/.
 */
export class Snapshots {
  constructor(
    private readonly paths: StorePaths,
    private readonly fs: NativeFs,
  ) {}

  has(chainId: Digest): boolean {
    return existsSync(join(this.paths.snapshot(chainId), 'meta.json'))
  }

  /** Unpacked size in bytes (regular files), 0 when unknown. */
  size(chainId: Digest): number {
    try {
      return (JSON.parse(readFileSync(join(this.paths.snapshot(chainId), 'meta.json'), 'utf8')) as SnapshotMeta).size
    } catch {
      return 0
    }
  }

  /**
   * Makes sure the snapshot exists, unpacking `open()` (the layer blob) when it does not;
   * the layer must hash to `diffId`. Returns true when this call created it.
   */
  async ensure(chainId: Digest, diffId: Digest, open: () => Readable, what: string): Promise<boolean> {
    if (this.has(chainId)) return false
    mkdirSync(this.paths.ingestDir, { recursive: true })
    mkdirSync(this.paths.snapshotsDir, { recursive: true })
    const tmp = join(this.paths.ingestDir, tmpName('snap'))
    try {
      mkdirSync(join(tmp, 'fs'), { recursive: true, mode: 0o755 })
      // Perf: the tar unpacker (tar-stream) loads only when a layer really must be unpacked.
      const { unpackLayer } = await import('./unpack.js')
      const { size } = await unpackLayer(open(), join(tmp, 'fs'), { fs: this.fs, expectedDiffId: diffId, what })
      const meta: SnapshotMeta = { chainId, diffId, size }
      writeFileSync(join(tmp, 'meta.json'), JSON.stringify(meta))
      try {
        renameSync(tmp, this.paths.snapshot(chainId))
      } catch (err) {
        // Another process finished the same snapshot first: theirs is as good as ours.
        const code = (err as NodeJS.ErrnoException).code
        if ((code === 'ENOTEMPTY' || code === 'EEXIST') && this.has(chainId)) return false
        throw fromSystemError(err, 'rename', this.paths.snapshot(chainId))
      }
      return true
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  }

  list(): Digest[] {
    if (!existsSync(this.paths.snapshotsDir)) return []
    return readdirSync(this.paths.snapshotsDir)
      .map((h) => `sha256:${h}`)
      .filter(isDigest) as Digest[]
  }

  /** Renames out of snapshots/ first so a half-removed snapshot never looks complete. */
  remove(chainId: Digest): void {
    const dir = this.paths.snapshot(chainId)
    if (!existsSync(dir)) return
    const trash = join(this.paths.ingestDir, tmpName(`rm-${hexOf(chainId).slice(0, 12)}`))
    mkdirSync(this.paths.ingestDir, { recursive: true })
    renameSync(dir, trash)
    rmSync(trash, { recursive: true, force: true })
  }
}
