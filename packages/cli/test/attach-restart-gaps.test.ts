import { describe, expect, it } from 'vitest'
import { attachScope } from '../src/attach-scope.js'
import { restartScope } from '../src/restart-scope.js'

type Dep = { condition: 'service_started' | 'service_healthy' | 'service_completed_successfully'; restart?: boolean; required: boolean }
const dep = (restart = false, condition: Dep['condition'] = 'service_started'): Dep => ({ condition, restart, required: true })

// web -> api -> db, worker -> db; quiet opts out of attaching; job is independent.
const model = {
  services: {
    db: {},
    api: { depends_on: { db: dep(true, 'service_healthy') } },
    web: { depends_on: { api: dep(false) } },
    worker: { depends_on: { db: dep(true) } },
    quiet: { attach: false, depends_on: { db: dep(false) } },
    job: {},
  } as Record<string, { depends_on?: Record<string, Dep>; attach?: boolean }>,
}
const deps: Record<string, string[]> = { db: [], api: ['db'], web: ['api'], worker: ['db'], quiet: ['db'], job: [] }
const closure = (roots: readonly string[]): Set<string> => {
  const out = new Set<string>()
  const stack = [...roots]
  while (stack.length) {
    const s = stack.pop()!
    if (out.has(s)) continue
    out.add(s)
    stack.push(...(deps[s] ?? []))
  }
  return out
}

describe('attachScope (up --attach / --no-attach / --attach-dependencies)', () => {
  it('attaches to the named services only by default, to every service without names', () => {
    expect(attachScope(model, ['web'], closure, {})).toEqual(['web'])
    expect(attachScope(model, [], closure, {})).toEqual(['db', 'api', 'web', 'worker', 'job'])
  })
  it('--attach-dependencies adds what the named services depend on, transitively', () => {
    expect(attachScope(model, ['web'], closure, { attachDependencies: true })).toEqual(['db', 'api', 'web'])
    expect(attachScope(model, ['quiet', 'job'], closure, { attachDependencies: true })).toEqual(['db', 'job'])
  })
  it('--attach-dependencies with --no-deps adds nothing: the dependencies are not part of the up', () => {
    expect(attachScope(model, ['web'], closure, { attachDependencies: true, noDeps: true })).toEqual(['web'])
  })
  it('honours the service attribute attach: false unless --attach names it', () => {
    expect(attachScope(model, ['quiet'], closure, {})).toEqual([])
    expect(attachScope(model, ['quiet'], closure, { attach: ['quiet'] })).toEqual(['quiet'])
  })
  it('--attach takes exactly the services given, which must be part of the up', () => {
    expect(attachScope(model, ['web'], closure, { attach: ['db'] })).toEqual(['db'])
    expect(() => attachScope(model, ['web'], closure, { attach: ['job', 'worker'] })).toThrow('cannot attach to services not included in up: job, worker')
    expect(() => attachScope(model, ['web'], closure, { attach: ['db'], noDeps: true })).toThrow('cannot attach to services not included in up: db')
  })
  it('--no-attach removes from any choice; --attach and --attach-dependencies do not combine', () => {
    expect(attachScope(model, ['web'], closure, { attachDependencies: true, noAttach: ['api'] })).toEqual(['db', 'web'])
    expect(attachScope(model, [], closure, { attach: ['db', 'web'], noAttach: ['web'] })).toEqual(['db'])
    expect(attachScope(model, ['web'], closure, { noAttach: ['web'] })).toEqual([])
    expect(() => attachScope(model, [], closure, { attach: ['db'], attachDependencies: true })).toThrow('cannot combine --attach and --attach-dependencies')
  })
})

describe('restartScope (restart [--no-deps] [SERVICE...], docker compose v2 rules)', () => {
  it('without names restarts everything, ordered by restart: true dependencies only', () => {
    const s = restartScope(model, [], false)
    expect(s.services).toEqual(['db', 'api', 'web', 'worker', 'quiet', 'job'])
    expect(s.edges).toEqual([{ from: 'api', to: 'db', kind: 'depends_on' }, { from: 'worker', to: 'db', kind: 'depends_on' }])
    expect(s.waits.get('api')).toEqual({ db: dep(true, 'service_healthy') })
    expect(s.waits.has('web')).toBe(false)
  })
  it('a named service brings its restart: true dependents along, not its dependencies', () => {
    expect(restartScope(model, ['db'], false).services).toEqual(['db', 'api', 'worker'])
    expect(restartScope(model, ['api'], false).services).toEqual(['api'])
    expect(restartScope(model, ['web'], false).services).toEqual(['web'])
    expect(restartScope(model, ['api'], false).waits.size).toBe(0)
  })
  it('--no-deps restarts the named services alone', () => {
    const s = restartScope(model, ['db'], true)
    expect(s.services).toEqual(['db'])
    expect(s.edges).toEqual([])
    expect(restartScope(model, ['db', 'api'], true)).toMatchObject({ services: ['db', 'api'], edges: [{ from: 'api', to: 'db', kind: 'depends_on' }] })
    expect(restartScope(model, [], true).services).toHaveLength(6)
  })
})
