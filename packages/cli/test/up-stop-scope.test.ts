import { describe, expect, it } from 'vitest'
import { DependencyGraph } from '../../compose/src/graph/dependency-graph.js'
import { stop, upStopScope } from '../src/render/stop-project.js'

// web -> api -> db, worker -> db; job is independent.
const services = ['db', 'api', 'web', 'worker', 'job']
const edges = [
  { from: 'api', to: 'db', kind: 'depends_on' },
  { from: 'web', to: 'api', kind: 'depends_on' },
  { from: 'worker', to: 'db', kind: 'depends_on' },
]

describe('upStopScope: what Ctrl-C / --abort-on-container-exit of an attached up stops', () => {
  it('without service names: the whole project', () => {
    expect(upStopScope([], services)).toEqual(services)
  })

  it('with names: only those, not the dependencies up brought along (docker compose #9701)', () => {
    expect(upStopScope(['web'], services)).toEqual(['web'])
    expect(upStopScope(['worker', 'job'], services)).toEqual(['worker', 'job'])
  })

  it('in the project order, each once', () => {
    expect(upStopScope(['job', 'api', 'job'], services)).toEqual(['api', 'job'])
  })
})

describe('stop with a scope', () => {
  const run = async (scope: readonly string[] | undefined): Promise<string[]> => {
    const stopped: string[] = []
    const containers = services.map((s) => ({ id: `${s}-id`, name: `p-${s}-1`, service: s, oneoff: false, state: 'running' }))
    containers.push({ id: 'web-run', name: 'p-web-run-1', service: 'web', oneoff: true, state: 'running' })
    const session = {
      project: { model: { name: 'p', services: Object.fromEntries(services.map((s) => [s, {}])) } },
      host: {
        listProjectContainers: async () => containers,
        stopContainer: async (id: string) => void stopped.push(id),
      },
    }
    const compose = { projectGraph: () => new DependencyGraph(services, edges) }
    await stop({} as never, session as never, compose as never, 1, scope)
    return stopped
  }

  it('stops only the scope, one-off containers never', async () => {
    expect(await run(['web'])).toEqual(['web-id'])
  })

  it('stops dependents before their dependencies when the scope is the project', async () => {
    const order = await run(upStopScope([], services))
    expect([...order].sort()).toEqual(services.map((s) => `${s}-id`).sort())
    expect(order.indexOf('web-id')).toBeLessThan(order.indexOf('api-id'))
    expect(order.indexOf('api-id')).toBeLessThan(order.indexOf('db-id'))
    expect(order.indexOf('worker-id')).toBeLessThan(order.indexOf('db-id'))
  })
})
