import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Project } from '../model/types.js'

/** `secret:<key>` / `config:<key>`: secrets and configs may share a name. */
export function fileObjectKey(kind: 'secret' | 'config', key: string): string {
  return `${kind}:${key}`
}

/**
 * Host files for the project's secrets and configs: `file:` sources as they are, `environment:`
 * and `content:` sources written under <root>/projects/<project>/<kind>/ (mode 0444 like
 * docker's), so every source becomes a read-only bind mount at start.
 */
export function materializeFileObjects(project: Project, root: string): Record<string, string> {
  const model = project.model
  const out: Record<string, string> = {}
  for (const kind of ['secret', 'config'] as const) {
    const objects = (kind === 'secret' ? model.secrets : model.configs) ?? {}
    for (const [key, f] of Object.entries(objects)) {
      if (f.external) continue
      if (f.file) {
        out[fileObjectKey(kind, key)] = f.file
        continue
      }
      const content = f.environment !== undefined ? project.environment[f.environment] ?? '' : f.content
      if (content === undefined) continue
      const dir = join(root, 'projects', model.name, `${kind}s`)
      mkdirSync(dir, { recursive: true, mode: 0o700 })
      const path = join(dir, key)
      writeFileSync(path, content)
      chmodSync(path, 0o444)
      out[fileObjectKey(kind, key)] = path
    }
  }
  return out
}

/**
 * Per service, a digest of every secret/config it mounts, hashed into the config hash: editing
 * a secret file or an inline `content:` recreates the containers that use it (docker compose
 * misses this, USER-ASKS #7).
 */
export function fileObjectDigests(project: Project, sources: Readonly<Record<string, string>>): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {}
  const digest = new Map<string, string>()
  const digestOf = (path: string): string => {
    let d = digest.get(path)
    if (d === undefined) {
      try {
        d = createHash('sha256').update(readFileSync(path)).digest('hex')
      } catch {
        d = 'missing'
      }
      digest.set(path, d)
    }
    return d
  }
  for (const [name, service] of Object.entries(project.model.services)) {
    const refs: Record<string, string> = {}
    for (const [kind, list] of [['secret', service.secrets], ['config', service.configs]] as const) {
      for (const f of list ?? []) {
        const path = sources[fileObjectKey(kind, f.source)]
        if (path) refs[fileObjectKey(kind, f.source)] = digestOf(path)
      }
    }
    if (Object.keys(refs).length) out[name] = refs
  }
  return out
}
