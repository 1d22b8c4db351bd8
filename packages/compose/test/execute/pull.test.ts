import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { PullImageOptions, PullImageResult } from '../../src/execute/host.js'
import type { ProgressEvent } from '../../src/execute/progress.js'
import type { ComposeModel, Project } from '../../src/model/types.js'
import { up } from '../../src/project-ops/up.js'
import { FakeComposeHost } from './fake-host.js'

/** A host whose registry has `remote` images: pulling replaces the local id. */
class PullingHost extends FakeComposeHost {
  remote = new Map<string, string>()
  pulls: string[] = []
  /** The image id each container was created from (the fake's own tracks the tag). */
  createdFrom = new Map<string, string | undefined>()
  override async createContainer(o: { name: string; image: string; labels?: unknown }) {
    const id = await super.createContainer(o)
    this.createdFrom.set(id, this.images.get(o.image))
    return id
  }
  override async listProjectContainers(project: string) {
    return (await super.listProjectContainers(project)).map((c) => ({ ...c, imageId: this.createdFrom.get(c.id) }))
  }
  async pullImage(ref: string, opts: PullImageOptions): Promise<PullImageResult> {
    this.pulls.push(`${ref} ${typeof opts.policy === 'string' ? opts.policy : `max ${opts.policy.maxAgeMs}`}`)
    const local = this.images.get(ref)
    if (local && opts.policy === 'missing') return { id: local, pulled: false }
    const id = this.remote.get(ref)
    if (!id) throw new Error(`manifest for ${ref} not found: manifest unknown`)
    opts.onProgress?.({ status: 'Downloading' })
    this.images.set(ref, id)
    return { id, pulled: true }
  }
}

const model = (pull_policy?: string): ComposeModel => ({
  name: 'pp',
  services: { web: { image: 'reg/web:1', network_mode: 'none', ...(pull_policy ? { pull_policy } : {}) } },
})
const projectOf = (m: ComposeModel): Project => ({ model: m, workingDir: '/tmp/pp', composeFiles: ['/tmp/pp/compose.yaml'], environment: {}, profiles: [], disabledServices: {}, warnings: [] })
const roots: string[] = []
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true })
})
function session(host: PullingHost, m: ComposeModel, events: ProgressEvent[] = []) {
  const root = mkdtempSync(join(tmpdir(), 'tsc-pulltest-'))
  roots.push(root)
  return { project: projectOf(m), host, root, onProgress: (e: ProgressEvent) => events.push(e) }
}

describe('up pulls images by policy', () => {
  it('a missing image is pulled, then the container is created and started', async () => {
    const host = new PullingHost()
    host.remote.set('reg/web:1', 'sha256:new')
    const events: ProgressEvent[] = []
    await up(session(host, model(), events))
    expect(host.pulls).toEqual(['reg/web:1 missing'])
    expect(host.calls).toEqual(['create pp-web-1', 'start pp-web-1'])
    expect(events.filter((e) => e.resource === 'web').map((e) => e.status)).toEqual(['Pulling', 'Pulled'])
  })

  it('--pull always with a changed image recreates the container; quiet-pull says nothing', async () => {
    const host = new PullingHost()
    host.remote.set('reg/web:1', 'sha256:v1')
    await up(session(host, model()))
    host.remote.set('reg/web:1', 'sha256:v2')
    host.calls = []
    const events: ProgressEvent[] = []
    await up(session(host, model(), events), { pull: 'always', quietPull: true })
    expect(host.pulls).toEqual(['reg/web:1 missing', 'reg/web:1 always'])
    expect(host.calls).toEqual(['stop pp-web-1', 'rm pp-web-1', 'create pp-web-1', 'start pp-web-1'])
    expect(events.filter((e) => e.resource === 'web')).toEqual([])
  })

  it('pull_policy never with a missing image fails naming the service; a failed pull too', async () => {
    const host = new PullingHost()
    await expect(up(session(host, model('never')))).rejects.toThrow('service "web": image "reg/web:1" not found locally (pull_policy never)')
    expect(host.pulls).toEqual([])
    await expect(up(session(host, model()))).rejects.toThrow('service "web": cannot pull image "reg/web:1": manifest for reg/web:1 not found: manifest unknown')
    expect(host.calls).toEqual([])
  })

  it('a refresh policy hands the host its maximum age', async () => {
    const host = new PullingHost()
    host.remote.set('reg/web:1', 'sha256:v1')
    host.images.set('reg/web:1', 'sha256:v1')
    await up(session(host, model('every_2h')))
    expect(host.pulls).toEqual(['reg/web:1 max 7200000'])
  })
})
