import { describe, expect, it } from 'vitest'
import type { ComposeModel } from '../../src/model/types.js'
import { serviceConfigHash } from '../../src/plan/config-hash.js'
import type { ObservedContainer, ObservedProject } from '../../src/plan/observed.js'
import { planToString } from '../../src/plan/plan.js'
import { reconcileDown } from '../../src/plan/reconcile-down.js'
import { reconcileUp } from '../../src/plan/reconcile-up.js'

const model: ComposeModel = {
  name: 'shop',
  services: {
    web: { image: 'bb', networks: { default: null }, depends_on: { api: { condition: 'service_healthy', required: true } } },
    api: { image: 'bb', networks: { default: null }, depends_on: { db: { condition: 'service_started', required: true } } },
    db: { image: 'bb', networks: { default: null }, volumes: [{ type: 'volume', source: 'data', target: '/data' }] },
  },
  networks: { default: { name: 'shop_default' } },
  volumes: { data: { name: 'shop_data' } },
}

const empty: ObservedProject = { containers: [], networks: new Set(), volumes: new Set(), images: new Map([['bb', 'sha256:1']]) }

function running(service: string, number = 1, over: Partial<ObservedContainer> = {}): ObservedContainer {
  return {
    id: `${service}${number}`.padEnd(64, '0'),
    name: `shop-${service}-${number}`,
    service,
    number,
    oneoff: false,
    configHash: model.services[service] ? serviceConfigHash(model.services[service]!) : 'gone',
    imageId: 'sha256:1',
    state: 'running',
    labels: {},
    ...over,
  }
}

const converged: ObservedProject = {
  containers: [running('web'), running('api'), running('db')],
  networks: new Set(['shop_default']),
  volumes: new Set(['shop_data']),
  images: new Map([['bb', 'sha256:1']]),
}

describe('reconcileUp', () => {
  it('creates everything of a new project in dependency order, waiting for health; starts wait for the network, creates do not', () => {
    expect(planToString(reconcileUp(model, empty))).toMatchInlineSnapshot(`
      "#1 network:default createNetwork (missing)
      #2 volume:data createVolume (missing)
      #3 service:db:1 createContainer (missing) after #2
      #4 service:db:1 startContainer (created) after #1, #3
      #5 service:api:1 createContainer (missing) after #4
      #6 service:api:1 startContainer (created) after #1, #5
      #7 service:api waitCondition (web depends on it) after #6
      #8 service:web:1 createContainer (missing) after #7
      #9 service:web:1 startContainer (created) after #1, #8
      "
    `)
  })

  it('creates a container on two networks only once both exist (the second is connected at create)', () => {
    const two: ComposeModel = {
      ...model,
      networks: { ...(model.networks ?? {}), back: { name: 'shop_back' } },
      services: { db: { ...model.services.db!, networks: { default: null, back: null } as never } },
    }
    const ops = reconcileUp(two, empty).operations
    const nets = ops.filter((o) => o.kind === 'createNetwork').map((o) => o.id)
    const create = ops.find((o) => o.kind === 'createContainer')!
    expect(nets).toHaveLength(2)
    for (const n of nets) expect(create.after).toContain(n)
  })

  it('leaves a converged project alone', () => {
    expect(reconcileUp(model, converged).operations).toEqual([])
  })

  it('recreates only the service whose config changed', () => {
    const changed: ComposeModel = { ...model, services: { ...model.services, api: { ...model.services.api!, environment: { A: '1' } } } }
    const ops = reconcileUp(changed, converged).operations
    expect(ops.map((o) => `${o.target} ${o.kind} ${o.cause}`)).toEqual([
      'service:api:1 recreateContainer config hash changed',
      'service:api:1 startContainer recreated',
    ])
  })

  it('recreates on a changed image and honours --no-recreate and --force-recreate', () => {
    const newImage = { ...converged, images: new Map([['bb', 'sha256:2']]) }
    expect(reconcileUp(model, newImage).operations.filter((o) => o.kind === 'recreateContainer')).toHaveLength(3)
    expect(reconcileUp(model, newImage, { recreate: 'never' }).operations).toEqual([])
    expect(reconcileUp(model, converged, { recreate: 'force', services: ['web'], noDeps: true }).operations.map((o) => o.kind)).toEqual(['recreateContainer', 'startContainer'])
  })

  it('scales up and down, removing the highest numbers first', () => {
    const up = reconcileUp(model, converged, { scale: { web: 3 } }).operations
    expect(up.filter((o) => o.kind === 'createContainer').map((o) => o.containerName)).toEqual(['shop-web-2', 'shop-web-3'])
    const three = { ...converged, containers: [...converged.containers, running('web', 2), running('web', 3)] }
    const down = reconcileUp(model, three).operations
    expect(down.filter((o) => o.kind === 'removeContainer').map((o) => o.containerName)).toEqual(['shop-web-3', 'shop-web-2'])
  })

  it('starts stopped containers and pulls in dependencies of a targeted service', () => {
    const stopped = { ...converged, containers: [running('web'), running('api', 1, { state: 'exited' }), running('db', 1, { state: 'exited' })] }
    const ops = reconcileUp(model, stopped, { services: ['api'] }).operations
    expect(ops.map((o) => `${o.target} ${o.kind}`)).toEqual(['service:db:1 startContainer', 'service:api:1 startContainer'])
    expect(reconcileUp(model, stopped, { services: ['api'], noDeps: true }).operations.map((o) => o.target)).toEqual(['service:api:1'])
  })

  it('warns about orphans and removes them with --remove-orphans', () => {
    const withOrphan = { ...converged, containers: [...converged.containers, running('old', 1, { configHash: 'x' })] }
    expect(reconcileUp(model, withOrphan).warnings[0]).toMatch(/Found orphan containers \(\[shop-old-1\]\)/)
    const ops = reconcileUp(model, withOrphan, { removeOrphans: true }).operations
    expect(ops.map((o) => `${o.containerName} ${o.kind}`)).toEqual(['shop-old-1 stopContainer', 'shop-old-1 removeContainer'])
  })

  it('restarts dependents declared with restart: true when their dependency is recreated', () => {
    const m: ComposeModel = { ...model, services: { ...model.services, api: { ...model.services.api!, depends_on: { db: { condition: 'service_started', required: true, restart: true } } } } }
    const obs = { ...converged, containers: [running('web'), running('api', 1, { configHash: serviceConfigHash(m.services.api!) }), running('db')] }
    const ops = reconcileUp(m, obs, { recreate: 'force', services: ['db'], noDeps: true }).operations
    expect(ops.map((o) => `${o.target} ${o.kind}`)).toEqual(['service:db:1 recreateContainer', 'service:db:1 startContainer'])
    const all = reconcileUp(m, obs, { recreate: 'never' }).operations
    expect(all).toEqual([])
  })
})

