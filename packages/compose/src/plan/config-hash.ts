import { createHash } from 'node:crypto'
import { configHash } from '../model/config-hash.js'
import type { Service } from '../model/types.js'

/**
 * The hash stored in `com.docker.compose.config-hash`: docker compose's hash of the service
 * (the one `config --hash` prints) — and, when the service references files whose content
 * the model does not carry (env_file, secrets, configs), that content too, so editing those
 * files recreates the container instead of being silently ignored.
 */
export function serviceConfigHash(service: Service, extra?: Readonly<Record<string, string>>): string {
  const base = configHash(service)
  if (!extra || Object.keys(extra).length === 0) return base
  const h = createHash('sha256').update(base)
  for (const key of Object.keys(extra).sort()) h.update(`\0${key}\0${extra[key]}`)
  return h.digest('hex')
}
