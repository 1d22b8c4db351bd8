import { ComposeExecutionError } from '../execute/execute-plan.js'
import type { ComposeHost } from '../execute/host.js'
import type { Project } from '../model/types.js'

/**
 * `up --wait`: every service running, and healthy when it has a healthcheck. A one-shot that
 * some service depends on with service_completed_successfully may exit 0 (USER-ASKS #2: CI
 * scripts need exit 0 when the long-running services are healthy and the jobs succeeded).
 */
export async function waitForProject(project: Project, host: ComposeHost, containers: Map<string, string[]>, opts: { timeoutMs?: number; pollMs?: number; services?: readonly string[] } = {}): Promise<void> {
  const deadline = opts.timeoutMs ? Date.now() + opts.timeoutMs : Infinity
  const jobs = new Set<string>()
  for (const s of Object.values(project.model.services)) {
    for (const [dep, cfg] of Object.entries(s.depends_on ?? {})) if (cfg.condition === 'service_completed_successfully') jobs.add(dep)
  }
  const services = opts.services?.length ? opts.services : Object.keys(project.model.services)
  for (;;) {
    const pending: string[] = []
    for (const service of services) {
      const hasHealthcheck = Boolean(project.model.services[service]?.healthcheck?.test?.length) && !project.model.services[service]?.healthcheck?.disable
      for (const id of containers.get(service) ?? []) {
        const st = await host.containerStatus(id)
        if (!st) continue
        if (st.state === 'exited' || st.state === 'dead') {
          if (jobs.has(service) && st.exitCode === 0) continue
          throw new ComposeExecutionError('COMPOSE_WAIT_EXITED', `container for service "${service}" exited (${st.exitCode ?? 0})`, { exitCode: 1 })
        }
        if (st.health === 'unhealthy') throw new ComposeExecutionError('COMPOSE_WAIT_UNHEALTHY', `container for service "${service}" is unhealthy`, { exitCode: 1 })
        if (st.state !== 'running' || (hasHealthcheck && st.health !== 'healthy')) pending.push(service)
      }
    }
    if (pending.length === 0) return
    if (Date.now() > deadline) {
      throw new ComposeExecutionError('COMPOSE_WAIT_TIMEOUT', `timeout waiting for services to be running and healthy: ${[...new Set(pending)].join(', ')}`, { exitCode: 1 })
    }
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 200))
  }
}
