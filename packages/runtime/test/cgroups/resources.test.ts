import { describe, expect, it } from 'vitest'
import {
  blkioToIoWeight,
  cpuSharesToWeight,
  cpuWeightToShares,
  dockerDeviceRules,
  effectiveMemorySwap,
  formatDeviceRule,
  parseDeviceCgroupRule,
  validateResources,
} from '../../src/cgroups/index.js'

const M = 1024 * 1024

describe('docker resource semantics', () => {
  it('swap defaults to 2 × memory, -1 is unlimited', () => {
    expect(effectiveMemorySwap({ memory: 64 * M })).toBe(128 * M)
    expect(effectiveMemorySwap({ memory: 64 * M, memorySwap: 0 })).toBe(128 * M)
    expect(effectiveMemorySwap({ memory: 64 * M, memorySwap: -1 })).toBe(-1)
    expect(effectiveMemorySwap({ memory: 64 * M, memorySwap: 64 * M })).toBe(64 * M)
    expect(effectiveMemorySwap({})).toBeUndefined()
  })
  it.each([
    [{ memory: 1024 }, 'minimum memory limit allowed is 6MB'],
    [{ memorySwap: 64 * M }, 'always set the memory limit'],
    [{ memory: 64 * M, memorySwap: 32 * M }, 'must be larger than the memory limit'],
    [{ nanoCpus: 1e9, cpuQuota: 50000 }, 'conflicting options'],
    [{ cpuQuota: 500 }, 'less than 1ms'],
    [{ blkioWeight: 5 }, 'from 10 to 1000'],
    [{ memorySwappiness: 101 }, '0 to 100'],
  ])('refuses %j', (r, msg) => {
    expect(() => validateResources(r)).toThrow(msg)
  })
  it('cpu.shares → cpu.weight matches runc/crun', () => {
    expect(cpuSharesToWeight(2)).toBe(1)
    expect(cpuSharesToWeight(1024)).toBe(100)
    expect(cpuSharesToWeight(512)).toBe(59)
    expect(cpuSharesToWeight(2048)).toBe(174)
    expect(cpuSharesToWeight(262144)).toBe(10000)
    expect(cpuSharesToWeight(0)).toBe(0)
    expect(cpuWeightToShares(100)).toBe(1024)
  })
  it('blkio weight → io.weight', () => {
    expect(blkioToIoWeight(10)).toBe(1)
    expect(blkioToIoWeight(1000)).toBe(10000)
    expect(blkioToIoWeight(500)).toBe(4950)
  })
  it("docker's device rules, in order", () => {
    expect(dockerDeviceRules().map(formatDeviceRule)).toEqual([
      'a',
      'c 1:5 rwm',
      'c 1:3 rwm',
      'c 1:9 rwm',
      'c 1:8 rwm',
      'c 5:0 rwm',
      'c 5:1 rwm',
      'c 10:229 rwm',
      'c *:* m',
      'b *:* m',
      'c 1:7 rwm',
      'c 136:* rwm',
      'c 5:2 rwm',
      'c 10:200 rwm',
    ])
    expect(dockerDeviceRules()[0]!.allow).toBe(false)
    expect(dockerDeviceRules()[7]!.allow).toBe(false)
    expect(parseDeviceCgroupRule('c 42:* rmw')).toEqual({ allow: true, type: 'c', major: 42, minor: -1, access: 'rmw' })
    expect(parseDeviceCgroupRule('x 1:1 r')).toBeNull()
  })
})

describe('docker stats arithmetic', async () => {
  const { cpuPercent, memoryPercent, parseProcStat } = await import('../../src/cgroups/index.js')
  it('reads /proc/stat and computes CPU and memory percentages', () => {
    const a = parseProcStat('cpu  100 0 100 800 0 0 0 0 0 0\ncpu0 50 0 50 400 0 0 0 0 0 0\ncpu1 50 0 50 400 0 0 0 0 0 0\nintr 1\n')
    expect(a).toEqual({ totalNs: 10_000_000_000, onlineCpus: 2 })
    const b = parseProcStat('cpu  200 0 200 1600 0 0 0 0 0 0\ncpu0 1\ncpu1 1\n')
    // the container used 0.5 s of CPU while the system clocked 10 s over 2 CPUs: 10 %
    expect(cpuPercent({ cpuUsageNs: 0 }, { cpuUsageNs: 500_000_000 }, a, b)).toBeCloseTo(10)
    expect(cpuPercent({ cpuUsageNs: 5 }, { cpuUsageNs: 5 }, a, b)).toBe(0)
    expect(memoryPercent({ memoryUsed: 25, memoryLimit: 100 }, 1000)).toBe(25)
    expect(memoryPercent({ memoryUsed: 25, memoryLimit: null }, 1000)).toBe(2.5)
  })
})
