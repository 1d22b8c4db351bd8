import { describe, expect, it } from 'vitest'
import { batchPlanToString, isEmptyPlan, planBatch, quoteList, syncMessage } from '../../src/project-ops/watch/watch-plan.js'
import { watchRules } from '../../src/project-ops/watch/watch-rules.js'
import { fakeIo, project } from './fixtures.js'

const rules = watchRules(project({
  web: {
    build: { context: '/proj/web' },
    develop: {
      watch: [
        { path: './web/src', action: 'sync', target: '/app/src', ignore: ['*.test.js'] },
        { path: './web/package.json', action: 'rebuild' },
        { path: './web/conf', action: 'sync+restart', target: '/etc/web' },
      ],
    },
  },
  api: {
    develop: {
      watch: [
        { path: './api', action: 'sync+exec', target: '/srv', exec: { command: ['sh', '-c', 'touch /reload'] } },
        { path: './api/hooks', action: 'sync+exec', target: '/srv/hooks', exec: { command: 'echo hooks' } },
        { path: './shared', action: 'restart' },
      ],
    },
  },
  worker: { develop: { watch: [{ path: './shared', action: 'restart' }] } },
}), [], fakeIo()).rules

describe('planning a batch of changes', () => {
  it('folds paths into actions per service, in docker compose order', () => {
    const plan = planBatch(rules, ['/proj/web/src/a.js', '/proj/web/src/b/c.js', '/proj/web/conf/nginx.conf', '/proj/shared/x'])
    expect(plan.rebuild).toEqual([])
    expect([...plan.sync.keys()]).toEqual(['web'])
    expect(plan.sync.get('web')).toEqual([
      { hostPath: '/proj/web/conf/nginx.conf', containerPath: '/etc/web/nginx.conf' },
      { hostPath: '/proj/web/src/a.js', containerPath: '/app/src/a.js' },
      { hostPath: '/proj/web/src/b/c.js', containerPath: '/app/src/b/c.js' },
    ])
    expect(plan.restart).toEqual(['api', 'web', 'worker'])
    expect(plan.exec.size).toBe(0)
    expect(batchPlanToString(plan)).toBe([
      'sync web /proj/web/conf/nginx.conf -> /etc/web/nginx.conf',
      'sync web /proj/web/src/a.js -> /app/src/a.js',
      'sync web /proj/web/src/b/c.js -> /app/src/b/c.js',
      'restart api', 'restart web', 'restart worker', '',
    ].join('\n'))
  })

  it('a rebuild is planned once per service however many files changed', () => {
    const plan = planBatch(rules, ['/proj/web/package.json', '/proj/web/package.json', '/proj/web/src/x.js'])
    expect(plan.rebuild).toEqual(['web'])
    expect(plan.sync.get('web')).toHaveLength(1)
  })

  it('each sync+exec hook runs once per batch; overlapping rules both sync, last mapping kept once', () => {
    const plan = planBatch(rules, ['/proj/api/a.py', '/proj/api/b.py', '/proj/api/hooks/h.sh'])
    const ex = plan.exec.get('api')!
    expect(ex.map((r) => r.exec!.command)).toEqual([['sh', '-c', 'touch /reload'], ['echo', 'hooks']])
    expect(plan.sync.get('api')!.map((m) => m.containerPath)).toEqual(['/srv/a.py', '/srv/b.py', '/srv/hooks/h.sh'])
  })

  it('ignored and unrelated paths plan nothing', () => {
    const plan = planBatch(rules, ['/proj/web/src/a.test.js', '/proj/elsewhere/x', '/proj/web/src/.a.js.swp'])
    expect(isEmptyPlan(plan)).toBe(true)
  })

  it('docker compose words', () => {
    expect(quoteList(['api', 'web'])).toBe('["api" "web"]')
    expect(syncMessage('web', [{ hostPath: '/a' }, { hostPath: '/b' }])).toBe('Syncing service "web" after 2 changes were detected')
    expect(syncMessage('web', [{ hostPath: '/a' }], true)).toBe('Syncing service "web" after changes were detected: /a')
  })
})
