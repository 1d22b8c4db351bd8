import { describe, expect, it } from 'vitest'
import type { ComposeModel } from '../../src/model/types.js'
import type { ObservedProject } from '../../src/plan/observed.js'
import { planToString } from '../../src/plan/plan.js'
import { reconcileUp } from '../../src/plan/reconcile-up.js'

// Services with `build:` (engineer L): built instead of pulled when missing, on --build, and
// with pull_policy build; never with --no-build; not again once this up built them.
const model: ComposeModel = {
  name: 'p',
  services: {
    web: { build: { context: '/src/web' }, network_mode: 'none' },
    api: { image: 'org/api:1', build: { context: '/src/api' }, network_mode: 'none' },
    always: { image: 'org/always', build: { context: '/src/a' }, pull_policy: 'build', network_mode: 'none' },
    db: { image: 'db', network_mode: 'none' },
  },
}
const observed = (images: Record<string, string>): ObservedProject => ({ containers: [], networks: new Set(), volumes: new Set(), images: new Map(Object.entries(images)) })
const imageOps = (p: ReturnType<typeof reconcileUp>): string[] =>
  planToString(p).split('\n').filter((l) => /ensureImage|buildImage/.test(l)).map((l) => l.replace(/^#\d+ /, '').replace(/ after .*/, '')).sort()

describe('build: in the up plan', () => {
  it('missing images of build services are built, others pulled', () => {
    expect(imageOps(reconcileUp(model, observed({})))).toEqual([
      'image:db ensureImage (not present locally)',
      'image:org/always buildImage (not present locally)',
      'image:org/api:1 buildImage (not present locally)',
      'image:p-web buildImage (not present locally)',
    ])
  })
  it('present images: only pull_policy build rebuilds; --build rebuilds every build service', () => {
    const all = observed({ 'p-web': 'sha256:1', 'org/api:1': 'sha256:2', 'org/always': 'sha256:3', db: 'sha256:4' })
    expect(imageOps(reconcileUp(model, all))).toEqual(['image:org/always buildImage (pull_policy build)'])
    expect(imageOps(reconcileUp(model, all, { build: true }))).toEqual([
      'image:org/always buildImage (--build)',
      'image:org/api:1 buildImage (--build)',
      'image:p-web buildImage (--build)',
    ])
    expect(imageOps(reconcileUp(model, all, { build: true, pulled: new Set(['p-web', 'org/api:1', 'org/always']) }))).toEqual([])
  })
  it('--no-build never builds: a missing image stays a (failing) ensureImage', () => {
    expect(imageOps(reconcileUp(model, observed({ db: 'sha256:4' }), { noBuild: true, services: ['web'] }))).toEqual(['image:p-web ensureImage (not present locally)'])
  })
  it('containers wait for the build of their image', () => {
    const plan = reconcileUp(model, observed({}), { services: ['web'] })
    const build = plan.operations.find((o) => o.kind === 'buildImage')!
    const create = plan.operations.find((o) => o.kind === 'createContainer')!
    expect(create.after).toContain(build.id)
  })
})
