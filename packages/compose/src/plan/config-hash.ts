import { createHash } from 'node:crypto'
import type { Service } from '../model/types.js'

/**
 * Fields that do not change the container: scaling, build recipe, ordering and profiles.
 * Leaving them out means `up` after editing only those recreates nothing (docker compose's
 * ServiceHash drops the same ones).
 */
const VOLATILE_KEYS = new Set(['build', 'pull_policy', 'scale', 'depends_on', 'profiles'])

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key]
      if (v !== undefined) out[key] = canonical(v)
    }
    return out
  }
  return value
}

/**
 * The config hash stored in `com.docker.compose.config-hash`: sha256 over the canonical JSON
 * of the normalized service without its volatile fields (and without deploy.replicas).
 * `extra` carries resolved content that the model only references (env_file, secret and
 * config file contents), so editing those files recreates the container too.
 */
export function serviceConfigHash(service: Service, extra?: Readonly<Record<string, string>>): string {
  const copy: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(service)) if (!VOLATILE_KEYS.has(k)) copy[k] = v
  if (copy.deploy && typeof copy.deploy === 'object') {
    const { replicas: _replicas, ...deploy } = copy.deploy as Record<string, unknown>
    copy.deploy = Object.keys(deploy).length ? deploy : undefined
  }
  if (extra && Object.keys(extra).length) copy['x-tsc-content'] = extra
  return createHash('sha256').update(JSON.stringify(canonical(copy))).digest('hex')
}
