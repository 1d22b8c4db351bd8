import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ContainersSuite, NOTHING_LEFT } from './containers-harness.js'

// Resource limits through the real cgroups of this host (v1 hybrid here; the v2 backend is
// covered by D1's cgroups suites where v2 is mounted).
let s: ContainersSuite

beforeAll(async () => {
  s = await ContainersSuite.create('res')
})

afterAll(async () => {
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

function cgroupFile(id: string, rel: string): string {
  const cg = s.rt.containers.get(id)
  const dirs = (s.rt.containers as unknown as { m: { cgroupsOf(r: unknown): { dirs(p: string): string[]; pathFor(i: string): string } } }).m
  const mgr = dirs.cgroupsOf(cg)
  const [ctrl, file] = rel.split('/') as [string, string]
  const dir = mgr.dirs(mgr.pathFor(id)).find((d) => d.includes(`/${ctrl}/`) || d.endsWith(`/${ctrl}`) || d.includes(`/${ctrl},`))
  if (!dir) throw new Error(`no ${ctrl} hierarchy for ${id}`)
  return readFileSync(`${dir}/${file}`, 'utf8').trim()
}

describe('containers: resources', () => {
  it('OOM-kills an allocation past --memory: exit 137 and OOMKilled true', async () => {
    const r = await s.cli(['container', 'run', '--name', 'oom', '--memory', '16m', 'busybox', 'sh', '-c', 'x=$(head -c 64m /dev/zero | tr "\\0" a); echo survived'], { timeoutMs: 60_000 })
    expect(r.code).toBe(137)
    expect(r.stdout).not.toMatch(/survived/)
    const state = JSON.parse(await s.ok(['container', 'inspect', 'oom']))[0].State
    expect(state).toMatchObject({ Status: 'exited', ExitCode: 137, OOMKilled: true, Running: false })
    await s.ok(['container', 'rm', 'oom'])
  })

  it('enforces --pids-limit', async () => {
    // sh + 7 sleeps fill the limit: the next fork fails (busybox sh gives up with "can't fork")
    const r = await s.cli(['container', 'run', '--rm', '--pids-limit', '8', 'busybox', 'sh', '-c', 'for i in $(seq 20); do sleep 3 & done; echo all-forked'])
    expect(r.code).not.toBe(0)
    expect(r.stdout).not.toMatch(/all-forked/)
    expect(r.stderr).toMatch(/can't fork/)
    expect(await s.ok(['container', 'run', '--rm', '--pids-limit', '8', 'busybox', 'sh', '-c', 'for i in $(seq 5); do sleep 1 & done; echo ok'])).toBe('ok')
  })

  it('writes memory, cpu quota, cpu shares and pids into the cgroup', async () => {
    const id = await s.ok(['container', 'run', '-d', '--memory', '32m', '--cpus', '0.5', '--cpu-shares', '512', '--pids-limit', '50', 'busybox', 'sleep', '60'])
    try {
      expect(cgroupFile(id, 'memory/memory.limit_in_bytes')).toBe(String(32 * 1024 * 1024))
      expect(cgroupFile(id, 'memory/memory.memsw.limit_in_bytes')).toBe(String(64 * 1024 * 1024))
      expect(cgroupFile(id, 'cpu/cpu.cfs_quota_us')).toBe('50000')
      expect(cgroupFile(id, 'cpu/cpu.cfs_period_us')).toBe('100000')
      expect(cgroupFile(id, 'cpu/cpu.shares')).toBe('512')
      expect(cgroupFile(id, 'pids/pids.max')).toBe('50')
      // inside, /sys/fs/cgroup shows the container's own cgroup, read-only
      expect(await s.ok(['container', 'exec', id, 'cat', '/sys/fs/cgroup/memory/memory.limit_in_bytes'])).toBe(String(32 * 1024 * 1024))
      expect((await s.cli(['container', 'exec', id, 'sh', '-c', 'echo 1 > /sys/fs/cgroup/pids/pids.max'])).code).not.toBe(0)
      const hc = JSON.parse(await s.ok(['container', 'inspect', id]))[0].HostConfig
      expect(hc).toMatchObject({ Memory: 32 * 1024 * 1024, MemorySwap: 64 * 1024 * 1024, NanoCpus: 500_000_000, CpuShares: 512, PidsLimit: 50 })
      const stats = JSON.parse(await s.ok(['container', 'stats', '--no-stream', '--format', 'json', id]))
      expect(stats).toMatchObject({ Name: expect.any(String), PIDs: '1' })
      expect(stats.MemUsage).toMatch(/ \/ 32MiB$/)
    } finally {
      await s.ok(['container', 'rm', '-f', id])
    }
  })

  it('applies --ulimit inside the container', async () => {
    expect(await s.ok(['container', 'run', '--rm', '--ulimit', 'nofile=512:1024', 'busybox', 'sh', '-c', 'ulimit -n; ulimit -Hn'])).toBe('512\n1024')
  })
})
