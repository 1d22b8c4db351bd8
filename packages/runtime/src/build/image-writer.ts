import { chainIds, type Digest } from '../images/digest.js'
import { MT, type Descriptor, type ImageConfig } from '../images/oci.js'
import { packDir } from '../images/pack.js'
import type { ImageStore } from '../images/store.js'

/**
 * Turns a build step's result into an image in the store: its config, and for layer steps
 * a new top layer made from an upper directory. The layer and the image that references it
 * are written under one store lock, because garbage collection (another process's `image
 * rm`) deletes any blob no image references once the lock is free.
 */

export interface StepImage {
  readonly id: Digest
  readonly config: ImageConfig
  readonly layers: readonly Descriptor[]
}

/** Records `config` over `layers` (no new layer): metadata steps, and the final labels. */
export async function writeImage(store: ImageStore, config: ImageConfig, layers: readonly Descriptor[]): Promise<StepImage> {
  return store.withLock(async () => {
    const { id } = await store.addImage(Buffer.from(JSON.stringify(config)), layers, [])
    return { id, config, layers }
  })
}

/**
 * Packs `upperDir` (an overlay upper: whiteouts become OCI `.wh.` entries) as a layer over
 * `layers`, unpacks its snapshot, and records the image `makeConfig(diffId)` describes.
 */
export async function writeLayerImage(store: ImageStore, upperDir: string, layers: readonly Descriptor[], baseDiffIds: readonly Digest[], makeConfig: (diffId: Digest) => ImageConfig): Promise<StepImage> {
  return store.withLock(async () => {
    const before = new Set(store.blobs.list())
    const tar = packDir(upperDir, { fs: store.fs, overlayWhiteouts: true })
    const { digest: diffId, size } = await store.blobs.write(tar)
    const existed = before.has(diffId)
    const chain = chainIds([...baseDiffIds, diffId]).at(-1)!
    try {
      await store.snapshots.ensure(chain, diffId, () => store.blobs.stream(diffId), `build layer ${diffId}`)
    } catch (err) {
      if (!existed) store.blobs.remove(diffId)
      throw err
    }
    const config = makeConfig(diffId)
    const all = [...layers, { mediaType: MT.ociLayer, digest: diffId, size }]
    const { id } = await store.addImage(Buffer.from(JSON.stringify(config)), all, [])
    return { id, config, layers: all }
  })
}
