import type { Readable } from 'node:stream'
import { Transform, type TransformCallback } from 'node:stream'
import { type Digest, shortId, sha256 } from '../images/digest.js'
import { imageError, IMAGE_INVALID_REFERENCE } from '../images/errors.js'
import { MT, type Descriptor, type Manifest } from '../images/oci.js'
import { familiarString, fullName, normalizeReference, type Reference } from '../images/reference.js'
import type { ImageStore } from '../images/store.js'
import { RegistryClient } from './client.js'
import { registryError, REGISTRY_DIGEST_MISMATCH } from './errors.js'
import { endpointFor } from './hosts.js'
import { limiter, type RegistryProgressListener } from './progress.js'
import { registrySettings, type RegistrySettingsInput } from './settings.js'

export interface PushOptions extends RegistrySettingsInput {
  readonly onProgress?: RegistryProgressListener
  readonly signal?: AbortSignal
  /** Parallel uploads (dockerd's max-concurrent-uploads: 5). */
  readonly concurrency?: number
}

export interface PushResult {
  readonly digest: Digest
  readonly size: number
  readonly mediaType: string
  /** docker's closing line: `latest: digest: sha256:… size: 527`. */
  readonly messages: string[]
}

const TO_OCI_LAYER: Readonly<Record<string, string>> = {
  [MT.dockerLayer]: MT.ociLayer,
  [MT.dockerLayerGzip]: MT.ociLayerGzip,
}

/**
 * The manifest to push for what the store holds: docker schema 2 when every layer has a
 * docker media type (an image pulled from a docker-format registry goes back the same way),
 * OCI otherwise. Layers are pushed as stored (imported layers are uncompressed tars).
 */
export function manifestForPush(stored: Manifest, configSize: number): { bytes: Buffer; mediaType: string } {
  const docker = stored.layers.length > 0 && stored.layers.every((l) => l.mediaType === MT.dockerLayerGzip || l.mediaType === MT.dockerLayer)
  const layers = stored.layers.map((l) => ({ mediaType: docker ? l.mediaType : TO_OCI_LAYER[l.mediaType] ?? l.mediaType, size: l.size, digest: l.digest }))
  const mediaType = docker ? MT.dockerManifest : MT.ociManifest
  const doc = {
    schemaVersion: 2,
    mediaType,
    config: { mediaType: docker ? MT.dockerConfig : MT.ociConfig, size: configSize, digest: stored.config.digest },
    layers,
  }
  return { bytes: Buffer.from(JSON.stringify(doc)), mediaType }
}

/** Counts bytes on their way to the registry, for "Pushing 1.2MB/2MB". */
class Counter extends Transform {
  n = 0
  constructor(private readonly onBytes: (n: number) => void) {
    super()
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.n += chunk.length
    this.onBytes(this.n)
    cb(null, chunk)
  }
}

/** Another repository on the same registry that the store knows has this image's blobs. */
function mountSource(store: ImageStore, id: Digest, ref: Reference): string | undefined {
  return store.tags().refsOf(id).find((r) => r.domain === ref.domain && r.path !== ref.path)?.path
}

/**
 * `docker push NAME[:TAG]`: uploads the blobs the repository lacks (HEAD, then a
 * cross-repository mount when the store knows a sibling repository, else POST + PUT),
 * then the manifest under the tag; records the pushed digest as a RepoDigest.
 */
export async function pushImage(store: ImageStore, input: string, opts: PushOptions = {}): Promise<PushResult> {
  const ref = normalizeReference(input)
  if (ref.digest) throw imageError(IMAGE_INVALID_REFERENCE, `cannot push a digest reference: "${input}"`, { hint: 'push a tag (NAME[:TAG])' })
  const { id } = store.find(input)
  const stored = store.manifest(id)
  const configBytes = store.blobs.read(id)
  const { bytes, mediaType } = manifestForPush(stored, configBytes.length)
  const digest = sha256(bytes)
  const emit = opts.onProgress ?? (() => {})
  const settings = registrySettings({ ...opts, root: opts.root ?? store.paths.root })
  const from = mountSource(store, id, ref)
  const client = new RegistryClient({
    endpoint: endpointFor(ref.domain, settings.insecureRegistries),
    repository: ref.path,
    actions: 'pull,push',
    ...(from ? { extraScopes: [`repository:${from}:pull`] } : {}),
    credentials: settings.credentialsFor(ref.domain),
    signal: opts.signal,
  })
  try {
    emit({ status: `The push refers to repository [${fullName(ref)}]` })
    const blobs: (Descriptor & { layer: boolean })[] = [
      ...stored.layers.map((l) => ({ ...l, layer: true })),
      { mediaType: MT.ociConfig, digest: id, size: configBytes.length, layer: false },
    ]
    for (const b of blobs) if (b.layer) emit({ id: shortId(b.digest), status: 'Preparing' })
    const run = limiter(opts.concurrency ?? 5)
    const seen = new Map<string, Promise<void>>()
    const pushBlob = (b: Descriptor & { layer: boolean }): Promise<void> => {
      const existing = seen.get(b.digest)
      if (existing) return existing
      const p = run(async () => {
        const sid = shortId(b.digest)
        const say = (status: string, extra: { current?: number; total?: number } = {}): void => {
          if (b.layer) emit({ id: sid, status, ...extra })
        }
        if (await client.hasBlob(b.digest)) {
          say('Layer already exists')
          return
        }
        const started = await client.startUpload(b.digest, from)
        if (started === 'mounted') {
          say(`Mounted from ${from}`)
          return
        }
        let last = 0
        const open = (): Readable => store.blobs.stream(b.digest).pipe(new Counter((n) => {
          const now = Date.now()
          if (now - last >= 100 || n === b.size) {
            last = now
            say('Pushing', { current: n, total: b.size })
          }
        }))
        await client.finishUpload(started, b.digest, b.size, open)
        say('Pushed')
      })
      seen.set(b.digest, p)
      return p
    }
    await Promise.all(blobs.map(pushBlob))
    const tag = ref.tag!
    const res = await client.request(`/v2/${ref.path}/manifests/${tag}`, { method: 'PUT', headers: { 'content-type': mediaType }, body: bytes })
    res.body.resume()
    if (res.status !== 201 && res.status !== 200) return client.fail(res, `manifest ${familiarString(ref)}`)
    const said = res.headers['docker-content-digest']
    if (typeof said === 'string' && said !== digest) {
      throw registryError(REGISTRY_DIGEST_MISMATCH, `the registry stored manifest ${familiarString(ref)} as ${said}, but its content digest is ${digest}`)
    }
    await store.withLock(async () => {
      const tags = store.tags()
      tags.set({ domain: ref.domain, path: ref.path, digest }, id)
      tags.save()
    })
    return { digest, size: bytes.length, mediaType, messages: [`${tag}: digest: ${digest} size: ${bytes.length}`] }
  } finally {
    client.close()
  }
}