describe('reconcileDown', () => {
  it('stops dependents first, removes networks once every container stopped and, with -v, volumes after the containers', () => {
    expect(planToString(reconcileDown(model, converged, { volumes: true }))).toMatchInlineSnapshot(`
      "#1 service:web:1 stopContainer (down)
      #2 service:web:1 removeContainer (down) after #1
      #3 service:api:1 stopContainer (down) after #1
      #4 service:api:1 removeContainer (down) after #1, #3
      #5 service:db:1 stopContainer (down) after #3
      #6 service:db:1 removeContainer (down) after #3, #5
      #7 network:default removeNetwork (down) after #1, #3, #5
      #8 volume:data removeVolume (down -v) after #2, #4, #6
      "
    `)
  })

  it('removes a network after the containers that were not running too (one that exited by itself keeps its endpoint until removed)', () => {
    const jobDone = { ...converged, containers: converged.containers.map((c) => (c.service === 'db' ? { ...c, state: 'exited' as const } : c)) }
    expect(planToString(reconcileDown(model, jobDone))).toMatchInlineSnapshot(`
      "#1 service:web:1 stopContainer (down)
      #2 service:web:1 removeContainer (down) after #1
      #3 service:api:1 stopContainer (down) after #1
      #4 service:api:1 removeContainer (down) after #1, #3
      #5 service:db:1 removeContainer (down) after #3
      #6 network:default removeNetwork (down) after #1, #3, #5
      "
    `)
  })

  it('keeps volumes without -v and leaves orphans unless asked', () => {
    const withOrphan = { ...converged, containers: [...converged.containers, running('old', 1, { state: 'exited' })] }
    const ops = reconcileDown(model, withOrphan).operations
    expect(ops.some((o) => o.kind === 'removeVolume')).toBe(false)
    expect(ops.some((o) => o.containerName === 'shop-old-1')).toBe(false)
    expect(reconcileDown(model, withOrphan, { removeOrphans: true }).operations.some((o) => o.containerName === 'shop-old-1')).toBe(true)
  })
})

describe('COMPOSE_IGNORE_ORPHANS', () => {
  it('plans no orphan warning and no removal when orphans are ignored', () => {
    const withOrphan = { ...converged, containers: [...converged.containers, running('old', 1)] }
    expect(reconcileUp(model, withOrphan).warnings.some((w) => w.includes('orphan'))).toBe(true)
    const ignored = reconcileUp(model, withOrphan, { ignoreOrphans: true, removeOrphans: true })
    expect(ignored.warnings.some((w) => w.includes('orphan'))).toBe(false)
    expect(ignored.operations.some((o) => o.containerName === 'shop-old-1')).toBe(false)
  })
})
