import * as zlib from 'node:zlib'
import { checkDigest, type Digest, sha256 } from '../images/digest.js'
import { ANNOTATION_REFERENCE_TYPE, INDEX_TYPES, MANIFEST_TYPES, MT, type Descriptor, type ImageIndex, type Manifest, type Platform } from '../images/oci.js'
import type { RegistryClient } from './client.js'
import { registryError, REGISTRY_DIGEST_MISMATCH, REGISTRY_NO_PLATFORM, REGISTRY_PROTOCOL, REGISTRY_UNSUPPORTED } from './errors.js'
import { readBody } from './transport.js'

/** Every manifest type we can use, the way containerd's resolver asks (`resolver.go`). */
export const MANIFEST_ACCEPT = [MT.dockerManifest, MT.dockerManifestList, MT.ociManifest, MT.ociIndex, '*/*'].join(', ')

/** containerd's MaxManifestSize (4 × 1048 × 1048 bytes). */
export const MAX_MANIFEST_BYTES = 4 * 1048 * 1048
/** Image configs are small; a huge one is a broken or hostile registry. */
export const MAX_CONFIG_BYTES = 16 << 20

const SCHEMA1_TYPES = ['application/vnd.docker.distribution.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v1+prettyjws']
const CONFIG_TYPES: readonly string[] = [MT.ociConfig, MT.dockerConfig]
const LAYER_TYPES: readonly string[] = [MT.ociLayer, MT.ociLayerGzip, MT.ociLayerZstd, MT.dockerLayer, MT.dockerLayerGzip]
const FOREIGN_LAYER_RE = /(nondistributable|foreign)/

export interface FetchedDocument {
  readonly bytes: Buffer
  readonly digest: Digest
  readonly mediaType: string
  readonly doc: Manifest & ImageIndex
}

/**
 * GETs a manifest or index by tag or digest. The digest of what we got is the sha256 of
 * the exact bytes, checked against the digest we asked for ("the client must always verify
 * the content against the digest used to fetch the content", api.md), never taken from
 * Docker-Content-Digest.
 */
export async function fetchManifest(client: RegistryClient, reference: string, what: string): Promise<FetchedDocument> {
  const res = await client.request(`/v2/${client.repository}/manifests/${reference}`, { method: 'GET', headers: { accept: MANIFEST_ACCEPT } })
  if (res.status !== 200) return client.fail(res, `manifest for ${what}`)
  const bytes = await readBody(res, MAX_MANIFEST_BYTES, `manifest for ${what}`)
  const digest = sha256(bytes)
  if (reference.startsWith('sha256:') && digest !== reference) {
    throw registryError(REGISTRY_DIGEST_MISMATCH, `manifest for ${what}: content digest is ${digest}, not the ${reference} asked for`)
  }
  let doc: Manifest & ImageIndex
  try {
    doc = JSON.parse(bytes.toString('utf8')) as Manifest & ImageIndex
  } catch {
    throw registryError(REGISTRY_PROTOCOL, `manifest for ${what} is not valid JSON`)
  }
  const header = String(res.headers['content-type'] ?? '').split(';')[0]!.trim()
  const mediaType = typeof doc.mediaType === 'string' && doc.mediaType ? doc.mediaType : header
  if (SCHEMA1_TYPES.includes(mediaType) || (doc as { schemaVersion?: number }).schemaVersion === 1) {
    throw registryError(REGISTRY_UNSUPPORTED, `${what} is a Docker schema 1 manifest, which is deprecated and not supported`, { hint: 'push the image again with a current client' })
  }
  const isIndex = INDEX_TYPES.includes(mediaType) || (Array.isArray(doc.manifests) && !doc.config)
  const isManifest = MANIFEST_TYPES.includes(mediaType) || (!!doc.config && Array.isArray(doc.layers))
  if (!isIndex && !isManifest) throw registryError(REGISTRY_UNSUPPORTED, `${what} has media type "${mediaType}": not a container image`)
  return { bytes, digest, mediaType: isIndex ? (INDEX_TYPES.includes(mediaType) ? mediaType : MT.ociIndex) : MANIFEST_TYPES.includes(mediaType) ? mediaType : MT.ociManifest, doc }
}

