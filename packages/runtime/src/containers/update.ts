import { RuntimeError } from '../errors.js'
import { validateResources } from '../cgroups/resources.js'
import { withLock } from '../state/lock.js'
import type { StatePaths } from '../state/paths.js'
import type { ContainerRecord, RestartPolicy, StoredHostConfig } from './config.js'
import { cgroupResources, type ContainerManager } from './manager.js'
import { containerName } from './status.js'
import { SupervisorClient } from './supervisor-client.js'

export const UPDATE_CONFLICT = 'CONTAINER_UPDATE_CONFLICT'
export const UPDATE_NOTHING = 'CONTAINER_UPDATE_NOTHING'

/** What `docker container update` can change here; unset fields keep their value. */
export interface UpdateOptions {
  /** --memory in bytes. */
  readonly memory?: number
  /** --memory-swap: memory + swap in bytes, -1 = unlimited swap. */
  readonly memorySwap?: number
  readonly memoryReservation?: number
  /** --cpus in nano-CPUs. */
  readonly nanoCpus?: number
  readonly cpuShares?: number
  /** 0 or -1: unlimited. */
  readonly pidsLimit?: number
  readonly restart?: RestartPolicy
}

export interface UpdateResult {
  readonly rec: ContainerRecord
  /** Things that apply later rather than now (said on stderr, as docker prints warnings). */
  readonly warnings: string[]
}

/** The supervisor's control command that swaps its restart policy (control.c). */
export const RESTART_POLICY_COMMAND = 'restart-policy'

const conflict = (rec: ContainerRecord, why: string): RuntimeError =>
  new RuntimeError(UPDATE_CONFLICT, `Cannot update container ${rec.Id}: ${why}`, { exitCode: 1 })

/**
 * The record's HostConfig with the update applied, checked the way docker's daemon checks an
 * update (container.UpdateContainer): a memory limit above the current memory+swap needs a
 * new --memory-swap too; a restart policy cannot be set on an --rm container.
 */
export function updatedHostConfig(rec: ContainerRecord, u: UpdateOptions): StoredHostConfig {
  const h = rec.HostConfig
  if (Object.values(u).every((v) => v === undefined)) {
    throw new RuntimeError(UPDATE_NOTHING, 'you must provide one or more flags when using this command', { exitCode: 1 })
  }
  if (u.restart && u.restart.name !== 'no' && h.AutoRemove) {
    throw conflict(rec, 'Restart policy cannot be updated because AutoRemove is enabled for the container')
  }
  let memorySwap = u.memorySwap ?? h.MemorySwap
  if (u.memory !== undefined && u.memory !== 0 && u.memorySwap === undefined) {
    // docker compares with the stored value, 0 (never set) included; -1 is unlimited swap.
    if (h.MemorySwap !== -1 && u.memory > h.MemorySwap) {
      throw conflict(rec, 'Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time')
    }
  }
  const memory = u.memory || h.Memory
  if (memorySwap > 0 && memory > 0 && memorySwap < memory) {
    throw conflict(rec, 'Minimum memoryswap limit should be larger than memory limit, see usage')
  }
  const memoryReservation = u.memoryReservation ?? h.MemoryReservation
  if (memory > 0 && memoryReservation > memory) {
    throw conflict(rec, 'Minimum memory limit can not be less than memory reservation limit, see usage')
  }
  if (memorySwap === 0 && memory > 0) memorySwap = 2 * memory
  if (u.nanoCpus && (h.CpuQuota || h.CpuPeriod)) {
    throw conflict(rec, 'Conflicting options: NanoCPUs cannot be updated as CPU Quota has already been set')
  }
  const next: StoredHostConfig = {
    ...h,
    Memory: memory,
    MemorySwap: memorySwap,
    MemoryReservation: memoryReservation,
    NanoCpus: u.nanoCpus ?? h.NanoCpus,
    CpuShares: u.cpuShares ?? h.CpuShares,
    PidsLimit: u.pidsLimit === undefined ? h.PidsLimit : u.pidsLimit > 0 ? u.pidsLimit : null,
    RestartPolicy: u.restart ? { Name: u.restart.name, MaximumRetryCount: u.restart.maximumRetryCount } : h.RestartPolicy,
  }
  validateResources(cgroupResources({ ...rec, HostConfig: next }))
  return next
}

/**
 * docker container update: new limits go to the running container's cgroup (through the
 * backend's own writers) and to its record, so every later start applies them too; a new
 * restart policy goes to the running supervisor, which decides the next restart. Done under
 * the container's lock, so a concurrent start sees either the old record or the new one.
 */
export async function updateContainer(m: ContainerManager, paths: StatePaths, ref: string, u: UpdateOptions): Promise<UpdateResult> {
  const rec = m.records.resolve(ref)
  const warnings: string[] = []
  const updated = await withLock(paths, m.lockName(rec.Id), async () => {
    const cur = m.records.get(rec.Id) ?? rec
    const next: ContainerRecord = { ...cur, HostConfig: updatedHostConfig(cur, u) }
    const st = m.state(cur)
    const cg = m.cgroupsOf(cur)
    const path = cg.pathFor(cur.Id)
    if (st.supervised && cg.exists(path)) {
      // create() on an existing cgroup only (re)writes the limits. Device rules are left
      // alone: rewriting them would deny every device for a moment under a running process.
      const res = { ...cgroupResources(next), devices: [], privileged: false }
      try {
        warnings.push(...cg.create(path, res).warnings)
      } catch (err) {
        throw conflict(cur, (err as Error).message)
      }
    }
    m.records.write(next)
    if (u.restart && st.supervised) {
      const r = next.HostConfig.RestartPolicy
      try {
        const reply = await new SupervisorClient(m.records.dir(cur.Id)).request(`${RESTART_POLICY_COMMAND} ${r.Name} ${r.MaximumRetryCount}`)
        if (reply.startsWith('err ')) throw new Error(reply.slice(4))
      } catch {
        // A supervisor from before this command (or one exiting right now): the record has
        // the policy, which the next start gives to its supervisor.
        warnings.push(`the restart policy of ${containerName(cur)} applies from its next start`)
      }
    }
    return next
  })
  m.event(updated, 'update')
  return { rec: updated, warnings }
}
