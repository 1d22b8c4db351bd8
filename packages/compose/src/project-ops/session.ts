import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { lockFile } from '@tsc-compose/runtime'
import type { Project } from '../model/types.js'
import type { ComposeHost } from '../execute/host.js'
import type { ObservedProject } from '../plan/observed.js'
import type { ProgressListener } from '../execute/progress.js'

/** Everything a project command needs: the loaded project, the host seam and the state root. */
export interface ProjectSession {
  readonly project: Project
  readonly host: ComposeHost
  /** State root of the runtime (for the project lock). */
  readonly root: string
  readonly onProgress?: ProgressListener
}

/**
 * Two `up`s of one project at once: the second waits for the first (flock on
 * <root>/projects/<name>.lock, dropped by the kernel if the holder is SIGKILLed).
 */
export async function withProjectLock<T>(root: string, project: string, fn: () => Promise<T>): Promise<T> {
  const dir = join(root, 'projects')
  mkdirSync(dir, { recursive: true })
  const lock = await lockFile(join(dir, `${project}.lock`), 'ex')
  try {
    return await fn()
  } finally {
    lock.release()
  }
}

/** Reads what exists for the project: containers by label, networks, volumes, images. */
/** `images: false` skips the image lookups (only up and `down --rmi` plan with them). */
export async function observeProject(project: Project, host: ComposeHost, opts: { images?: boolean } = {}): Promise<ObservedProject> {
  const model = project.model
  const containers = await host.listProjectContainers(model.name)
  const networks = new Set<string>()
  for (const [key, net] of Object.entries(model.networks ?? {})) {
    const name = net.name ?? `${model.name}_${key}`
    if (await host.networkExists(name)) networks.add(name)
  }
  const volumes = new Set<string>()
  for (const [key, vol] of Object.entries(model.volumes ?? {})) {
    const name = vol.name ?? `${model.name}_${key}`
    if (await host.volumeExists(name)) volumes.add(name)
  }
  const images = new Map<string, string>()
  for (const [name, service] of opts.images === false ? [] : Object.entries(model.services)) {
    const ref = service.image ?? `${model.name}-${name}`
    if (images.has(ref)) continue
    const id = await host.imageId(ref)
    if (id) images.set(ref, id)
  }
  return { containers, networks, volumes, images }
}
