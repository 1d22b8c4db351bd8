import type { ComposeModel } from '../model/types.js'
import { isRecord } from './context.js'

type Kind = 'networks' | 'volumes' | 'secrets' | 'configs' | 'models'

/**
 * The model without the networks, volumes, secrets, configs and models no service uses, as
 * docker compose loads a project unless `--all-resources` is given (compose-go
 * Project.WithoutUnnecessaryResources): `config` does not print them and `up` does not
 * create them. Runs on the normalized model (long syntax).
 */
export function withoutUnusedResources(model: ComposeModel): ComposeModel {
  const used: Record<Kind, Set<string>> = {
    networks: new Set(), volumes: new Set(), secrets: new Set(), configs: new Set(), models: new Set(),
  }
  const sources = (list: unknown, into: Set<string>) => {
    if (!Array.isArray(list)) return
    for (const ref of list) if (isRecord(ref) && typeof ref.source === 'string') into.add(ref.source)
  }
  for (const svc of Object.values(model.services) as unknown as Record<string, unknown>[]) {
    if (isRecord(svc.networks)) for (const n of Object.keys(svc.networks)) used.networks.add(n)
    if (Array.isArray(svc.volumes)) {
      for (const v of svc.volumes) {
        if (isRecord(v) && v.type === 'volume' && typeof v.source === 'string' && v.source !== '') used.volumes.add(v.source)
      }
    }
    sources(svc.secrets, used.secrets)
    if (isRecord(svc.build)) sources(svc.build.secrets, used.secrets)
    sources(svc.configs, used.configs)
    if (isRecord(svc.models)) for (const m of Object.keys(svc.models)) used.models.add(m)
    else if (Array.isArray(svc.models)) for (const m of svc.models) if (typeof m === 'string') used.models.add(m)
  }
  const out: Record<string, unknown> = { ...model }
  for (const kind of Object.keys(used) as Kind[]) {
    const declared = model[kind]
    if (!isRecord(declared)) continue
    const kept = Object.fromEntries(Object.entries(declared).filter(([name]) => used[kind].has(name)))
    if (Object.keys(kept).length > 0) out[kind] = kept
    else delete out[kind]
  }
  return out as unknown as ComposeModel
}
