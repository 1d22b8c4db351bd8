import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import type { Readable, Writable } from 'node:stream'
import { isTscError } from '../errors.js'
import { lockFile, nativeFs, type NativeFs } from '../native/fs.js'
import { BlobStore, tmpName } from './blobs.js'
import type { CommitOptions, ImportOptions } from './build.js'
import { type Change, diffUpper } from './diff.js'
import { chainIds, type Digest, isDigest, shortId } from './digest.js'
import { imageError, IMAGE_AMBIGUOUS, IMAGE_CONFLICT, IMAGE_IN_USE, IMAGE_INVALID_REFERENCE, IMAGE_NOT_FOUND } from './errors.js'
import { type HistoryItem, type ImageInspect, type ImageSummary, toHistory, toInspect, unixSeconds } from './inspect.js'
import type { LoadResult } from './archive-load.js'
import type { SaveOptions } from './archive-save.js'
import { MT, type Descriptor, type ImageConfig, type Manifest } from './oci.js'
import { StorePaths } from './paths.js'
import { familiarString, idPrefixOf, normalizeReference, type Reference } from './reference.js'
import { Snapshots } from './snapshots.js'
import { collectGarbage } from './gc.js'
import { TagIndex } from './tags.js'
import { compareText } from '../util/compare.js'

export interface ImageStoreOptions {
  /** State root; the store lives in `<root>/images/`. */
  readonly root: string
  /** IDs of the containers using an image: `remove` and `prune` keep those images. */
  readonly inUse?: (imageId: string) => Promise<string[]>
  /** Native fs seam (tests of pure parts pass a stub). */
  readonly fs?: NativeFs
}

/** What a container needs to run an image. */
export interface ResolvedImage {
  readonly id: Digest
  /** The familiar reference it was found by, when a name was used. */
  readonly ref?: string
  readonly repoTags: string[]
  readonly config: ImageConfig
  readonly diffIds: Digest[]
  readonly chainIds: Digest[]
  /** Snapshot dirs for overlay's lowerdir, top-most first, absolute. */
  readonly lowerDirs: string[]
  readonly size: number
}

export type RemoveResult = { Untagged: string } | { Deleted: string }

export interface PruneResult {
  ImagesDeleted: RemoveResult[]
  SpaceReclaimed: number
}

/** What the store records per image: the manifest names config (= ID) and layer blobs. */
export interface ImageRecord {
  id: Digest
  manifest: Digest
  added: string
  lastTagTime?: string
}

/** A layer blob already in the store, with the diff_id its content unpacks to. */
export interface StoredLayer {
  readonly descriptor: Descriptor
  readonly diffId: Digest
}

interface Found {
  id: Digest
  /** Set when the user named the image by reference rather than by ID. */
  ref?: Reference
}

/**
 * The content-addressable OCI image store (see paths.ts for the layout). Mutations hold an
 * flock on `images/lock` (a killed CLI drops it), reads take no lock: every file they read
 * is replaced by rename.
 */
export class ImageStore {
  readonly paths: StorePaths
  readonly blobs: BlobStore
  readonly snapshots: Snapshots
  readonly fs: NativeFs
  private readonly inUse: (imageId: string) => Promise<string[]>

  constructor(opts: ImageStoreOptions) {
    this.paths = new StorePaths(opts.root)
    this.fs = opts.fs ?? nativeFs()
    this.blobs = new BlobStore(this.paths)
    this.snapshots = new Snapshots(this.paths, this.fs)
    this.inUse = opts.inUse ?? (async () => [])
  }

  // ---- internals shared with build.ts / archive-*.ts --------------------------------

  /** Runs `fn` holding the store's exclusive lock. */
  async withLock<T>(fn: () => Promise<T>): Promise<T> {
    mkdirSync(this.paths.base, { recursive: true })
    mkdirSync(this.paths.metaDir, { recursive: true })
    const lock = await lockFile(this.paths.lock, 'ex', this.fs)
    try {
      return await fn()
    } finally {
      lock.release()
    }
  }

