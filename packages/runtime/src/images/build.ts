import { createReadStream, statSync } from 'node:fs'
import type { Readable } from 'node:stream'
import { applyChanges } from './changes.js'
import { AutoDecompress } from './decompress.js'
import { chainIds, type Digest } from './digest.js'
import { imageError, IMAGE_INVALID_INPUT } from './errors.js'
import { hostArchitecture, MT, type ContainerConfig, type ImageConfig, type Platform } from './oci.js'
import { packDir } from './pack.js'
import { familiarString, normalizeReference, type Reference } from './reference.js'
import type { ImageStore } from './store.js'

export interface ImportOptions {
  /** Name to give the image (`busybox:local`). */
  readonly ref?: string
  /** Dockerfile-like lines: `CMD ["sh"]`, `ENV A=1`, ... */
  readonly changes?: readonly string[]
  /** Commit message, stored as the image's comment (docker: "Imported from -"). */
  readonly message?: string
  readonly platform?: Platform
}

export interface CommitOptions {
  /** The container's overlay upper dir. */
  readonly upperDir: string
  /** The image the container was created from (ID or reference). */
  readonly baseRef: string
  /** The container's own config (Cmd, Env, ...) to start from; the base image's by default. */
  readonly config?: ContainerConfig
  readonly changes?: readonly string[]
  readonly author?: string
  readonly message?: string
  /** History `created_by` (docker puts the container's command here). */
  readonly createdBy?: string
  readonly ref?: string
}

function refsFrom(input: string | undefined): Reference[] {
  return input === undefined || input === '' ? [] : [normalizeReference(input)]
}

/**
 * Stores a layer tar as an uncompressed blob (so its digest is its diff_id) and unpacks its
 * snapshot; a layer that fails to unpack leaves no blob. Caller holds the store lock.
 */
async function addLayer(store: ImageStore, tar: Readable, chainId: ((diffId: Digest) => Digest) | undefined, what: string): Promise<{ diffId: Digest; size: number }> {
  const before = new Set(store.blobs.list())
  const { digest: diffId, size } = await store.blobs.write(tar, undefined, [new AutoDecompress(what)])
  try {
    await store.snapshots.ensure(chainId ? chainId(diffId) : diffId, diffId, () => store.blobs.stream(diffId), what)
  } catch (err) {
    if (!before.has(diffId)) store.blobs.remove(diffId)
    throw err
  }
  return { diffId, size }
}

type Source = { kind: 'dir'; path: string } | { kind: 'stream'; stream: Readable; label: string }

function openSource(src: string | Readable): Source {
  if (typeof src !== 'string') return { kind: 'stream', stream: src, label: '-' }
  if (src === '-') return { kind: 'stream', stream: process.stdin, label: '-' }
  let isDir: boolean
  try {
    isDir = statSync(src).isDirectory()
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (err as Error).message
    throw imageError(IMAGE_INVALID_INPUT, `cannot read "${src}": ${why}`, { cause: err })
  }
  // docker import reads a file through the client's stdin, hence "Imported from -".
  return isDir ? { kind: 'dir', path: src } : { kind: 'stream', stream: createReadStream(src), label: '-' }
}

/** `docker import`: one layer from a rootfs tar (plain, gzip) or directory, a fresh config. */
export async function importRootfs(store: ImageStore, src: string | Readable, opts: ImportOptions): Promise<{ id: Digest; ref?: string }> {
  const refs = refsFrom(opts.ref)
  const containerConfig = applyChanges({}, opts.changes ?? [])
  const source = openSource(src)
  return store.withLock(async () => {
    const tar = source.kind === 'dir' ? packDir(source.path, { fs: store.fs, overlayWhiteouts: false }) : source.stream
    const label = source.kind === 'dir' ? source.path : source.label
    const { diffId, size } = await addLayer(store, tar, undefined, `rootfs ${label}`)
    const created = new Date().toISOString()
    const comment = opts.message ?? `Imported from ${label}`
    const config: ImageConfig = {
      architecture: opts.platform?.architecture ?? hostArchitecture(),
      os: opts.platform?.os ?? 'linux',
      ...(opts.platform?.variant ? { variant: opts.platform.variant } : {}),
      config: containerConfig,
      created,
      comment,
      history: [{ created, comment }],
      rootfs: { type: 'layers', diff_ids: [diffId] },
    }
    const { id } = await store.addImage(Buffer.from(JSON.stringify(config)), [{ mediaType: MT.ociLayer, digest: diffId, size }], refs)
    return { id, ...(refs[0] ? { ref: familiarString(refs[0]) } : {}) }
  })
}

/** `docker commit`: the upper dir, whiteouts converted back to OCI, as a new top layer. */
export async function commitImage(store: ImageStore, opts: CommitOptions): Promise<{ id: Digest; ref?: string }> {
  const refs = refsFrom(opts.ref)
  return store.withLock(async () => {
    const { id: baseId } = store.find(opts.baseRef)
    const base = store.config(baseId)
    const baseManifest = store.manifest(baseId)
    await store.ensureSnapshots(baseId)
    const tar = packDir(opts.upperDir, { fs: store.fs, overlayWhiteouts: true })
    const top = (d: Digest): Digest => chainIds([...base.rootfs.diff_ids, d]).at(-1)!
    const { diffId, size } = await addLayer(store, tar, top, `commit of ${opts.upperDir}`)
    const diffIds = [...base.rootfs.diff_ids, diffId]
    const created = new Date().toISOString()
    // The old daemon's container/container_config describe the base's builder, not us.
    const { container: _c, container_config: _cc, author: _a, comment: _m, ...rest } = base as ImageConfig & { container?: unknown; container_config?: unknown }
    const config: ImageConfig = {
      ...rest,
      created,
      ...(opts.author ? { author: opts.author } : {}),
      config: applyChanges(opts.config ?? base.config ?? {}, opts.changes ?? []),
      rootfs: { type: 'layers', diff_ids: diffIds },
      history: [
        ...(base.history ?? []),
        { created, ...(opts.author ? { author: opts.author } : {}), ...(opts.createdBy ? { created_by: opts.createdBy } : {}), ...(opts.message ? { comment: opts.message } : {}) },
      ],
      ...(opts.message ? { comment: opts.message } : {}),
    }
    const json = JSON.stringify(config)
    const { id } = await store.addImage(Buffer.from(json), [...baseManifest.layers, { mediaType: MT.ociLayer, digest: diffId, size }], refs)
    return { id, ...(refs[0] ? { ref: familiarString(refs[0]) } : {}) }
  })
}
