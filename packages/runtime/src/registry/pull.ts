import { createReadStream, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { HashingPassThrough, tmpName } from '../images/blobs.js'
import { AutoDecompress } from '../images/decompress.js'
import { chainIds, type Digest, hexOf, isDigest, sha256, shortId } from '../images/digest.js'
import { hostArchitecture, type Descriptor, type ImageConfig, type Manifest, type Platform } from '../images/oci.js'
import { familiarString, normalizeReference, referenceString, type Reference } from '../images/reference.js'
import type { ImageStore } from '../images/store.js'
import { downloadBlob, fetchSmallBlob } from './blob-download.js'
import { RegistryClient } from './client.js'
import { registryError, REGISTRY_ABORTED, REGISTRY_DIGEST_MISMATCH, REGISTRY_NO_PLATFORM, REGISTRY_PROTOCOL, REGISTRY_UNREACHABLE } from './errors.js'
import { endpointFor } from './hosts.js'
import { checkImageManifest, fetchManifest, formatPlatform, isIndexType, MAX_CONFIG_BYTES, parsePlatform, selectManifest } from './manifest.js'
import { limiter, type RegistryProgress, type RegistryProgressListener } from './progress.js'
import { registrySettings, type RegistrySettingsInput } from './settings.js'

export interface PullOptions extends RegistrySettingsInput {
  /** `linux/amd64` or a Platform; this host's by default. An explicit one must match the image. */
  readonly platform?: Platform | string
  readonly onProgress?: RegistryProgressListener
  readonly signal?: AbortSignal
  /** Parallel layer downloads (dockerd's max-concurrent-downloads: 3). */
  readonly concurrency?: number
}

export interface PullResult {
  /** Image ID (config digest). */
  readonly id: Digest
  /** What docker prints last: `docker.io/library/busybox:latest`. */
  readonly reference: string
  /** The digest the tag resolved to (index or manifest), as in RepoDigests. */
  readonly digest: Digest
  /** The tag already named this image: nothing changed. */
  readonly upToDate: boolean
  readonly downloadedBytes: number
  /** docker's closing lines: `Digest: sha256:…`, `Status: Downloaded newer image for busybox:latest`. */
  readonly messages: string[]
}

const PROGRESS_INTERVAL_MS = 100
const DOWNLOAD_ATTEMPTS = 3
const RETRY_DELAY_MS = 1000

/** Transport failures (reset, timeout) are worth another try; answers the registry meant are not. */
function retryable(err: unknown): boolean {
  const code = (err as { code?: string }).code
  return code === REGISTRY_UNREACHABLE || code === 'ECONNRESET' || code === 'EPIPE' || code === 'ETIMEDOUT' || code === 'ERR_STREAM_PREMATURE_CLOSE'
}

function parseConfig(bytes: Buffer, layers: number, what: string): ImageConfig {
  let config: ImageConfig
  try {
    config = JSON.parse(bytes.toString('utf8')) as ImageConfig
  } catch {
    throw registryError(REGISTRY_PROTOCOL, `the image config of ${what} is not valid JSON`)
  }
  const ids = config?.rootfs?.diff_ids
  if (!Array.isArray(ids) || !ids.every(isDigest)) throw registryError(REGISTRY_PROTOCOL, `the image config of ${what} has no valid rootfs.diff_ids`)
  if (ids.length !== layers) throw registryError(REGISTRY_PROTOCOL, `${what}: the config lists ${ids.length} layers, the manifest ${layers}`)
  return config
}

async function uncompressedDigest(file: string, what: string): Promise<Digest> {
  const h = new HashingPassThrough()
  await pipeline(createReadStream(file), new AutoDecompress(what), h, async function* (src) {
    for await (const _ of src) {
      // drain
    }
  })
  return h.digest()
}

/** Snapshots no recorded image uses any more (a failed pull's own). Caller holds the lock. */
function dropUnreferencedSnapshots(store: ImageStore, created: readonly Digest[]): void {
  if (created.length === 0) return
  const used = new Set<string>()
  for (const id of store.imageIds()) {
    try {
      for (const c of chainIds(store.config(id).rootfs.diff_ids)) used.add(c)
    } catch {
      // a damaged image keeps nothing alive
    }
  }
  for (const c of created) if (!used.has(c)) store.snapshots.remove(c)
}

/** The image a digest reference already names in the store, complete, if any. */
function presentByDigest(store: ImageStore, ref: Reference): Digest | undefined {
  if (!ref.digest) return undefined
  const id = store.tags().get({ domain: ref.domain, path: ref.path, digest: ref.digest })
  if (!id || !store.record(id)) return undefined
  try {
    const m = store.manifest(id)
    return m.layers.every((l) => store.blobs.has(l.digest)) ? id : undefined
  } catch {
    return undefined
  }
}

/**
 * `docker pull`: resolves the reference on its registry, picks the platform's manifest,
 * downloads what the store lacks (in parallel, each blob verified against its digest while
 * it streams to a private ingest file), unpacks each layer's snapshot as soon as it is
 * here (checking diff_ids), then adds blobs and image under the store lock in one step.
 * A failure adds nothing: no blob, snapshot, image or tag.
 */
export async function pullImage(store: ImageStore, input: string, opts: PullOptions = {}): Promise<PullResult> {
  const parsed = normalizeReference(input)
  // docker drops the tag of `name:tag@digest`: the digest alone names the content.
  const ref: Reference = parsed.digest ? { domain: parsed.domain, path: parsed.path, digest: parsed.digest } : parsed
  const what = familiarString(ref)
  const emit = opts.onProgress ?? (() => {})
  const platform = typeof opts.platform === 'string' ? parsePlatform(opts.platform) : opts.platform ?? { os: 'linux', architecture: hostArchitecture() }

  const already = presentByDigest(store, ref)
  if (already) {
    return { id: already, reference: referenceString(ref), digest: ref.digest as Digest, upToDate: true, downloadedBytes: 0, messages: [`Digest: ${ref.digest}`, `Status: Image is up to date for ${what}`] }
  }

  const settings = registrySettings({ ...opts, root: opts.root ?? store.paths.root })
  const ctl = new AbortController()
  const onAbort = (): void => ctl.abort()
  opts.signal?.addEventListener('abort', onAbort, { once: true })
  const client = new RegistryClient({
    endpoint: endpointFor(ref.domain, settings.insecureRegistries),
    repository: ref.path,
    actions: 'pull',
    credentials: settings.credentialsFor(ref.domain),
    signal: ctl.signal,
  })
  const ingest = join(store.paths.ingestDir, tmpName('pull'))
  const newSnapshots: Digest[] = []
  try {
    emit({ status: `${ref.digest ?? ref.tag}: Pulling from ${ref.path}` })
    const top = await fetchManifest(client, ref.digest ?? ref.tag!, what)
    let doc = top
    if (isIndexType(top.mediaType)) {
      const chosen = selectManifest(top.doc, platform, what)
      doc = await fetchManifest(client, chosen.digest, `${what} (${formatPlatform(platform)})`)
      if (isIndexType(doc.mediaType)) throw registryError(REGISTRY_PROTOCOL, `${what}: the index for ${formatPlatform(platform)} points at another index`)
    }
    const manifest = doc.doc as Manifest
    checkImageManifest(manifest, what)
    const configBytes = store.blobs.has(manifest.config.digest)
      ? store.blobs.read(manifest.config.digest)
      : await fetchSmallBlob(client, manifest.config, MAX_CONFIG_BYTES, `the image config of ${what}`)
    if (sha256(configBytes) !== manifest.config.digest) throw registryError(REGISTRY_DIGEST_MISMATCH, `the image config of ${what} does not match ${manifest.config.digest}`)
    const config = parseConfig(configBytes, manifest.layers.length, what)
    if (opts.platform !== undefined && (config.os !== platform.os || config.architecture !== platform.architecture)) {
      throw registryError(REGISTRY_NO_PLATFORM, `image ${what} was found but its platform (${config.os}/${config.architecture}) does not match the specified platform (${formatPlatform(platform)})`)
    }
    const diffIds = config.rootfs.diff_ids
    const chains = chainIds(diffIds)

    mkdirSync(ingest, { recursive: true })
    const downloads = new Map<Digest, Promise<string | undefined>>()
    const files = new Map<Digest, string>()
    let downloadedBytes = 0
    const run = limiter(opts.concurrency ?? 3)

    const fetchLayer = (layer: Descriptor, id: string): Promise<string | undefined> => {
      let p = downloads.get(layer.digest)
      if (p) return p
      p = (async () => {
        if (store.blobs.has(layer.digest)) return undefined
        if (run.full()) emit({ id, status: 'Waiting' })
        return run(async () => {
          if (ctl.signal.aborted) throw registryError(REGISTRY_ABORTED, 'aborted')
          const file = join(ingest, hexOf(layer.digest))
          let last = 0
          // A dropped connection is retried from the start (resume-free), like dockerd's
          // download manager; a wrong digest or a 4xx is not.
          for (let attempt = 1; ; attempt++) {
            try {
              await downloadBlob(client, layer, file, `layer ${layer.digest} of ${what}`, (n) => {
                const now = Date.now()
                if (now - last >= PROGRESS_INTERVAL_MS || n === layer.size) {
                  last = now
                  emit({ id, status: 'Downloading', current: n, total: layer.size })
                }
              })
              break
            } catch (err) {
              rmSync(file, { force: true })
              if (attempt >= DOWNLOAD_ATTEMPTS || ctl.signal.aborted || !retryable(err)) throw err
              emit({ id, status: `Retrying in ${attempt} second${attempt > 1 ? 's' : ''}` })
              await new Promise((r) => setTimeout(r, attempt * RETRY_DELAY_MS))
            }
          }
          emit({ id, status: 'Verifying Checksum' })
          emit({ id, status: 'Download complete' })
          downloadedBytes += layer.size
          files.set(layer.digest, file)
          return file
        })
      })()
      downloads.set(layer.digest, p)
      return p
    }

    const layerTasks = manifest.layers.map(async (layer, i): Promise<void> => {
      const id = shortId(layer.digest)
      if (store.blobs.has(layer.digest) && store.snapshots.has(chains[i]!)) {
        emit({ id, status: 'Already exists' })
        return
      }
      emit({ id, status: 'Pulling fs layer' } satisfies RegistryProgress)
      const file = await fetchLayer(layer, id)
      const lwhat = `layer ${i + 1} (${layer.digest}) of ${what}`
      emit({ id, status: 'Extracting' })
      const open = file ? () => createReadStream(file) : () => store.blobs.stream(layer.digest)
      if (await store.snapshots.ensure(chains[i]!, diffIds[i]!, open, lwhat)) {
        newSnapshots.push(chains[i]!)
      } else if (file) {
        // The snapshot came from elsewhere: this blob must still be what the config says.
        const actual = await uncompressedDigest(file, lwhat)
        if (actual !== diffIds[i]) throw registryError(REGISTRY_DIGEST_MISMATCH, `${lwhat}: wrong diff id: the config says ${diffIds[i]}, the layer content is ${actual}`)
      }
      emit({ id, status: 'Pull complete' })
    })
    // First failure stops the others (their requests are aborted), then we wait for all of
    // them to settle so nothing writes into ingest/ while it is removed.
    const settled = await Promise.allSettled(layerTasks.map((t) => t.catch((err) => {
      ctl.abort()
      throw err
    })))
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected')
    if (failed) throw failed.reason

    const tagRef = ref.digest ? undefined : ref
    const digestRef: Reference = { domain: ref.domain, path: ref.path, digest: top.digest }
    await store.blobs.ensureDirs()
    const { id, previous } = await store.withLock(async () => {
      const adopted: Digest[] = []
      try {
        for (const [d, file] of files) {
          if (store.blobs.has(d)) continue
          store.blobs.adoptFile(file, d)
          adopted.push(d)
        }
        for (const [i, layer] of manifest.layers.entries()) {
          if (!store.blobs.has(layer.digest)) {
            throw registryError(REGISTRY_PROTOCOL, `layer ${layer.digest} was removed from the store while ${what} was being pulled: pull again`)
          }
          // A concurrent `image rm` may have collected a snapshot unpacked before the lock.
          if (await store.snapshots.ensure(chains[i]!, diffIds[i]!, () => store.blobs.stream(layer.digest), `layer ${i + 1} of ${what}`)) newSnapshots.push(chains[i]!)
        }
        const previous = tagRef ? store.tags().get(tagRef) : undefined
        const layers = manifest.layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size }))
        const added = await store.addImage(configBytes, layers, tagRef ? [tagRef, digestRef] : [digestRef], manifest.config.mediaType)
        return { id: added.id, previous }
      } catch (err) {
        for (const d of adopted) store.blobs.remove(d)
        throw err
      }
    })
    const upToDate = previous === id
    return {
      id,
      reference: referenceString(ref),
      digest: top.digest,
      upToDate,
      downloadedBytes,
      messages: [`Digest: ${top.digest}`, `Status: ${upToDate ? 'Image is up to date' : 'Downloaded newer image'} for ${what}`],
    }
  } catch (err) {
    if (newSnapshots.length > 0) await store.withLock(async () => dropUnreferencedSnapshots(store, newSnapshots))
    if (ctl.signal.aborted && opts.signal?.aborted) throw registryError(REGISTRY_ABORTED, `pull of ${what} aborted`, { cause: err })
    throw err
  } finally {
    opts.signal?.removeEventListener('abort', onAbort)
    client.close()
    rmSync(ingest, { recursive: true, force: true })
  }
}
