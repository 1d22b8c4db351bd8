import type { Digest } from './digest.js'
import type { ContainerConfig, HealthConfig, ImageConfig } from './oci.js'

/** `docker image inspect` JSON (API ≥ 1.44 fields; no Container/ContainerConfig/VirtualSize). */
export interface ImageInspect {
  Id: string
  RepoTags: string[]
  RepoDigests: string[]
  Parent: string
  Comment: string
  Created: string
  DockerVersion: string
  Author: string
  Config: DockerContainerConfig
  Architecture: string
  Variant?: string
  Os: string
  Size: number
  GraphDriver: { Name: string; Data: Record<string, string> | null }
  RootFS: { Type: string; Layers: string[] }
  Metadata: { LastTagTime: string }
}

export interface DockerContainerConfig {
  Hostname: string
  Domainname: string
  User: string
  AttachStdin: boolean
  AttachStdout: boolean
  AttachStderr: boolean
  ExposedPorts?: Record<string, object>
  Tty: boolean
  OpenStdin: boolean
  StdinOnce: boolean
  Env: string[] | null
  Cmd: string[] | null
  Healthcheck?: HealthConfig
  ArgsEscaped?: boolean
  Image: string
  Volumes: Record<string, object> | null
  WorkingDir: string
  Entrypoint: string[] | null
  OnBuild: string[] | null
  Labels: Record<string, string> | null
  StopSignal?: string
  Shell?: string[]
}

/** One row of `image ls`. */
export interface ImageSummary {
  Id: string
  RepoTags: string[]
  RepoDigests: string[]
  Created: number
  Size: number
  Labels: Record<string, string> | null
  Containers: number
}

/** One row of `image history`, top-most first. */
export interface HistoryItem {
  Id: string
  Created: number
  CreatedBy: string
  Tags: string[] | null
  Size: number
  Comment: string
}

export function dockerConfig(c: ContainerConfig | undefined): DockerContainerConfig {
  const cfg = c ?? {}
  return {
    Hostname: '',
    Domainname: '',
    User: cfg.User ?? '',
    AttachStdin: false,
    AttachStdout: false,
    AttachStderr: false,
    ...(cfg.ExposedPorts ? { ExposedPorts: cfg.ExposedPorts } : {}),
    Tty: false,
    OpenStdin: false,
    StdinOnce: false,
    Env: cfg.Env ?? null,
    Cmd: cfg.Cmd ?? null,
    ...(cfg.Healthcheck ? { Healthcheck: cfg.Healthcheck } : {}),
    ...(cfg.ArgsEscaped ? { ArgsEscaped: cfg.ArgsEscaped } : {}),
    Image: '',
    Volumes: cfg.Volumes ?? null,
    WorkingDir: cfg.WorkingDir ?? '',
    Entrypoint: cfg.Entrypoint ?? null,
    OnBuild: cfg.OnBuild ?? null,
    Labels: cfg.Labels ?? null,
    ...(cfg.StopSignal ? { StopSignal: cfg.StopSignal } : {}),
    ...(cfg.Shell ? { Shell: cfg.Shell } : {}),
  }
}

export interface InspectInput {
  id: Digest
  config: ImageConfig
  repoTags: string[]
  repoDigests: string[]
  size: number
  lowerDirs: string[]
  lastTagTime?: string
}

export function toInspect(i: InspectInput): ImageInspect {
  const c = i.config
  const history = c.history ?? []
  const lastComment = history.length > 0 ? history[history.length - 1]!.comment : undefined
  return {
    Id: i.id,
    RepoTags: i.repoTags,
    RepoDigests: i.repoDigests,
    Parent: '',
    Comment: (typeof c.comment === 'string' ? c.comment : lastComment) ?? '',
    Created: c.created ?? '0001-01-01T00:00:00Z',
    DockerVersion: typeof c.docker_version === 'string' ? c.docker_version : '',
    Author: c.author ?? '',
    Config: dockerConfig(c.config),
    Architecture: c.architecture,
    ...(c.variant ? { Variant: c.variant } : {}),
    Os: c.os,
    Size: i.size,
    GraphDriver: {
      Name: 'overlay',
      Data: i.lowerDirs.length > 0 ? { LowerDir: i.lowerDirs.join(':') } : null,
    },
    RootFS: { Type: 'layers', Layers: c.rootfs.diff_ids },
    Metadata: { LastTagTime: i.lastTagTime ?? '0001-01-01T00:00:00Z' },
  }
}

export function unixSeconds(iso: string | undefined): number {
  if (!iso) return 0
  const t = Date.parse(iso)
  return Number.isNaN(t) ? 0 : Math.floor(t / 1000)
}

/**
 * docker image history: one row per history entry, newest first; entries with a layer take
 * that layer's size, the top row carries the image ID and tags, older rows `<missing>`.
 */
export function toHistory(id: Digest, config: ImageConfig, layerSizes: number[], tags: string[]): HistoryItem[] {
  const entries = config.history && config.history.length > 0 ? config.history : config.rootfs.diff_ids.map(() => ({}) as NonNullable<ImageConfig['history']>[number])
  let layer = 0
  const rows: HistoryItem[] = entries.map((h) => {
    const size = h.empty_layer ? 0 : (layerSizes[layer++] ?? 0)
    return {
      Id: '<missing>',
      Created: unixSeconds(h.created),
      CreatedBy: h.created_by ?? '',
      Tags: null,
      Size: size,
      Comment: h.comment ?? '',
    }
  })
  rows.reverse()
  if (rows.length > 0) rows[0] = { ...rows[0]!, Id: id, Tags: tags.length > 0 ? tags : null }
  return rows
}
