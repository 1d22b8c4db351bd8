import type { ComposeHost, ContainerStatus } from '../../src/execute/host.js'
import type { ObservedContainer } from '../../src/plan/observed.js'
import { LABEL_CONFIG_HASH, LABEL_CONTAINER_NUMBER, LABEL_ONEOFF, LABEL_PROJECT, LABEL_SERVICE } from '../../src/plan/labels.js'

interface FakeContainer { id: string; name: string; labels: Record<string, string>; status: ContainerStatus; image: string }

/** An in-memory ComposeHost that records every call, for executor tests without a kernel. */
export class FakeComposeHost implements ComposeHost {
  calls: string[] = []
  containers = new Map<string, FakeContainer>()
  networks = new Set<string>()
  volumes = new Set<string>()
  images = new Map<string, string>([['bb', 'sha256:1']])
  /** Health a started container reaches, per service. */
  healthOnStart = new Map<string, ContainerStatus['health']>()
  exitOnStart = new Map<string, number>()
  failStart = new Set<string>()
  private seq = 0

  async listProjectContainers(project: string): Promise<ObservedContainer[]> {
    return [...this.containers.values()].filter((c) => c.labels[LABEL_PROJECT] === project).map((c) => ({
      id: c.id, name: c.name, service: c.labels[LABEL_SERVICE]!, number: Number(c.labels[LABEL_CONTAINER_NUMBER]),
      oneoff: c.labels[LABEL_ONEOFF] === 'True', configHash: c.labels[LABEL_CONFIG_HASH]!, imageId: this.images.get(c.image),
      state: c.status.state, exitCode: c.status.exitCode, health: c.status.health, labels: c.labels,
    }))
  }
  async networkExists(name: string) { return this.networks.has(name) }
  async createNetwork(name: string) { this.calls.push(`createNetwork ${name}`); this.networks.add(name) }
  async removeNetwork(name: string) { this.calls.push(`removeNetwork ${name}`); this.networks.delete(name) }
  async connectNetwork(network: string, c: { name: string }) { this.calls.push(`connect ${c.name} ${network}`) }
  async volumeExists(name: string) { return this.volumes.has(name) }
  async createVolume(name: string) { this.calls.push(`createVolume ${name}`); this.volumes.add(name) }
  async removeVolume(name: string) { this.calls.push(`removeVolume ${name}`); this.volumes.delete(name) }
  async imageId(ref: string) { return this.images.get(ref) }
  async removeImage(ref: string) { this.calls.push(`removeImage ${ref}`); this.images.delete(ref) }
  async createContainer(o: { name: string; image: string; labels?: unknown }) {
    const id = `c${++this.seq}`.padEnd(64, '0')
    this.calls.push(`create ${o.name}`)
    this.created.push(o as unknown as Record<string, unknown>)
    this.containers.set(id, { id, name: o.name, image: o.image, labels: o.labels as Record<string, string>, status: { state: 'created' } })
    return id
  }
  async startContainer(id: string) {
    const c = this.containers.get(id)!
    const service = c.labels[LABEL_SERVICE]!
    this.calls.push(`start ${c.name}`)
    if (this.failStart.has(service)) throw new Error(`exec: "nope": executable file not found in $PATH`)
    c.status = this.exitOnStart.has(service)
      ? { state: 'exited', exitCode: this.exitOnStart.get(service) }
      : { state: 'running', health: this.healthOnStart.get(service) }
  }
  async stopContainer(id: string) { const c = this.containers.get(id)!; this.calls.push(`stop ${c.name}`); c.status = { state: 'exited', exitCode: 0 } }
  async removeContainer(id: string) { const c = this.containers.get(id)!; this.calls.push(`rm ${c.name}`); this.containers.delete(id) }
  /** Mounts per container id, as the runtime's record has them. */
  mounts = new Map<string, Array<{ type: 'bind' | 'volume'; source: string; target: string; readOnly: boolean; anonymous?: boolean }>>()
  created: Array<Record<string, unknown>> = []
  async containerMounts(id: string) { return this.mounts.get(id) ?? [] }
  async containerStatus(id: string) { return this.containers.get(id)?.status }
}
