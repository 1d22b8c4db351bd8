import { describe, expect, it } from 'vitest'
import type { ContainerRecord, StoredHostConfig } from '../../src/containers/config.js'
import { mountPointsUnder } from '../../src/containers/export.js'
import { updatedHostConfig } from '../../src/containers/update.js'

const MB = 1024 * 1024

function record(h: Partial<StoredHostConfig> = {}): ContainerRecord {
  const HostConfig = {
    AutoRemove: false, Privileged: false, Memory: 0, MemorySwap: 0, MemoryReservation: 0, NanoCpus: 0, CpuShares: 0,
    CpuPeriod: 0, CpuQuota: 0, CpusetCpus: '', PidsLimit: null, RestartPolicy: { Name: 'no', MaximumRetryCount: 0 }, ...h,
  } as StoredHostConfig
  return { Id: 'a'.repeat(64), Name: '/c', HostConfig } as unknown as ContainerRecord
}

describe('updatedHostConfig (docker container update rules)', () => {
  it('changes only what is given', () => {
    const h = updatedHostConfig(record({ Memory: 64 * MB, MemorySwap: 128 * MB, CpuShares: 100 }), { memory: 96 * MB, pidsLimit: 20 })
    expect(h).toMatchObject({ Memory: 96 * MB, MemorySwap: 128 * MB, CpuShares: 100, PidsLimit: 20 })
    expect(updatedHostConfig(record({ PidsLimit: 20 }), { pidsLimit: -1 }).PidsLimit).toBeNull()
    expect(updatedHostConfig(record(), { restart: { name: 'on-failure', maximumRetryCount: 3 } }).RestartPolicy).toEqual({ Name: 'on-failure', MaximumRetryCount: 3 })
  })

  it('refuses a memory limit above memory+swap unless --memory-swap comes with it', () => {
    const rec = record({ Memory: 64 * MB, MemorySwap: 128 * MB })
    expect(() => updatedHostConfig(rec, { memory: 200 * MB })).toThrow(/Memory limit should be smaller than already set memoryswap limit/)
    expect(updatedHostConfig(rec, { memory: 200 * MB, memorySwap: 400 * MB })).toMatchObject({ Memory: 200 * MB, MemorySwap: 400 * MB })
    // never limited (swap 0): docker's comparison refuses too; unlimited swap (-1) does not
    expect(() => updatedHostConfig(record(), { memory: 32 * MB })).toThrow(/memoryswap/)
    expect(updatedHostConfig(record({ MemorySwap: -1 }), { memory: 32 * MB }).MemorySwap).toBe(-1)
    expect(() => updatedHostConfig(rec, { memorySwap: 32 * MB })).toThrow(/larger than memory limit/)
    expect(() => updatedHostConfig(rec, { memoryReservation: 100 * MB })).toThrow(/memory reservation/)
  })

  it('needs a flag, and no restart policy for an --rm container', () => {
    expect(() => updatedHostConfig(record(), {})).toThrow('you must provide one or more flags when using this command')
    expect(() => updatedHostConfig(record({ AutoRemove: true }), { restart: { name: 'always', maximumRetryCount: 0 } })).toThrow(/AutoRemove is enabled/)
    expect(updatedHostConfig(record({ AutoRemove: true }), { restart: { name: 'no', maximumRetryCount: 0 } }).RestartPolicy.Name).toBe('no')
  })
})

describe('mountPointsUnder', () => {
  const line = (id: number, mp: string): string => `${id} 1 0:${id} / ${mp} rw - tmpfs tmpfs rw`
  it("reads a running container's own mount table, relative to its root", () => {
    const text = [line(1, '/'), line(2, '/proc'), line(3, '/etc/hosts'), line(4, '/with\\040space')].join('\n')
    const got = mountPointsUnder({ root: '/proc/42/root', via: 'process' }, (pid) => (pid === 42 ? text : ''))
    expect([...got].sort()).toEqual(['etc/hosts', 'proc', 'with space'])
  })

  it("takes a stopped container's temporary mounts under its view", () => {
    const text = [line(1, '/'), line(2, '/x/view'), line(3, '/x/view/data'), line(4, '/x/viewer')].join('\n')
    expect([...mountPointsUnder({ root: '/x/view', via: 'mount' }, () => text)]).toEqual(['data'])
  })
})
