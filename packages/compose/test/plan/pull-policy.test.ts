import { describe, expect, it } from 'vitest'
import type { ComposeModel, Service } from '../../src/model/types.js'
import type { ObservedProject } from '../../src/plan/observed.js'
import { planToString } from '../../src/plan/plan.js'
import { hostPullPolicy, servicePullPolicy, strongerPullPolicy } from '../../src/plan/pull-policy.js'
import { reconcileUp } from '../../src/plan/reconcile-up.js'

const model: ComposeModel = {
  name: 'p',
  services: {
    web: { image: 'reg/web', network_mode: 'none' },
    cron: { image: 'reg/cron', network_mode: 'none', pull_policy: 'every_12h' },
    db: { image: 'reg/db', network_mode: 'none', pull_policy: 'always' },
    local: { image: 'local', network_mode: 'none', pull_policy: 'never' },
  },
}
const allPresent: ObservedProject = {
  containers: [],
  networks: new Set(),
  volumes: new Set(),
  images: new Map([['reg/web', 'sha256:1'], ['reg/cron', 'sha256:2'], ['reg/db', 'sha256:3'], ['local', 'sha256:4']]),
}
const images = (p: ReturnType<typeof reconcileUp>): string[] => planToString(p).split('\n').filter((l) => l.includes('ensureImage'))

describe('pull policies in the up plan', () => {
  it('present images: only eager policies plan a pull; --pull overrides every service', () => {
    const strip = (l: string[]): string[] => l.map((x) => x.replace(/^#\d+ /, '')).sort()
    expect(strip(images(reconcileUp(model, allPresent)))).toEqual([
      'image:reg/cron ensureImage (pull_policy every_12h)',
      'image:reg/db ensureImage (pull_policy always)',
    ])
    expect(strip(images(reconcileUp(model, allPresent, { pull: 'always' })))).toEqual([
      'image:local ensureImage (--pull always)',
      'image:reg/cron ensureImage (--pull always)',
      'image:reg/db ensureImage (--pull always)',
      'image:reg/web ensureImage (--pull always)',
    ])
    expect(images(reconcileUp(model, allPresent, { pull: 'never' }))).toEqual([])
    // After up's pull phase, the pulled images are not planned again.
    expect(images(reconcileUp(model, allPresent, { pulled: new Set(['reg/cron', 'reg/db']) }))).toEqual([])
  })
  it('missing images are planned with the policy the executor applies', () => {
    const none: ObservedProject = { ...allPresent, images: new Map() }
    const plan = reconcileUp(model, none)
    expect(plan.operations.filter((o) => o.kind === 'ensureImage').map((o) => `${o.image} ${o.pullPolicy}`).sort()).toEqual([
      'local never', 'reg/cron every_12h', 'reg/db always', 'reg/web missing',
    ])
  })
  it('policy names', () => {
    const s = (x: Partial<Service>): Service => x as Service
    expect(servicePullPolicy(s({ image: 'a' }))).toBe('missing')
    expect(servicePullPolicy(s({ build: { context: '.' } }))).toBe('build')
    expect(servicePullPolicy(s({ image: 'a', build: { context: '.' } }))).toBe('missing')
    expect(servicePullPolicy(s({ image: 'a', pull_policy: 'refresh' }))).toBe('always')
    expect(servicePullPolicy(s({ image: 'a', pull_policy: 'never' }), 'always')).toBe('always')
    expect(strongerPullPolicy('missing', 'daily')).toBe('daily')
    expect(strongerPullPolicy('always', 'never')).toBe('always')
    expect(hostPullPolicy('daily')).toEqual({ maxAgeMs: 86_400_000 })
    expect(hostPullPolicy('every_1h30m')).toEqual({ maxAgeMs: 5_400_000 })
    expect(hostPullPolicy('missing')).toBe('missing')
    expect(() => hostPullPolicy('every_x')).toThrow()
  })
})
