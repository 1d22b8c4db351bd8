import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { leftoversSince, snapshotKernel } from '../helpers/leftovers.js'
import { eventually } from '../helpers/eventually.js'
import { ContainersSuite, NOTHING_LEFT } from './containers-harness.js'

// Many containers and concurrent CLIs; CLIs killed mid-flight leave only what rm -f and
// system prune reclaim.
let s: ContainersSuite

beforeAll(async () => {
  s = await ContainersSuite.create('scale')
})

afterAll(async () => {
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

describe('containers: scale and crashes', () => {
  it('20 containers started and removed (concurrent CLIs) leave zero mounts, cgroups and processes', async () => {
    const mark = { cgroupPrefix: s.cgroupParent, processMarker: s.root }
    const before = snapshotKernel(mark)
    const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => s.ok(['container', 'run', '-d', '--name', `c${i}`, 'busybox', 'sleep', '60'])))
    expect(new Set(ids).size).toBe(20)
    expect((await s.ok(['container', 'ps', '-q'])).split('\n')).toHaveLength(20)
    // the same name from two CLIs at once: exactly one wins
    const dup = await Promise.all([0, 1].map(() => s.cli(['container', 'create', '--name', 'same', 'busybox', 'true'])))
    expect(dup.map((r) => r.code).sort()).toEqual([0, 125])
    await Promise.all([...ids, 'same'].map((id) => s.ok(['container', 'rm', '-f', id])))
    expect(await s.ok(['container', 'ps', '-aq'])).toBe('')
    // the parent cgroup dirs, the default bridge and its nft table stay with the state root
    // (like docker0); everything per container must be gone (veths go asynchronously)
    await eventually(() => {
      const left = leftoversSince(before, mark)
      expect({
        ...left,
        cgroups: left.cgroups.filter((c) => !c.endsWith(`/${s.cgroupParent}`)),
        links: left.links.filter((l) => !l.startsWith('tsc-')),
        nftTables: [],
      }).toEqual({ mounts: [], links: [], netns: [], cgroups: [], processes: [], nftTables: [] })
      expect(left.links.length).toBeLessThanOrEqual(1)
    }, 10_000)
    expect(s.containerDirs()).toEqual([])
  }, 120_000)

  it('a CLI SIGKILLed at any point leaves only what rm -f and system prune reclaim', async () => {
    const bin = join(import.meta.dirname, '..', '..', 'packages/cli/bin/tsc-compose.js')
    // from "before anything" to "after the supervisor started", whatever this machine's speed
    for (const delay of [5, 40, 80, 120, 160, 200, 250, 300, 400, 500, 700]) {
      const child = spawn(process.execPath, [bin, '--root', s.root, 'container', 'run', '-d', '--rm', '-v', '/anon', 'busybox', 'sleep', '30'], { env: s.env(), stdio: 'ignore' })
      const exited = new Promise((r) => child.once('exit', r))
      await new Promise((r) => setTimeout(r, delay))
      child.kill('SIGKILL')
      await exited
    }
    for (const id of (await s.ok(['container', 'ps', '-aq'])).split('\n').filter(Boolean)) await s.ok(['container', 'rm', '-f', '-v', id])
    await s.ok(['system', 'prune', '-f', '--volumes'])
    expect(s.containerDirs()).toEqual([])
    expect(await s.ok(['volume', 'ls', '-q'])).toBe('')
  }, 120_000)
})