export function isIndexType(mediaType: string): boolean {
  return INDEX_TYPES.includes(mediaType)
}

export function formatPlatform(p: Platform): string {
  return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`
}

/** `linux/arm64/v8` → Platform; throws on a malformed string. */
export function parsePlatform(s: string): Platform {
  const [os, architecture, variant, ...rest] = s.split('/')
  if (!os || !architecture || rest.length > 0) throw registryError(REGISTRY_UNSUPPORTED, `invalid platform "${s}": want os/arch[/variant]`)
  return { os: os.toLowerCase(), architecture: architecture.toLowerCase(), ...(variant ? { variant: variant.toLowerCase() } : {}) }
}

/** containerd's platforms.Only: arm64's default variant is v8, and "no variant" matches it. */
function variantMatches(want: Platform, have: Platform | undefined): boolean {
  if (!want.variant) return true
  const v = have?.variant ?? (want.architecture === 'arm64' ? 'v8' : undefined)
  return v === want.variant
}

function isAttestation(d: Descriptor): boolean {
  return d.annotations?.[ANNOTATION_REFERENCE_TYPE] === 'attestation-manifest' || (d.platform?.os === 'unknown' && d.platform.architecture === 'unknown')
}

/** Chooses the platform's manifest in an index, skipping BuildKit attestation manifests. */
export function selectManifest(index: ImageIndex, want: Platform, what: string): Descriptor {
  if (!Array.isArray(index.manifests)) throw registryError(REGISTRY_PROTOCOL, `index for ${what} has no manifests list`)
  const candidates = index.manifests.filter((d) => !isAttestation(d) && (!d.mediaType || MANIFEST_TYPES.includes(d.mediaType) || INDEX_TYPES.includes(d.mediaType)))
  const match = candidates.find((d) => d.platform && d.platform.os === want.os && d.platform.architecture === want.architecture && variantMatches(want, d.platform))
  if (!match) {
    const have = candidates.map((d) => (d.platform ? formatPlatform(d.platform) : '?')).join(', ')
    throw registryError(REGISTRY_NO_PLATFORM, `no matching manifest for ${formatPlatform(want)} in the manifest list entries of ${what}${have ? ` (it has ${have})` : ''}`)
  }
  checkDigest(match.digest, 'manifest')
  return match
}

const zstdSupported = typeof (zlib as unknown as { createZstdDecompress?: unknown }).createZstdDecompress === 'function'

/** Validates a platform manifest before anything is downloaded: types, digests, sizes. */
export function checkImageManifest(m: Manifest, what: string): void {
  if (!m.config || !Array.isArray(m.layers)) throw registryError(REGISTRY_PROTOCOL, `manifest for ${what} has no config or layers`)
  checkDigest(m.config.digest, 'config')
  if (m.config.mediaType && !CONFIG_TYPES.includes(m.config.mediaType)) {
    throw registryError(REGISTRY_UNSUPPORTED, `${what} is not a container image: its config has media type "${m.config.mediaType}"`)
  }
  for (const [i, l] of m.layers.entries()) {
    checkDigest(l.digest, `layer ${i + 1}`)
    if (!Number.isSafeInteger(l.size) || l.size < 0) throw registryError(REGISTRY_PROTOCOL, `manifest for ${what}: layer ${i + 1} has no valid size`)
    if (FOREIGN_LAYER_RE.test(l.mediaType ?? '')) {
      throw registryError(REGISTRY_UNSUPPORTED, `${what}: layer ${i + 1} is a foreign (non-distributable) layer (${l.mediaType}), which is not supported`)
    }
    if (l.mediaType && !LAYER_TYPES.includes(l.mediaType)) {
      throw registryError(REGISTRY_UNSUPPORTED, `${what}: layer ${i + 1} has media type "${l.mediaType}", not a filesystem layer`)
    }
    if (l.mediaType === MT.ociLayerZstd && !zstdSupported) {
      throw registryError(REGISTRY_UNSUPPORTED, `${what}: layer ${i + 1} is zstd-compressed, which needs Node >= 22.15 (running ${process.version})`, { hint: 'use a gzip variant of the image, or run tsc-compose on a newer Node' })
    }
  }
}
