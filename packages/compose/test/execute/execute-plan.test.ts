import { describe, expect, it } from 'vitest'
import { executePlan } from '../../src/execute/execute-plan.js'
import type { ComposeModel, Project } from '../../src/model/types.js'
import type { ObservedProject } from '../../src/plan/observed.js'
import { reconcileDown } from '../../src/plan/reconcile-down.js'
import { reconcileUp } from '../../src/plan/reconcile-up.js'
import { FakeComposeHost } from './fake-host.js'

const model: ComposeModel = {
  name: 'shop',
  services: {
    web: { image: 'bb', networks: { default: null }, depends_on: { api: { condition: 'service_healthy', required: true } } },
    api: { image: 'bb', networks: { default: null }, depends_on: { migrate: { condition: 'service_completed_successfully', required: true } } },
    migrate: { image: 'bb', networks: { default: null } },
  },
  networks: { default: { name: 'shop_default' } },
}
const project: Project = { model, workingDir: '/tmp/shop', composeFiles: ['/tmp/shop/compose.yaml'], environment: {}, profiles: [], disabledServices: {}, warnings: [] }

async function observe(host: FakeComposeHost): Promise<ObservedProject> {
  return { containers: await host.listProjectContainers('shop'), networks: host.networks, volumes: host.volumes, images: host.images }
}

const networkRequest = () => ({ network: { mode: 'shop_default' }, volumeNames: {}, fileSources: {} })

describe('executePlan', () => {
  it('brings a project up honouring completed_successfully and healthy conditions, then down', async () => {
    const host = new FakeComposeHost()
    host.exitOnStart.set('migrate', 0)
    host.healthOnStart.set('api', 'healthy')
    await executePlan(reconcileUp(model, await observe(host)), { project, host, networkRequest, pollMs: 1 })
    expect(host.calls).toEqual([
      'createNetwork shop_default',
      'create shop-migrate-1', 'start shop-migrate-1',
      'create shop-api-1', 'start shop-api-1',
      'create shop-web-1', 'start shop-web-1',
    ])
    // a second up leaves running services alone and, like docker compose, runs the exited one-shot again
    expect(reconcileUp(model, await observe(host)).operations.map((o) => `${o.target} ${o.kind}`)).toEqual(['service:migrate:1 startContainer'])
    host.calls = []
    await executePlan(reconcileDown(model, await observe(host)), { project, host, networkRequest, pollMs: 1 })
    expect(host.calls).toEqual(['stop shop-web-1', 'rm shop-web-1', 'stop shop-api-1', 'rm shop-api-1', 'rm shop-migrate-1', 'removeNetwork shop_default'])
    expect(host.containers.size).toBe(0)
  })

  it('fails naming the dependency when a one-shot exits non-zero, and starts nothing after it', async () => {
    const host = new FakeComposeHost()
    host.exitOnStart.set('migrate', 3)
    await expect(executePlan(reconcileUp(model, await observe(host)), { project, host, networkRequest, pollMs: 1 }))
      .rejects.toThrow(`service "migrate" didn't complete successfully: exit 3`)
    expect(host.calls).not.toContain('create shop-api-1')
  })

  it('fails when a healthy condition meets an unhealthy container', async () => {
    const host = new FakeComposeHost()
    host.exitOnStart.set('migrate', 0)
    host.healthOnStart.set('api', 'unhealthy')
    await expect(executePlan(reconcileUp(model, await observe(host)), { project, host, networkRequest, pollMs: 1 }))
      .rejects.toThrow(/dependency failed to start: container for service "api" is unhealthy/)
  })

  it('names the service whose container fails to start', async () => {
    const host = new FakeComposeHost()
    host.failStart.add('migrate')
    await expect(executePlan(reconcileUp(model, await observe(host)), { project, host, networkRequest, pollMs: 1 }))
      .rejects.toThrow(/service "migrate" failed to start: exec: "nope"/)
  })

  it('errors clearly on a missing image', async () => {
    const host = new FakeComposeHost()
    host.images.clear()
    await expect(executePlan(reconcileUp(model, await observe(host)), { project, host, networkRequest, pollMs: 1 }))
      .rejects.toThrow(/image "bb" not found locally/)
  })

  it('gives network_mode service:x the container of x made earlier in the same run', async () => {
    const host = new FakeComposeHost()
    const sidecar: ComposeModel = {
      name: 'shop',
      // as normalized: network_mode service:web implies depends_on web
      services: { web: { image: 'bb', networks: { default: null } }, side: { image: 'bb', network_mode: 'service:web', depends_on: { web: { condition: 'service_started', required: true, restart: true } } } },
      networks: { default: { name: 'shop_default' } },
    }
    const seen: Array<string | undefined> = []
    const request = (name: string, _svc: unknown, idOf?: (s: string) => string | undefined) => {
      if (name === 'side') seen.push(idOf?.('web'))
      return networkRequest()
    }
    await executePlan(reconcileUp(sidecar, await observe(host)), { project: { ...project, model: sidecar }, host, networkRequest: request, pollMs: 1 })
    const web = [...host.containers.values()].find((c) => c.name === 'shop-web-1')!
    expect(seen).toEqual([web.id])
  })

  it("keeps a service's anonymous volumes across recreation unless -V asks for new ones", async () => {
    const m: ComposeModel = { name: 'shop', services: { db: { image: 'bb', network_mode: 'none', volumes: [{ type: 'volume', target: '/data' }] } } }
    const p: Project = { ...project, model: m }
    const host = new FakeComposeHost()
    await executePlan(reconcileUp(m, await observe(host)), { project: p, host, networkRequest, pollMs: 1 })
    const [first] = [...host.containers.keys()]
    host.mounts.set(first!, [{ type: 'volume', source: 'anon123', target: '/data', readOnly: false, anonymous: true }])
    const changed: ComposeModel = { ...m, services: { db: { ...m.services.db!, environment: { A: '1' } } } }
    await executePlan(reconcileUp(changed, await observe(host)), { project: { ...p, model: changed }, host, networkRequest, pollMs: 1 })
    expect((host.created.at(-1)!.mounts as Array<Record<string, unknown>>)[0]).toMatchObject({ type: 'volume', source: 'anon123', target: '/data' })
    const [second] = [...host.containers.keys()]
    host.mounts.set(second!, [{ type: 'volume', source: 'anon123', target: '/data', readOnly: false, anonymous: true }])
    const again: ComposeModel = { ...m, services: { db: { ...m.services.db!, environment: { A: '2' } } } }
    await executePlan(reconcileUp(again, await observe(host)), { project: { ...p, model: again }, host, networkRequest, pollMs: 1, renewAnonVolumes: true })
    expect((host.created.at(-1)!.mounts as Array<Record<string, unknown>>)[0]!.source).toBeUndefined()
  })
})
