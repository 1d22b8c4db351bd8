import { describe, expect, it } from 'vitest'
import type { ComposeModel, Project, Service } from '../../src/model/types.js'
import { waitForProject } from '../../src/project-ops/wait.js'
import { FakeComposeHost } from '../execute/fake-host.js'

const projectOf = (services: Record<string, Partial<Service>>): Project => ({
  model: { name: 'w', services } as unknown as ComposeModel,
  workingDir: '/tmp/w',
  composeFiles: ['/tmp/w/compose.yaml'],
  environment: {},
  profiles: [],
  disabledServices: {},
  warnings: [],
})

/** One container per service in the given state; the ids map as up returns it. */
function hostWith(states: Record<string, { state: 'running' | 'exited'; exitCode?: number }>): { host: FakeComposeHost; ids: Map<string, string[]> } {
  const host = new FakeComposeHost()
  const ids = new Map<string, string[]>()
  for (const [service, status] of Object.entries(states)) {
    const id = `${service}`.padEnd(64, '0')
    host.containers.set(id, { id, name: `w-${service}-1`, image: 'bb', labels: {}, status })
    ids.set(service, [id])
  }
  return { host, ids }
}

describe('up --wait and one-shot services', () => {
  it('a service that exited 0 without a restart policy is done', async () => {
    const { host, ids } = hostWith({ web: { state: 'running' }, seed: { state: 'exited', exitCode: 0 } })
    await expect(waitForProject(projectOf({ web: {}, seed: { restart: 'no' } }), host, ids, { pollMs: 1 })).resolves.toBeUndefined()
    await expect(waitForProject(projectOf({ web: {}, seed: { restart: 'on-failure' } }), host, ids, { pollMs: 1 })).resolves.toBeUndefined()
  })

  it('a non-zero exit fails, naming the service', async () => {
    const { host, ids } = hostWith({ web: { state: 'running' }, seed: { state: 'exited', exitCode: 3 } })
    await expect(waitForProject(projectOf({ web: {}, seed: {} }), host, ids, { pollMs: 1 })).rejects.toThrow('container for service "seed" exited (3)')
  })

  it('exit 0 of a service its policy restarts after a clean exit is a failure (it was meant to run)', async () => {
    const { host, ids } = hostWith({ web: { state: 'exited', exitCode: 0 } })
    for (const web of [{ restart: 'always' }, { restart: 'unless-stopped' }, { deploy: { restart_policy: { condition: 'any' } } }] as Partial<Service>[]) {
      await expect(waitForProject(projectOf({ web }), host, ids, { pollMs: 1 })).rejects.toThrow('container for service "web" exited (0)')
    }
    // deploy.restart_policy wins over restart, as in the runtime
    await expect(waitForProject(projectOf({ web: { restart: 'always', deploy: { restart_policy: { condition: 'on-failure' } } } as Partial<Service> }), host, ids, { pollMs: 1 })).resolves.toBeUndefined()
    await expect(waitForProject(projectOf({ web: { restart: 'always', deploy: { restart_policy: {} } } as Partial<Service> }), host, ids, { pollMs: 1 })).resolves.toBeUndefined()
  })
})
