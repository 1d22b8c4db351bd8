import { executePlan } from '../execute/execute-plan.js'
import type { Plan } from '../plan/plan.js'
import { reconcileDown, type DownPlanOptions } from '../plan/reconcile-down.js'
import { networkRequestFor } from './network-request.js'
import { observeProject, withProjectLock, type ProjectSession } from './session.js'

export interface DownOptions extends DownPlanOptions {
  readonly dryRun?: boolean
}

/** `down`: everything the project made goes, volumes only with -v. */
export async function down(session: ProjectSession, opts: DownOptions = {}): Promise<Plan> {
  const { project, host } = session
  return withProjectLock(session.root, project.model.name, async () => {
    // Images only matter to --rmi; without it the image store is never opened.
    const observed = await observeProject(project, host, { images: opts.rmi !== undefined })
    const plan = reconcileDown(project.model, observed, opts)
    if (opts.dryRun) return plan
    await executePlan(plan, {
      project,
      host,
      onProgress: session.onProgress,
      removeAnonVolumes: opts.volumes,
      networkRequest: (name, service) => networkRequestFor(project, name, service),
    })
    return plan
  })
}
