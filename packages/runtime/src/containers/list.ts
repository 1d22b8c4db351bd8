import type { ContainerRecord } from './config.js'
import { containerName, humanStatus } from './status.js'
import type { RuntimeState } from './supervisor-port.js'

/** One `docker ps` row (the JSON shape of `docker ps --format json`). */
export interface ContainerSummary {
  readonly ID: string
  readonly Names: string
  readonly Image: string
  readonly Command: string
  readonly CreatedAt: string
  readonly RunningFor: string
  readonly Status: string
  readonly State: string
  readonly Ports: string
  readonly Labels: string
  readonly Mounts: string
  readonly Networks: string
  readonly Size: string
  readonly LocalVolumes: string
  /** Structured extras for API users. */
  readonly id: string
  readonly labels: Readonly<Record<string, string>>
  readonly exitCode: number
  readonly health?: string
}

export interface ListFilter {
  readonly all?: boolean
  /** docker ps --filter key=value (id, name, label, status, exited, ancestor, health, volume, network). */
  readonly filters?: ReadonlyArray<{ key: string; value: string }>
  readonly last?: number
}

function matches(rec: ContainerRecord, st: RuntimeState | undefined, key: string, value: string): boolean {
  switch (key) {
    case 'id':
      return rec.Id.startsWith(value)
    case 'name':
      return new RegExp(value).test(containerName(rec))
    case 'label': {
      const eq = value.indexOf('=')
      const labels = rec.Config.Labels
      return eq === -1 ? value in labels : labels[value.slice(0, eq)] === value.slice(eq + 1)
    }
    case 'status':
      return st?.status === value
    case 'exited':
      return st?.status === 'exited' && st.exitCode === Number(value)
    case 'ancestor':
      return rec.Config.Image === value || rec.Image === value || rec.Image === `sha256:${value}` || rec.Image.replace(/^sha256:/, '').startsWith(value)
    case 'health':
      return st !== undefined && (st.health?.Status ?? 'none') === value
    case 'volume':
      return rec.Mounts.some((m) => m.Name === value || m.Destination === value)
    case 'network':
      return rec.HostConfig.NetworkMode === value
    case 'before':
    case 'since':
      return true
    default:
      return false
  }
}

export function summarize(rec: ContainerRecord, st: RuntimeState, now = Date.now()): ContainerSummary {
  const cmd = [rec.Path, ...rec.Args].join(' ')
  const ports = Object.entries(rec.HostConfig.PortBindings)
    .flatMap(([p, bs]) => bs.map((b) => (b.HostPort ? `${b.HostIp || '0.0.0.0'}:${b.HostPort}->${p}` : p)))
    .join(', ')
  return {
    ID: rec.Id.slice(0, 12),
    Names: containerName(rec),
    Image: rec.Config.Image,
    Command: JSON.stringify(cmd.length > 20 ? `${cmd.slice(0, 19)}…` : cmd),
    CreatedAt: new Date(rec.Created).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' +0000 UTC'),
    RunningFor: `${humanStatus({ ...st, status: 'running', startedAt: rec.Created, health: undefined }, now).slice(3)} ago`,
    Status: humanStatus(st, now),
    State: st.status,
    Ports: ports,
    Labels: Object.entries(rec.Config.Labels).map(([k, v]) => `${k}=${v}`).join(','),
    Mounts: rec.Mounts.map((m) => m.Name ?? m.Source).join(','),
    Networks: rec.HostConfig.NetworkMode,
    Size: '0B',
    LocalVolumes: String(rec.Mounts.filter((m) => m.Type === 'volume').length),
    id: rec.Id,
    labels: rec.Config.Labels,
    exitCode: st.exitCode,
    ...(st.health ? { health: st.health.Status } : {}),
  }
}

/** Filter keys decided by the record alone: list() applies them before reading any state. */
const RECORD_KEYS = new Set(['id', 'name', 'label', 'ancestor', 'volume', 'network'])

/**
 * The records a filter can keep, judged without their state (state costs a state file and two
 * /proc reads per container): `compose ps` of one project no longer reads every other
 * project's states. filterContainers still applies every filter afterwards.
 */
export function preFilterRecords(recs: readonly ContainerRecord[], f: ListFilter): ContainerRecord[] {
  const groups = new Map<string, string[]>()
  for (const { key, value } of f.filters ?? []) if (RECORD_KEYS.has(key)) groups.set(key, [...(groups.get(key) ?? []), value])
  if (groups.size === 0) return [...recs]
  return recs.filter((rec) => [...groups].every(([key, values]) => matchesGroup(rec, undefined, key, values)))
}

/**
 * docker ps: several filters of one key match any of their values, except `label`, where a
 * container must carry every label asked for (`--filter label=a --filter label=b`).
 */
function matchesGroup(rec: ContainerRecord, st: RuntimeState | undefined, key: string, values: readonly string[]): boolean {
  return key === 'label' ? values.every((v) => matches(rec, st, key, v)) : values.some((v) => matches(rec, st, key, v))
}

/** Newest first, like docker ps; running only unless `all`. */
export function filterContainers(entries: Array<{ rec: ContainerRecord; st: RuntimeState }>, f: ListFilter): Array<{ rec: ContainerRecord; st: RuntimeState }> {
  const groups = new Map<string, string[]>()
  for (const { key, value } of f.filters ?? []) groups.set(key, [...(groups.get(key) ?? []), value])
  const showAll = f.all || groups.has('status') || groups.has('exited') || f.last !== undefined
  let out = entries
    .filter(({ st }) => showAll || st.status === 'running' || st.status === 'paused' || st.status === 'restarting')
    .filter(({ rec, st }) => [...groups].every(([key, values]) => matchesGroup(rec, st, key, values)))
    .sort((a, b) => Date.parse(b.rec.Created) - Date.parse(a.rec.Created))
  if (f.last !== undefined && f.last >= 0) out = out.slice(0, f.last)
  return out
}
