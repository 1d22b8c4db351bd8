import { ComposeExecutionError } from '../execute/execute-plan.js'
import type { ObservedContainer } from '../plan/observed.js'
import { compareText } from '@tsc-compose/runtime'

export interface ServiceContainerQuery {
  readonly service: string
  /** Replica number (`--index`); 0 or undefined = the lowest-numbered one. */
  readonly index?: number
  /** Accept stopped containers too (cp, port on a created container...). */
  readonly stopped?: boolean
  /** Include one-off (`run`) containers. */
  readonly oneoff?: boolean
}

const isUp = (c: ObservedContainer): boolean => c.state === 'running' || c.state === 'restarting' || c.state === 'paused'

/**
 * The container a service-addressed command (exec, cp, port, attach) acts on, chosen like
 * docker compose's getSpecifiedContainer: running ones only unless asked, then the replica
 * with the requested number, else the lowest number. Errors carry docker compose's words.
 */
export function pickServiceContainer(containers: readonly ObservedContainer[], q: ServiceContainerQuery): ObservedContainer {
  const candidates = containers
    .filter((c) => c.service === q.service && (q.oneoff || !c.oneoff) && (q.stopped || isUp(c)))
    .sort((a, b) => a.number - b.number || compareText(a.name, b.name))
  if (candidates.length === 0) {
    throw new ComposeExecutionError('COMPOSE_SERVICE_NOT_RUNNING', `service "${q.service}" is not running`, { exitCode: 1 })
  }
  if (q.index && q.index > 0) {
    const hit = candidates.find((c) => c.number === q.index)
    if (!hit) throw new ComposeExecutionError('COMPOSE_SERVICE_NOT_RUNNING', `service "${q.service}" is not running container #${q.index}`, { exitCode: 1 })
    return hit
  }
  return candidates[0]!
}

/** docker compose's error for a service name the project does not have. */
export function noSuchService(name: string): ComposeExecutionError {
  return new ComposeExecutionError('COMPOSE_NO_SUCH_SERVICE', `no such service: ${name}`, { exitCode: 1 })
}
