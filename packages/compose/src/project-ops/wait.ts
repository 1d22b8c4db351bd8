import { ComposeExecutionError } from '../execute/execute-plan.js'
import type { ComposeHost } from '../execute/host.js'
import type { Project, Service } from '../model/types.js'

/**
 * `up --wait`: every service running, and healthy when it has a healthcheck. A one-shot that
 * exits 0 is done, not failed, unless its restart policy would restart it after a clean exit
 * (always, unless-stopped, deploy.restart_policy any): CI scripts run `up -d --wait` on stacks
 * with init/migration jobs and need exit 0 once the long-running services are up and the jobs
 * succeeded (docker/compose#10596; docker compose fails such a wait unless a service adopts the
 * job with service_completed_successfully). A non-zero exit still fails it, naming the service.
 */
export async function waitForProject(project: Project, host: ComposeHost, containers: Map<string, string[]>, opts: { timeoutMs?: number; pollMs?: number; services?: readonly string[] } = {}): Promise<void> {
  const deadline = opts.timeoutMs ? Date.now() + opts.timeoutMs : Infinity
  const jobs = new Set<string>()
  for (const [name, s] of Object.entries(project.model.services)) {
    if (!restartsAfterCleanExit(s)) jobs.add(name)
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

/**
 * Whether the service's restart policy starts it again after an exit 0: deploy.restart_policy,
 * when given, wins over `restart` (its condition defaulting to none), as the engine applies it.
 */
function restartsAfterCleanExit(s: Service): boolean {
  const policy = s.deploy?.restart_policy ? (s.deploy.restart_policy.condition ?? 'none') : s.restart
  return policy === 'always' || policy === 'unless-stopped' || policy === 'any'
}
