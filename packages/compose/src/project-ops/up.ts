import { executePlan } from '../execute/execute-plan.js'
import { planToString, type Plan } from '../plan/plan.js'
import { reconcileUp, type UpPlanOptions } from '../plan/reconcile-up.js'
import { networkRequestFor } from './network-request.js'
import { observeProject, withProjectLock, type ProjectSession } from './session.js'

export interface UpOptions extends UpPlanOptions {
  readonly dryRun?: boolean
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
    const observed = await observeProject(project, host)
    const plan = reconcileUp(project.model, observed, { ...opts, knownServices: new Set(Object.keys(project.disabledServices)) })
    for (const w of plan.warnings) session.onProgress?.({ resource: `Project ${project.model.name}`, status: 'Warning', detail: w, done: true })
    if (opts.dryRun) return { plan, containers: new Map() }
    const known = new Map<string, string[]>()
    for (const c of observed.containers) if (!c.oneoff) known.set(c.service, [...(known.get(c.service) ?? []), c.id])
    const containers = await executePlan(plan, {
      project,
      host,
      onProgress: session.onProgress,
      knownContainers: known,
      networkRequest: (name, service) => networkRequestFor(project, name, service, (s) => known.get(s)?.[0]),
    })
    return { plan, containers }
  })
}

export { planToString }
