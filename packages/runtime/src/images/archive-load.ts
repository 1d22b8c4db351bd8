import { createReadStream, mkdirSync, openSync, readSync, closeSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { HashingPassThrough, hashFile, tmpName } from './blobs.js'
import { AutoDecompress, type Compression, sniffCompression } from './decompress.js'
import { checkDigest, chainIds, type Digest, isDigest, sha256, shortId } from './digest.js'
import { imageError, IMAGE_DIGEST_MISMATCH, IMAGE_INVALID_ARCHIVE } from './errors.js'
import { hasStaged, readStagedJson, stageArchive, stagedPath } from './archive-stage.js'
import { ANNOTATION_IMAGE_NAME, ANNOTATION_REF_NAME, ANNOTATION_REFERENCE_TYPE, hostArchitecture, INDEX_TYPES, MT, type Descriptor, type ImageConfig, type ImageIndex, type Manifest } from './oci.js'
import { familiarString, normalizeReference, parseReference, type Reference } from './reference.js'
import type { ImageStore } from './store.js'

export interface LoadedImage {
  readonly id: Digest
  /** Familiar names it was loaded as (`busybox:latest`); empty when untagged. */
  readonly refs: string[]
}

export interface LoadResult {
  readonly images: LoadedImage[]
  /** The lines `docker load` prints: `Loaded image: busybox:latest`, `Loaded image ID: sha256:…`. */
  readonly messages: string[]
}

/** One image found in the archive, before anything is verified. */
interface Candidate {
  configPath: string
  configDigest?: Digest
  layers: { path: string; digest?: Digest; size?: number; mediaType?: string }[]
  refs: Reference[]
}

interface FileInfo {
  digest: Digest
  size: number
  compression: Compression
}

interface DockerManifestEntry {
  Config?: unknown
  RepoTags?: unknown
  Layers?: unknown
}

const BLOB_NAME_RE = /(?:^|\/)(?:blobs\/sha256\/)?([a-f0-9]{64})(?:\.json)?$/

/** A digest encoded in a docker-archive file name (`blobs/sha256/<hex>`, `<hex>.json`). */
function digestInName(name: string): Digest | undefined {
  const m = BLOB_NAME_RE.exec(name)
  return m ? (`sha256:${m[1]}` as Digest) : undefined
}

/** `docker save` archives, legacy (`<id>/layer.tar`) and 25+ (`blobs/sha256/…`) alike. */
function fromDockerManifest(dir: string): Candidate[] {
  const entries = readStagedJson<DockerManifestEntry[]>(dir, 'manifest.json')
  if (!Array.isArray(entries)) throw imageError(IMAGE_INVALID_ARCHIVE, 'invalid image archive: manifest.json is not a list')
  return entries.map((e, i) => {
    if (typeof e.Config !== 'string' || !Array.isArray(e.Layers) || !e.Layers.every((l) => typeof l === 'string')) {
      throw imageError(IMAGE_INVALID_ARCHIVE, `invalid image archive: manifest.json entry ${i} needs Config and Layers`)
    }
    const tags = Array.isArray(e.RepoTags) ? (e.RepoTags as unknown[]).filter((t): t is string => typeof t === 'string') : []
    const cfgDigest = digestInName(e.Config)
    return {
      configPath: stagedPath(dir, e.Config),
      ...(cfgDigest ? { configDigest: cfgDigest } : {}),
      layers: (e.Layers as string[]).map((l) => {
        const d = l.startsWith('blobs/') ? digestInName(l) : undefined
        return { path: stagedPath(dir, l), ...(d ? { digest: d } : {}) }
      }),
      refs: tags.map((t) => normalizeReference(t)),
    }
  })
}

function blobPath(dir: string, d: Descriptor, what: string): string {
  const digest = checkDigest(d.digest, what)
  return stagedPath(dir, `blobs/sha256/${digest.slice(7)}`)
}

function readVerifiedJson<T>(dir: string, d: Descriptor, what: string): T {
  const p = blobPath(dir, d, what)
  const bytes = readFileSync(p)
  const actual = sha256(bytes)
  if (actual !== d.digest) throw imageError(IMAGE_DIGEST_MISMATCH, `${what} ${d.digest}: content digest is ${actual}`)
  try {
    return JSON.parse(bytes.toString('utf8')) as T
  } catch (err) {
    throw imageError(IMAGE_INVALID_ARCHIVE, `${what} ${d.digest} is not valid JSON`, { cause: err })
  }
}

/** The names index.json gives a manifest: containerd's full name, else a ref.name that is one. */
function refsOf(d: Descriptor): Reference[] {
  const a = d.annotations ?? {}
  const full = a[ANNOTATION_IMAGE_NAME]
  if (full) return [normalizeReference(full)]
  const refName = a[ANNOTATION_REF_NAME]
  // A bare tag ("latest") names nothing by itself: the image loads untagged.
  if (refName && /[:/]/.test(refName)) return [withTagOnly(parseReference(refName))]
  return []
}

function withTagOnly(r: Reference): Reference {
  return normalizeReference(familiarString(r))
}

function isAttestation(d: Descriptor): boolean {
  return d.annotations?.[ANNOTATION_REFERENCE_TYPE] === 'attestation-manifest' || d.platform?.os === 'unknown'
}

/** Follows nested indexes down to this host's platform manifest. */
function manifestFor(dir: string, d: Descriptor, depth = 0): { manifest: Manifest; descriptor: Descriptor } {
  if (depth > 4) throw imageError(IMAGE_INVALID_ARCHIVE, 'invalid image archive: indexes nested too deep')
  const doc = readVerifiedJson<Manifest & ImageIndex>(dir, d, 'manifest')
  const isIndex = INDEX_TYPES.includes(d.mediaType) || INDEX_TYPES.includes(doc.mediaType ?? '') || (Array.isArray(doc.manifests) && !doc.config)
  if (!isIndex) return { manifest: doc, descriptor: d }
  const arch = hostArchitecture()
  const candidates = doc.manifests.filter((m) => !isAttestation(m))
  const match = candidates.find((m) => !m.platform || (m.platform.os === 'linux' && m.platform.architecture === arch))
  if (!match) throw imageError(IMAGE_INVALID_ARCHIVE, `no matching manifest for linux/${arch} in the archive's index ${d.digest}`)
  return manifestFor(dir, match, depth + 1)
}

/** OCI image-layout archives (oci-layout, index.json, blobs/sha256). */
function fromOciLayout(dir: string): Candidate[] {
  const index = readStagedJson<ImageIndex>(dir, 'index.json')
  if (!Array.isArray(index.manifests)) throw imageError(IMAGE_INVALID_ARCHIVE, 'invalid image archive: index.json has no manifests')
  return index.manifests
    .filter((d) => !isAttestation(d))
    .map((d) => {
      const { manifest } = manifestFor(dir, d)
      if (!manifest.config || !Array.isArray(manifest.layers)) throw imageError(IMAGE_INVALID_ARCHIVE, `manifest ${d.digest} has no config or layers`)
      return {
        configPath: blobPath(dir, manifest.config, 'config'),
        configDigest: checkDigest(manifest.config.digest, 'config'),
        layers: manifest.layers.map((l) => ({ path: blobPath(dir, l, 'layer'), digest: checkDigest(l.digest, 'layer'), size: l.size, mediaType: l.mediaType })),
        refs: refsOf(d),
      }
    })
}

function sniffFile(path: string): Compression {
  const fd = openSync(path, 'r')
  try {
    const head = Buffer.alloc(4)
    const n = readSync(fd, head, 0, 4, 0)
    return sniffCompression(head.subarray(0, n))
  } finally {
    closeSync(fd)
  }
}

async function uncompressedDigest(path: string): Promise<Digest> {
  const h = new HashingPassThrough()
  await pipeline(createReadStream(path), new AutoDecompress(path), h, async function* (src) {
    for await (const _ of src) {
      // drain
    }
  })
  return h.digest()
}

function parseConfig(bytes: Buffer, id: Digest): ImageConfig {
  let config: ImageConfig
  try {
    config = JSON.parse(bytes.toString('utf8')) as ImageConfig
  } catch (err) {
    throw imageError(IMAGE_INVALID_ARCHIVE, `image config ${id} is not valid JSON`, { cause: err })
  }
  if (!config.rootfs || !Array.isArray(config.rootfs.diff_ids) || !config.rootfs.diff_ids.every(isDigest)) {
    throw imageError(IMAGE_INVALID_ARCHIVE, `image config ${id} has no valid rootfs.diff_ids`)
  }
  return config
}

/**
 * `docker load`. Everything is staged and verified first (config digests = image IDs,
 * blob digests, each layer's uncompressed sha256 = its diff_id while it is unpacked), and
 * only then are blobs, images and tags added: a bad archive adds nothing.
 */
export async function loadArchive(store: ImageStore, input: string | Readable): Promise<LoadResult> {
  return store.withLock(async () => {
    await store.blobs.ensureDirs()
    const staging = join(store.paths.ingestDir, tmpName('load'))
    mkdirSync(staging, { recursive: true })
    const newSnapshots: Digest[] = []
    try {
      await stageArchive(input, staging)
      const candidates = hasStaged(staging, 'manifest.json')
        ? fromDockerManifest(staging)
        : hasStaged(staging, 'index.json')
          ? fromOciLayout(staging)
          : (() => {
              throw imageError(IMAGE_INVALID_ARCHIVE, 'invalid image archive: it has neither manifest.json (docker save) nor index.json (OCI layout)')
            })()

      const infos = new Map<string, FileInfo>()
      const info = async (path: string): Promise<FileInfo> => {
        let i = infos.get(path)
        if (!i) {
          i = { ...(await hashFile(path)), compression: sniffFile(path) }
          infos.set(path, i)
        }
        return i
      }

      const prepared: { id: Digest; configBytes: Buffer; layers: Descriptor[]; files: [string, Digest][]; refs: Reference[] }[] = []
      for (const c of candidates) {
        const configBytes = readFileSync(c.configPath)
        const id = sha256(configBytes)
        if (c.configDigest && c.configDigest !== id) throw imageError(IMAGE_DIGEST_MISMATCH, `image config ${c.configDigest}: content digest is ${id}`)
        const config = parseConfig(configBytes, id)
        const diffIds = config.rootfs.diff_ids
        if (diffIds.length !== c.layers.length) {
          throw imageError(IMAGE_INVALID_ARCHIVE, `image ${shortId(id)}: the config lists ${diffIds.length} layers, the archive ${c.layers.length}`)
        }
        const chains = chainIds(diffIds)
        const layers: Descriptor[] = []
        const files: [string, Digest][] = []
        for (let i = 0; i < c.layers.length; i++) {
          const l = c.layers[i]!
          const what = `layer ${i + 1} of image ${shortId(id)}`
          const fi = await info(l.path)
          if (l.digest && l.digest !== fi.digest) throw imageError(IMAGE_DIGEST_MISMATCH, `${what}: blob ${l.digest} has content digest ${fi.digest}`)
          if (l.size !== undefined && l.size !== fi.size) throw imageError(IMAGE_DIGEST_MISMATCH, `${what}: blob ${fi.digest} is ${fi.size} bytes, the manifest says ${l.size}`)
          if (await store.snapshots.ensure(chains[i]!, diffIds[i]!, () => createReadStream(l.path), what)) {
            newSnapshots.push(chains[i]!)
          } else {
            // Already unpacked: still check this archive's layer is what its config claims.
            const actual = fi.compression === 'none' ? fi.digest : await uncompressedDigest(l.path)
            if (actual !== diffIds[i]) throw imageError(IMAGE_DIGEST_MISMATCH, `${what}: wrong diff id: the config says ${diffIds[i]}, the layer content is ${actual}`)
          }
          const mediaType = l.mediaType ?? (fi.compression === 'gzip' ? MT.ociLayerGzip : fi.compression === 'zstd' ? MT.ociLayerZstd : MT.ociLayer)
          layers.push({ mediaType, digest: fi.digest, size: fi.size })
          files.push([l.path, fi.digest])
        }
        prepared.push({ id, configBytes, layers, files, refs: c.refs })
      }

      const images: LoadedImage[] = []
      const messages: string[] = []
      for (const p of prepared) {
        for (const [path, digest] of p.files) if (!store.blobs.has(digest)) store.blobs.adoptFile(path, digest)
        const added = await store.addImage(p.configBytes, p.layers, p.refs)
        messages.push(...added.messages)
        const refs = p.refs.map(familiarString)
        images.push({ id: p.id, refs })
        if (refs.length === 0) messages.push(`Loaded image ID: ${p.id}`)
        else for (const r of refs) messages.push(`Loaded image: ${r}`)
      }
      return { images, messages }
    } catch (err) {
      for (const c of newSnapshots) store.snapshots.remove(c)
      throw err
    } finally {
      rmSync(staging, { recursive: true, force: true })
    }
  })
}