  tags(): TagIndex {
    return new TagIndex(this.paths.repositories).load()
  }

  record(id: Digest): ImageRecord | undefined {
    try {
      return JSON.parse(readFileSync(this.paths.meta(id), 'utf8')) as ImageRecord
    } catch {
      return undefined
    }
  }

  private writeRecord(rec: ImageRecord): void {
    mkdirSync(this.paths.metaDir, { recursive: true })
    const tmp = `${this.paths.meta(rec.id)}.${tmpName('tmp')}`
    writeFileSync(tmp, JSON.stringify(rec))
    renameSync(tmp, this.paths.meta(rec.id))
  }

  imageIds(): Digest[] {
    if (!existsSync(this.paths.metaDir)) return []
    return readdirSync(this.paths.metaDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => `sha256:${f.slice(0, -5)}`)
      .filter(isDigest) as Digest[]
  }

  manifest(id: Digest): Manifest {
    const rec = this.record(id)
    if (!rec) throw imageError(IMAGE_NOT_FOUND, `No such image: ${id}`)
    return this.blobs.readJson<Manifest>(rec.manifest)
  }

  config(id: Digest): ImageConfig {
    return this.blobs.readJson<ImageConfig>(id)
  }

  /**
   * Records an image whose config and layer blobs are in the store and whose snapshots are
   * unpacked; writes its manifest and points `refs` at it. Caller holds the lock.
   * Returns "renamed" messages for tags moved away from another image, like docker load.
   */
  async addImage(configBytes: Buffer, layers: readonly Descriptor[], refs: readonly Reference[], configMediaType: string = MT.ociConfig): Promise<{ id: Digest; messages: string[] }> {
    const cfg = await this.blobs.writeBuffer(configBytes)
    const manifest: Manifest = {
      schemaVersion: 2,
      mediaType: MT.ociManifest,
      config: { mediaType: configMediaType === MT.dockerConfig ? MT.ociConfig : configMediaType, digest: cfg.digest, size: cfg.size },
      layers: layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size })),
    }
    const m = await this.blobs.writeBuffer(JSON.stringify(manifest))
    const now = new Date().toISOString()
    const previous = this.record(cfg.digest)
    this.writeRecord({ id: cfg.digest, manifest: m.digest, added: previous?.added ?? now, ...(refs.length > 0 ? { lastTagTime: now } : previous?.lastTagTime ? { lastTagTime: previous.lastTagTime } : {}) })
    const messages: string[] = []
    if (refs.length > 0) {
      const tags = this.tags()
      for (const ref of refs) {
        const old = tags.set(ref, cfg.digest)
        if (old && old !== cfg.digest) {
          messages.push(`The image ${familiarString(ref)} already exists, renaming the old one with ID ${old} to empty string`)
        }
      }
      tags.save()
    }
    return { id: cfg.digest, messages }
  }

  /** Finds an image by reference, full ID, or unique ID prefix, like docker's GetImage. */
  find(input: string): Found {
    if (isDigest(input) && this.record(input)) return { id: input }
    let ref: Reference | undefined
    let refError: unknown
    try {
      ref = normalizeReference(input)
    } catch (err) {
      refError = err
    }
    if (ref) {
      const id = this.tags().get(ref)
      if (id && this.record(id)) return { id, ref }
    }
    const prefix = idPrefixOf(input)
    if (prefix !== undefined) {
      const matches = this.imageIds().filter((id) => id.slice(7).startsWith(prefix))
      if (matches.length === 1) return { id: matches[0]! }
      if (matches.length > 1) throw imageError(IMAGE_AMBIGUOUS, `image ID prefix "${input}" is ambiguous: it matches ${matches.length} images`)
    }
    if (refError && isTscError(refError, IMAGE_INVALID_REFERENCE)) throw refError
    throw imageError(IMAGE_NOT_FOUND, `No such image: ${ref ? familiarString(ref) : input}`)
  }

  private repoTags(id: Digest): string[] {
    return this.tags()
      .refsOf(id)
      .filter((r) => r.tag !== undefined && r.digest === undefined)
      .map(familiarString)
      .sort()
  }

  private repoDigests(id: Digest): string[] {
    return this.tags()
      .refsOf(id)
      .filter((r) => r.digest !== undefined)
      .map(familiarString)
      .sort()
  }

  private sizeOf(config: ImageConfig): number {
    return chainIds(config.rootfs.diff_ids).reduce((n, c) => n + this.snapshots.size(c), 0)
  }

  /** Unpacks any missing snapshot of the image (e.g. after a crash mid-load). */
  async ensureSnapshots(id: Digest): Promise<Digest[]> {
    const config = this.config(id)
    const manifest = this.manifest(id)
    const chains = chainIds(config.rootfs.diff_ids)
    for (let i = 0; i < chains.length; i++) {
      const layer = manifest.layers[i]!
      await this.snapshots.ensure(chains[i]!, config.rootfs.diff_ids[i]!, () => this.blobs.stream(layer.digest), `layer ${i + 1} (${layer.digest})`)
    }
    return chains
  }

  /** Removes blobs and snapshots no remaining image references. Caller holds the lock. */
  gc(): number {
    return collectGarbage(this)
  }

  // ---- public API ----------------------------------------------------------------------
  // Perf: import/commit/load/save (tar-stream, archives, compression) are imported on first
  // use: `container run` resolves images through this class and must not load them.

  /** `docker import`: a rootfs tar (path, `-` = stdin, or a stream) or a directory. */
  async importRootfs(src: string | Readable, opts: ImportOptions = {}): Promise<{ id: Digest; ref?: string }> {
    return (await import('./build.js')).importRootfs(this, src, opts)
  }

  /** `docker commit`: the container's upper dir becomes a new layer over its image. */
  async commit(opts: CommitOptions): Promise<{ id: Digest; ref?: string }> {
    return (await import('./build.js')).commitImage(this, opts)
  }

  /** `docker load`: docker-save (legacy or 25+) and OCI image-layout archives. */
  async load(input: string | Readable): Promise<LoadResult> {
    return (await import('./archive-load.js')).loadArchive(this, input)
  }

  /** `docker save`: an OCI layout with docker's manifest.json and repositories, as docker 25+ writes. */
  async save(refs: readonly string[], out: string | Writable, opts: SaveOptions = {}): Promise<void> {
    return (await import('./archive-save.js')).saveArchive(this, refs, out, opts)
  }

  async list(): Promise<ImageSummary[]> {
    const out: ImageSummary[] = []
    for (const id of this.imageIds()) {
      let config: ImageConfig
      try {
        config = this.config(id)
      } catch {
        continue
      }
      out.push({
        Id: id,
        RepoTags: this.repoTags(id),
        RepoDigests: this.repoDigests(id),
        Created: unixSeconds(config.created),
        Size: this.sizeOf(config),
        Labels: config.config?.Labels ?? null,
        Containers: (await this.inUse(id)).length,
      })
    }
    return out.sort((a, b) => b.Created - a.Created || compareText(a.Id, b.Id))
  }

  async inspect(ref: string): Promise<ImageInspect> {
    const { id } = this.find(ref)
    const config = this.config(id)
    return toInspect({
      id,
      config,
      repoTags: this.repoTags(id),
      repoDigests: this.repoDigests(id),
      size: this.sizeOf(config),
      lowerDirs: chainIds(config.rootfs.diff_ids).reverse().map((c) => this.paths.snapshotFs(c)),
      ...(this.record(id)?.lastTagTime ? { lastTagTime: this.record(id)!.lastTagTime } : {}),
    })
  }

  async history(ref: string): Promise<HistoryItem[]> {
    const { id } = this.find(ref)
    const config = this.config(id)
    const sizes = chainIds(config.rootfs.diff_ids).map((c) => this.snapshots.size(c))
    return toHistory(id, config, sizes, this.repoTags(id))
  }

  async resolve(ref: string): Promise<ResolvedImage> {
    const found = this.find(ref)
    const config = this.config(found.id)
    const chains = await this.ensureSnapshots(found.id)
    return {
      id: found.id,
      ...(found.ref ? { ref: familiarString(found.ref) } : {}),
      repoTags: this.repoTags(found.id),
      config,
      diffIds: config.rootfs.diff_ids,
      chainIds: chains,
      lowerDirs: [...chains].reverse().map((c) => this.paths.snapshotFs(c)),
      size: this.sizeOf(config),
    }
  }

  /** `docker tag SOURCE TARGET`. */
  async tag(source: string, target: string): Promise<void> {
    const ref = normalizeReference(target)
    if (ref.digest !== undefined) throw imageError(IMAGE_INVALID_REFERENCE, `refusing to create a tag with a digest reference: "${target}"`)
    await this.withLock(async () => {
      const { id } = this.find(source)
      const tags = this.tags()
      tags.set(ref, id)
      tags.save()
      const rec = this.record(id)
      if (rec) this.writeRecord({ ...rec, lastTagTime: new Date().toISOString() })
    })
  }

  /**
   * `docker rmi`: a name untags; the image itself goes when its last name does. By ID, an
   * image with several names needs force. An image a container uses is never deleted:
   * without force that is an error, with force it is only untagged.
   */
  async remove(input: string, opts: { force?: boolean } = {}): Promise<RemoveResult[]> {
    return this.withLock(async () => {
      const found = this.find(input)
      const { id } = found
      const tags = this.tags()
      const refs = tags.refsOf(id)
      const users = await this.inUse(id)
      const out: RemoveResult[] = []
      const byName = found.ref !== undefined
      if (byName && refs.length > 1) {
        tags.delete(found.ref!)
        tags.save()
        return [{ Untagged: familiarString(found.ref!) }]
      }
      if (users.length > 0 && !opts.force) {
        const what = byName ? `repository reference "${familiarString(found.ref!)}"` : shortId(id)
        throw imageError(IMAGE_IN_USE, `conflict: unable to delete ${what} (must be forced) - image ${shortId(id)} is being used by container ${shortId(users[0]!)}`)
      }
      if (!byName && refs.length > 1 && !opts.force) {
        throw imageError(IMAGE_CONFLICT, `conflict: unable to delete ${shortId(id)} (must be forced) - image is referenced in multiple repositories`)
      }
      for (const r of refs) {
        tags.delete(r)
        out.push({ Untagged: familiarString(r) })
      }
      tags.save()
      if (users.length > 0) return out
      rmSync(this.paths.meta(id), { force: true })
      out.push({ Deleted: id })
      this.gc()
      return out
    })
  }

  /** `docker image prune [-a]`: dangling (or, with all, every unused) images. */
  async prune(opts: { all?: boolean } = {}): Promise<PruneResult> {
    return this.withLock(async () => {
      const tags = this.tags()
      const deleted: RemoveResult[] = []
      const snapshotsBefore = new Map(this.snapshots.list().map((c) => [c, this.snapshots.size(c)]))
      for (const id of this.imageIds()) {
        const refs = tags.refsOf(id)
        if (refs.length > 0 && !opts.all) continue
        if ((await this.inUse(id)).length > 0) continue
        for (const r of refs) {
          tags.delete(r)
          deleted.push({ Untagged: familiarString(r) })
        }
        rmSync(this.paths.meta(id), { force: true })
        deleted.push({ Deleted: id })
      }
      tags.save()
      this.gc()
      let reclaimed = 0
      for (const [c, size] of snapshotsBefore) if (!this.snapshots.has(c)) reclaimed += size
      return { ImagesDeleted: deleted, SpaceReclaimed: reclaimed }
    })
  }

  /** `docker container diff` from a container's upper dir and its image's lower dirs. */
  diff(upperDir: string, lowerDirs: readonly string[]): Change[] {
    return diffUpper(upperDir, lowerDirs, this.fs)
  }
}
