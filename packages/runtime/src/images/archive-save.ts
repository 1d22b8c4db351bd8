import { createWriteStream, renameSync, rmSync } from 'node:fs'
import { dirname, join, basename } from 'node:path'
import type { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import * as tar from 'tar-stream'
import { tmpName } from './blobs.js'
import { type Digest, hexOf } from './digest.js'
import { imageError, IMAGE_INVALID_INPUT } from './errors.js'
import { ANNOTATION_IMAGE_NAME, ANNOTATION_REF_NAME, MT, type Descriptor, type ImageIndex } from './oci.js'
import { familiarName, familiarString, normalizeReference, parseReference, referenceString, type Reference } from './reference.js'
import type { ImageStore } from './store.js'

export interface SaveOptions {
  /**
   * `docker` (default): an OCI image layout plus docker's manifest.json and repositories,
   * as docker 25+ writes, which every docker version and OCI tool loads. `oci`: the OCI
   * layout alone.
   */
  readonly format?: 'docker' | 'oci'
}

interface SavedImage {
  id: Digest
  manifest: Descriptor
  layers: Descriptor[]
  tags: Reference[]
}

/** Fixed entry time: saving the same images twice gives the same bytes. */
const EPOCH = new Date(0)

function addTo(store: ImageStore, into: Map<Digest, SavedImage>, id: Digest, names: Reference[]): void {
  const existing = into.get(id)
  if (existing) {
    for (const n of names) if (!existing.tags.some((t) => familiarString(t) === familiarString(n))) existing.tags.push(n)
    return
  }
  const rec = store.record(id)
  if (!rec) throw imageError(IMAGE_INVALID_INPUT, `image ${id} has no record`)
  const manifestBytes = store.blobs.read(rec.manifest)
  const manifest = JSON.parse(manifestBytes.toString('utf8')) as { layers: Descriptor[] }
  into.set(id, {
    id,
    manifest: { mediaType: MT.ociManifest, digest: rec.manifest, size: manifestBytes.length },
    layers: manifest.layers,
    tags: [...names],
  })
}

/**
 * Which images and names a `docker save` argument means: `name:tag` that tag, a bare
 * repository name every tag of that repository, an ID the image without names.
 */
function select(store: ImageStore, arg: string, into: Map<Digest, SavedImage>): void {
  let parsed: Reference | undefined
  try {
    parsed = parseReference(arg)
  } catch {
    parsed = undefined
  }
  if (parsed && parsed.tag === undefined && parsed.digest === undefined) {
    const repo = familiarName(parsed)
    const all = store.tags().entries().map(([r, id]) => [normalizeReference(r), id] as const)
    const inRepo = all.filter(([r]) => familiarName(r) === repo && r.tag !== undefined && r.digest === undefined)
    if (inRepo.length > 0) {
      for (const [r, id] of inRepo) addTo(store, into, id, [r])
      return
    }
  }
  const found = store.find(arg)
  addTo(store, into, found.id, found.ref && found.ref.tag !== undefined && found.ref.digest === undefined ? [found.ref] : [])
}

function json(v: unknown): Buffer {
  return Buffer.from(JSON.stringify(v))
}

/** `docker save`: writes to `out` (a path: via a temp file renamed at the end; or a stream). */
export async function saveArchive(store: ImageStore, args: readonly string[], out: string | Writable, opts: SaveOptions): Promise<void> {
  if (args.length === 0) throw imageError(IMAGE_INVALID_INPUT, 'image save needs at least one image')
  const images = new Map<Digest, SavedImage>()
  for (const a of args) select(store, a, images)
  const format = opts.format ?? 'docker'

  const pack = tar.pack()
  const dest = typeof out === 'string' ? join(dirname(out), `.${basename(out)}.${tmpName('save')}`) : undefined
  const sink = dest ? createWriteStream(dest, { mode: 0o600 }) : (out as Writable)
  const writing = pipeline(pack as unknown as NodeJS.ReadableStream, sink)
  writing.catch(() => {})

  const add = (name: string, body: Buffer, type: 'file' | 'directory' = 'file'): Promise<void> =>
    new Promise((resolve, reject) => {
      pack.entry({ name, type, mode: type === 'directory' ? 0o755 : 0o644, mtime: EPOCH, ...(type === 'file' ? { size: body.length } : {}) }, type === 'file' ? body : Buffer.alloc(0), (err) => (err ? reject(err) : resolve()))
    })
  const addBlob = async (d: Digest): Promise<void> => {
    const size = store.blobs.size(d)
    await new Promise<void>((resolve, reject) => {
      const entry = pack.entry({ name: `blobs/sha256/${hexOf(d)}`, size, mode: 0o644, mtime: EPOCH }, (err) => (err ? reject(err) : resolve()))
      pipeline(store.blobs.stream(d), entry as unknown as NodeJS.WritableStream).catch(reject)
    })
  }

  try {
    await add('blobs/', Buffer.alloc(0), 'directory')
    await add('blobs/sha256/', Buffer.alloc(0), 'directory')
    const written = new Set<Digest>()
    for (const img of images.values()) {
      for (const d of [img.manifest.digest, img.id, ...img.layers.map((l) => l.digest)]) {
        if (written.has(d)) continue
        written.add(d)
        await addBlob(d)
      }
    }
    await add('oci-layout', json({ imageLayoutVersion: '1.0.0' }))
    // One index entry per name, as docker 25+ and containerd write them.
    const index: ImageIndex = {
      schemaVersion: 2,
      mediaType: MT.ociIndex,
      manifests: [...images.values()].flatMap((img) =>
        img.tags.length === 0
          ? [img.manifest]
          : img.tags.map((t) => ({ ...img.manifest, annotations: { [ANNOTATION_IMAGE_NAME]: referenceString(t), [ANNOTATION_REF_NAME]: t.tag! } })),
      ),
    }
    await add('index.json', json(index))
    if (format === 'docker') {
      const manifest = [...images.values()].map((img) => ({
        Config: `blobs/sha256/${hexOf(img.id)}`,
        RepoTags: img.tags.length > 0 ? img.tags.map(familiarString) : null,
        Layers: img.layers.map((l) => `blobs/sha256/${hexOf(l.digest)}`),
      }))
      await add('manifest.json', json(manifest))
      // Legacy loaders read `repositories` for names: repo → tag → top layer.
      const repos: Record<string, Record<string, string>> = {}
      for (const img of images.values()) {
        const top = img.layers.at(-1)
        if (!top) continue
        for (const t of img.tags) (repos[familiarName(t)] ??= {})[t.tag!] = hexOf(top.digest)
      }
      if (Object.keys(repos).length > 0) await add('repositories', json(repos))
    }
    pack.finalize()
    await writing
    if (dest) renameSync(dest, out as string)
  } catch (err) {
    pack.destroy(err as Error)
    if (dest) rmSync(dest, { force: true })
    throw err
  }
}
