import { ComposeExecutionError, executePlan } from '../execute/execute-plan.js'
import { planToString, type Plan } from '../plan/plan.js'
import { reconcileUp, type UpPlanOptions } from '../plan/reconcile-up.js'
import { networkRequestFor } from './network-request.js'
import { fileObjectDigests, materializeFileObjects } from './file-objects.js'
import { observeProject, withProjectLock, type ProjectSession } from './session.js'

export interface UpOptions extends UpPlanOptions {
  readonly dryRun?: boolean
  /** `--quiet-pull` */
  readonly quietPull?: boolean
  /** `-V`: new anonymous volumes for recreated containers. */
  readonly renewAnonVolumes?: boolean
}

export interface UpResult {
  readonly plan: Plan
  /** Container ids per service after the plan ran. */
  readonly containers: Map<string, string[]>
}

/**
 * `up` (and `create` with noStart): observe, reconcile, execute, under the project lock so a
 * concurrent `up` of the same project waits instead of racing.
 */
export async function up(session: ProjectSession, opts: UpOptions = {}): Promise<UpResult> {
  const { project, host } = session
  return withProjectLock(session.root, project.model.name, async () => {
    let observed = await observeProject(project, host)
    assertExternalNetworks(project, observed.networks, opts.services)
    assertExternalVolumes(project, observed.volumes, opts.services)
    const fileSources = materializeFileObjects(project, session.root)
    const extraHashContent = fileObjectDigests(project, fileSources)
    const planOpts = { ...opts, knownServices: new Set(Object.keys(project.disabledServices)), extraHashContent }
    let plan = reconcileUp(project.model, observed, planOpts)
    // Pull phase (docker compose pulls before it converges): an image pulled because of
    // `--pull always` or a refresh policy may have changed, and containers on the old one
    // must then be recreated, so pull first, observe again and plan with what is here.
    // Builds go first too (L): a rebuilt image with a new id recreates its containers.
    const eagerPulls = plan.operations.filter((o) => (o.kind === 'ensureImage' && observed.images.has(o.image!)) || o.kind === 'buildImage')
    if (eagerPulls.length > 0 && !opts.dryRun) {
      await executePlan({ operations: eagerPulls.map((o) => ({ ...o, after: [] })), warnings: [] }, { project, host, onProgress: session.onProgress, quietPull: opts.quietPull, networkRequest: () => ({}) as never })
      observed = await observeProject(project, host)
      plan = reconcileUp(project.model, observed, { ...planOpts, pulled: new Set(eagerPulls.map((o) => o.image!)) })
    }
    for (const w of plan.warnings) session.onProgress?.({ resource: `Project ${project.model.name}`, status: 'Warning', detail: w, done: true })
    if (opts.dryRun) return { plan, containers: new Map() }
    const known = new Map<string, string[]>()
    for (const c of observed.containers) if (!c.oneoff) known.set(c.service, [...(known.get(c.service) ?? []), c.id])
    const containers = await executePlan(plan, {
      project,
      host,
      onProgress: session.onProgress,
      knownContainers: known,
      renewAnonVolumes: opts.renewAnonVolumes,
      quietPull: opts.quietPull,
      extraHashContent,
      networkRequest: (name, service, idOf) => networkRequestFor(project, name, service, idOf ?? ((s) => known.get(s)?.[0]), fileSources),
    })
    return { plan, containers }
  })
}

/** docker compose refuses to start when an external network is missing; so do we, before anything is made. */
function assertExternalNetworks(project: ProjectSession['project'], existing: ReadonlySet<string>, services?: readonly string[]): void {
  const model = project.model
  const used = new Set<string>()
  for (const [name, svc] of Object.entries(model.services)) {
    if (services?.length && !services.includes(name)) continue
    if (!svc.network_mode) for (const key of Object.keys(svc.networks ?? {})) used.add(key)
  }
  for (const key of used) {
    const net = model.networks?.[key]
    if (net?.external && !existing.has(net.name)) {
      throw new ComposeExecutionError('COMPOSE_EXTERNAL_NETWORK_MISSING', `network ${net.name} declared as external, but could not be found`, { hint: `create it first: tsc-compose network create ${net.name}` })
    }
  }
}

/** Same for external volumes: docker compose's "external volume ... not found", before anything is made. */
function assertExternalVolumes(project: ProjectSession['project'], existing: ReadonlySet<string>, services?: readonly string[]): void {
  const model = project.model
  for (const [name, svc] of Object.entries(model.services)) {
    if (services?.length && !services.includes(name)) continue
    for (const v of svc.volumes ?? []) {
      if (v.type !== 'volume' || !v.source) continue
      const vol = model.volumes?.[v.source]
      if (vol?.external && !existing.has(vol.name)) {
        throw new ComposeExecutionError('COMPOSE_EXTERNAL_VOLUME_MISSING', `external volume "${vol.name}" not found`, { hint: `create it first: tsc-compose volume create ${vol.name}` })
      }
    }
  }
}

export { planToString }
