import type { Digest } from './digest.js'

/** Media types (image-spec media-types.md; distribution manifest-v2-2.md). */
export const MT = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
} as const

export const INDEX_TYPES: readonly string[] = [MT.ociIndex, MT.dockerManifestList]
export const MANIFEST_TYPES: readonly string[] = [MT.ociManifest, MT.dockerManifest]

/** Annotations docker (containerd store) writes in index.json and reads back on load. */
export const ANNOTATION_REF_NAME = 'org.opencontainers.image.ref.name'
export const ANNOTATION_IMAGE_NAME = 'io.containerd.image.name'
/** BuildKit attestation manifests sit in indexes next to images: skip them. */
export const ANNOTATION_REFERENCE_TYPE = 'vnd.docker.reference.type'

export interface Platform {
  architecture: string
  os: string
  variant?: string
}

export interface Descriptor {
  mediaType: string
  digest: Digest
  size: number
  annotations?: Record<string, string>
  platform?: Platform
}

export interface Manifest {
  schemaVersion: 2
  mediaType?: string
  config: Descriptor
  layers: Descriptor[]
  annotations?: Record<string, string>
}

export interface ImageIndex {
  schemaVersion: 2
  mediaType?: string
  manifests: Descriptor[]
  annotations?: Record<string, string>
}

export interface HealthConfig {
  Test?: string[]
  Interval?: number
  Timeout?: number
  StartPeriod?: number
  StartInterval?: number
  Retries?: number
}

/** The `config` part of an image config (image-spec config.md, with docker's extra fields). */
export interface ContainerConfig {
  User?: string
  ExposedPorts?: Record<string, object>
  Env?: string[]
  Entrypoint?: string[] | null
  Cmd?: string[] | null
  Volumes?: Record<string, object>
  WorkingDir?: string
  Labels?: Record<string, string>
  StopSignal?: string
  OnBuild?: string[] | null
  Healthcheck?: HealthConfig
  Shell?: string[]
  ArgsEscaped?: boolean
}

export interface HistoryEntry {
  created?: string
  created_by?: string
  author?: string
  comment?: string
  empty_layer?: boolean
}

export interface ImageConfig {
  created?: string
  author?: string
  architecture: string
  os: string
  variant?: string
  config?: ContainerConfig
  rootfs: { type: 'layers'; diff_ids: Digest[] }
  history?: HistoryEntry[]
  /** docker keeps the import/commit message here too. */
  comment?: string
  [extra: string]: unknown
}

/** GOARCH-style name of the host, as image platforms write it. */
export function hostArchitecture(): string {
  const map: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' }
  return map[process.arch] ?? process.arch
}
