import { describe, expect, it } from 'vitest'
import { isEmptyProject, parseDependsOn, projectFromLabels, type LabelledContainer } from '../../src/project-ops/project-from-labels.js'
import { reconcileDown } from '../../src/plan/reconcile-down.js'

const P = 'com.docker.compose.project'
function ctr(name: string, service: string, n: number, extra: Record<string, string> = {}, image = 'busybox'): LabelledContainer {
  return { name, image, labels: { [P]: 'prof', 'com.docker.compose.service': service, 'com.docker.compose.container-number': String(n), 'com.docker.compose.oneoff': 'False', ...extra } }
}

describe('projectFromLabels: the project docker compose rebuilds from a name alone', () => {
  const state = {
    containers: [
      ctr('prof-web-2', 'web', 2),
      ctr('prof-web-1', 'web', 1, { 'com.docker.compose.depends_on': 'db:service_healthy:false', 'com.docker.compose.project.working_dir': '/srv/prof' }),
      ctr('prof-db-1', 'db', 1, {}, 'postgres:16'),
      ctr('prof-tests-run-1a2b', 'tests', 1, { 'com.docker.compose.oneoff': 'True' }),
      { name: 'other-web-1', image: 'busybox', labels: { [P]: 'other', 'com.docker.compose.service': 'web' } },
    ],
    networks: [
      { name: 'prof_default', labels: { [P]: 'prof', 'com.docker.compose.network': 'default' } },
      { name: 'prof-backend', labels: { [P]: 'prof', 'com.docker.compose.network': 'back' } },
      { name: 'shared', labels: {} },
    ],
    volumes: [
      { name: 'prof_data', labels: { [P]: 'prof', 'com.docker.compose.volume': 'data' } },
      { name: 'other_data', labels: { [P]: 'other', 'com.docker.compose.volume': 'data' } },
    ],
  }

  it('has one service per service label, with image, scale and dependencies', () => {
    const p = projectFromLabels('prof', state, { workingDir: '/tmp' })
    expect(p.model.name).toBe('prof')
    expect(Object.keys(p.model.services).sort()).toEqual(['db', 'tests', 'web'])
    expect(p.model.services.web).toEqual({ image: 'busybox', scale: 2, depends_on: { db: { condition: 'service_healthy', restart: false, required: true } } })
    expect(p.model.services.db).toEqual({ image: 'postgres:16', scale: 1 })
    // a service seen only in a one-off container: kept so down removes it, with no replicas
    expect(p.model.services.tests!.scale).toBe(0)
    expect(p.workingDir).toBe('/srv/prof')
    expect(p.composeFiles).toEqual([])
  })

  it('keeps only the networks and volumes labelled with the project, keyed by their compose key', () => {
    const p = projectFromLabels('prof', state, { workingDir: '/tmp' })
    expect(Object.keys(p.model.networks!).sort()).toEqual(['back', 'default'])
    expect(p.model.networks!.back!.name).toBe('prof-backend')
    expect(Object.keys(p.model.volumes!)).toEqual(['data'])
    expect(p.model.volumes!.data!.name).toBe('prof_data')
  })

  it('leaves a built image implicit so --rmi local still sees it as the project\'s own', () => {
    const p = projectFromLabels('prof', { containers: [ctr('prof-app-1', 'app', 1, {}, 'prof-app')], networks: [], volumes: [] }, { workingDir: '/w' })
    expect(p.model.services.app).toEqual({ scale: 1 })
    expect(p.workingDir).toBe('/w')
  })

  it('plans a down that removes the containers, the networks and (with -v) the volumes', () => {
    const p = projectFromLabels('prof', state, { workingDir: '/tmp' })
    const containers = state.containers.slice(0, 4).map((c, i) => ({
      id: `${i}`.padStart(12, '0'), name: c.name, service: c.labels['com.docker.compose.service']!, number: Number(c.labels['com.docker.compose.container-number']),
      oneoff: c.labels['com.docker.compose.oneoff'] === 'True', configHash: '', state: 'running' as const, labels: c.labels,
    }))
    const observed = { containers, networks: new Set(['prof_default', 'prof-backend']), volumes: new Set(['prof_data']), images: new Map() }
    const plan = reconcileDown(p.model, observed, { volumes: true })
    const kinds = plan.operations.map((o) => `${o.kind} ${o.target}`)
    expect(kinds.filter((k) => k.startsWith('removeContainer'))).toHaveLength(4)
    expect(kinds).toContain('removeNetwork network:default')
    expect(kinds).toContain('removeNetwork network:back')
    expect(kinds).toContain('removeVolume volume:data')
    // web depends on db: web stops before db
    const stopWeb = plan.operations.find((o) => o.kind === 'stopContainer' && o.target === 'service:web:1')!.id
    const stopDb = plan.operations.find((o) => o.kind === 'stopContainer' && o.target === 'service:db:1')!
    expect(stopDb.after).toContain(stopWeb)
  })

  it('is empty when nothing of the project exists', () => {
    const p = projectFromLabels('ghost', state, { workingDir: '/tmp' })
    expect(isEmptyProject(p)).toBe(true)
    expect(isEmptyProject(projectFromLabels('prof', state, { workingDir: '/tmp' }))).toBe(false)
  })

  it('reads old and new depends_on labels', () => {
    expect(parseDependsOn('')).toEqual({})
    expect(parseDependsOn('a,b:service_completed_successfully:true')).toEqual({
      a: { condition: 'service_started', restart: true, required: true },
      b: { condition: 'service_completed_successfully', restart: true, required: true },
    })
  })
})
