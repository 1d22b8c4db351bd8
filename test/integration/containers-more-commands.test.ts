import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCgroupManager } from '../../packages/runtime/src/cgroups/manager.js'
import { eventually } from '../helpers/eventually.js'
import { ContainersSuite, NOTHING_LEFT } from './containers-harness.js'

// container export, cp, port, restart, attach and update through the built CLI, on real
// containers: what each command shows is checked against the kernel and the files.
let s: ContainersSuite
let work: string

beforeAll(async () => {
  s = await ContainersSuite.create('more')
  work = mkdtempSync(join(s.root, 'work-'))
})

afterAll(async () => {
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

const inspect = async (ref: string) => JSON.parse(await s.ok(['container', 'inspect', ref]))[0]
const LOOP = ['sh', '-c', "trap 'exit 0' TERM; while true; do sleep 0.2; done"]

/** Mounts under this suite's root: export and cp of stopped containers must leave none. */
const rootMounts = (): string[] =>
  readFileSync('/proc/self/mountinfo', 'utf8').split('\n').map((l) => l.split(' ')[4] ?? '').filter((m) => m.startsWith(`${s.root}/`) && !m.includes('/netns/'))

const tarList = (file: string): string[] => execFileSync('tar', ['-tf', file], { encoding: 'utf8' }).split('\n').filter(Boolean)

describe('container export', () => {
  it('tars the filesystem of a running, then a stopped container, without its mounts', async () => {
    const id = await s.ok(['container', 'run', '-d', '--name', 'exp', '--tmpfs', '/scratch', 'busybox', 'sh', '-c', 'echo data > /tmp/marker; echo x > /scratch/inmount; exec sleep 60'])
    try {
      await eventually(async () => expect(await s.ok(['container', 'exec', id, 'cat', '/tmp/marker'])).toBe('data'))
      // stdout is a pipe here: the tar is streamed to it
      const r = spawnSync(process.execPath, [join(import.meta.dirname, '../../packages/cli/bin/tsc-compose.js'), '--root', s.root, 'container', 'export', 'exp'], { env: s.env(), maxBuffer: 64 << 20, timeout: 30_000 })
      expect(r.status).toBe(0)
      writeFileSync(join(work, 'running.tar'), r.stdout)
      const running = tarList(join(work, 'running.tar'))
      expect(running).toContain('tmp/marker')
      expect(running).toContain('bin/busybox')
      // mount points are there, their contents are not
      expect(running).toContain('proc')
      expect(running.filter((e) => e.startsWith('proc/'))).toEqual([])
      expect(running).not.toContain('scratch/inmount')
      expect(execFileSync('tar', ['-xOf', join(work, 'running.tar'), 'tmp/marker'], { encoding: 'utf8' })).toBe('data\n')

      await s.ok(['container', 'stop', '-t', '1', 'exp'])
      const out = join(work, 'stopped.tar')
      expect(await s.ok(['container', 'export', '-o', out, 'exp'])).toBe('')
      expect(tarList(out)).toContain('tmp/marker')
      expect(rootMounts()).toEqual([])
    } finally {
      await s.ok(['container', 'rm', '-f', id])
    }
  })

  it('refuses a terminal, and a missing container, with exit 1', async () => {
    const id = await s.ok(['container', 'create', '--name', 'exp-tty', 'busybox', 'true'])
    try {
      const bin = join(import.meta.dirname, '../../packages/cli/bin/tsc-compose.js')
      // util-linux script(1) gives the command a pty as stdout; -e passes its exit code on
      const r = spawnSync('script', ['-qec', `${process.execPath} ${bin} --root ${s.root} container export exp-tty`, '/dev/null'], { env: s.env(), encoding: 'utf8', timeout: 30_000 })
      expect(r.status).toBe(1)
      expect(r.stdout).toContain('cowardly refusing to save to a terminal. Use the -o flag or redirect')
      const missing = await s.cli(['container', 'export', '-o', join(work, 'x.tar'), 'nope'])
      expect(missing.code).toBe(1)
      expect(missing.stderr).toBe('Error: no such container: nope\n')
    } finally {
      await s.ok(['container', 'rm', id])
    }
  })
})

describe('container cp', () => {
  it('copies both ways, running and stopped', async () => {
    const id = await s.ok(['container', 'run', '-d', '--name', 'cpy', 'busybox', ...LOOP])
    try {
      writeFileSync(join(work, 'in.txt'), 'into\n')
      expect(await s.ok(['container', 'cp', join(work, 'in.txt'), 'cpy:/tmp/'])).toBe('')
      expect(await s.ok(['container', 'exec', id, 'cat', '/tmp/in.txt'])).toBe('into')
      await s.ok(['container', 'exec', id, 'sh', '-c', 'mkdir /tmp/d && echo deep > /tmp/d/f'])
      await s.ok(['container', 'cp', 'cpy:/tmp/d', join(work, 'out-d')])
      expect(readFileSync(join(work, 'out-d/f'), 'utf8')).toBe('deep\n')
      await s.ok(['container', 'stop', '-t', '1', 'cpy'])
      await s.ok(['container', 'cp', `${id.slice(0, 12)}:/tmp/in.txt`, join(work, 'back.txt')])
      expect(readFileSync(join(work, 'back.txt'), 'utf8')).toBe('into\n')
      const miss = await s.cli(['container', 'cp', 'cpy:/nope', work])
      expect(miss.code).toBe(1)
      expect(miss.stderr).toMatch(/could not find the file \/nope in container cpy/)
      expect(rootMounts()).toEqual([])
    } finally {
      await s.ok(['container', 'rm', '-f', id])
    }
  })
})

describe('container port, restart, attach', () => {
  it('lists the published ports of a running container', async () => {
    const id = await s.ok(['container', 'run', '-d', '--name', 'ports', '-p', '127.0.0.1::80', '-p', '127.0.0.1::53/udp', 'busybox', ...LOOP])
    try {
      const all = (await s.ok(['container', 'port', 'ports'])).split('\n')
      expect(all).toHaveLength(2)
      expect(all[0]).toMatch(/^53\/udp -> 127\.0\.0\.1:\d+$/)
      expect(all[1]).toMatch(/^80\/tcp -> 127\.0\.0\.1:\d+$/)
      expect(await s.ok(['container', 'port', 'ports', '80'])).toBe(all[1]!.split(' -> ')[1])
      const none = await s.cli(['container', 'port', 'ports', '81/tcp'])
      expect(none.code).toBe(1)
      expect(none.stderr).toBe("Error: No public port '81/tcp' published for ports\n")
      expect((await s.cli(['container', 'port', 'ports', 'x/tcp'])).code).toBe(125)
    } finally {
      await s.ok(['container', 'rm', '-f', id])
    }
  })

  it('restart restarts running and stopped containers; attach streams and returns the exit code', async () => {
    const id = await s.ok(['container', 'run', '-d', '--name', 'rs', 'busybox', ...LOOP])
    const created = await s.ok(['container', 'create', '--name', 'rs-created', 'busybox', ...LOOP])
    try {
      const before = (await inspect('rs')).State.StartedAt
      expect(await s.ok(['container', 'restart', '-t', '1', 'rs', 'rs-created'])).toBe('rs\nrs-created')
      expect((await inspect('rs')).State.StartedAt).not.toBe(before)
      expect((await inspect('rs-created')).State.Status).toBe('running')
      const bad = await s.cli(['container', 'restart', 'nope'])
      expect(bad.code).toBe(1)
      expect(bad.stderr).toMatch(/no such container: nope/)
    } finally {
      await s.ok(['container', 'rm', '-f', id, created])
    }
    const cat = await s.ok(['container', 'run', '-d', '-i', '--name', 'at-cat', 'busybox', 'cat'])
    const late = await s.ok(['container', 'run', '-d', '--name', 'at-late', 'busybox', 'sh', '-c', 'sleep 1; echo late; exit 3'])
    try {
      const r = await s.cli(['container', 'attach', 'at-cat'], { input: 'piped\n' })
      expect(r).toMatchObject({ code: 0, stdout: 'piped\n' })
      const out = await s.cli(['container', 'attach', '--no-stdin', 'at-late'])
      expect(out).toMatchObject({ code: 3, stdout: 'late\n' })
      const stopped = await s.cli(['container', 'attach', 'at-late'])
      expect(stopped.code).toBe(1)
      expect(stopped.stderr).toBe('Error: You cannot attach to a stopped container, start it first\n')
    } finally {
      await s.ok(['container', 'rm', '-f', cat, late])
    }
  })
})

describe('container update', () => {
  it('writes new limits to the cgroup and the record; a restart keeps them; the restart policy reaches the supervisor', async () => {
    const id = await s.ok(['container', 'run', '-d', '--name', 'upd', '-m', '64m', 'busybox', ...LOOP])
    const cg = createCgroupManager({ parent: s.cgroupParent })
    const path = cg.pathFor(id)
    try {
      expect(cg.limits(path).memory).toBe(64 << 20)
      expect(await s.ok(['container', 'update', '--memory', '96m', '--pids-limit', '50', '--cpu-shares', '512', 'upd'])).toBe('upd')
      expect(cg.limits(path)).toMatchObject({ memory: 96 << 20, pidsLimit: 50 })
      expect((await inspect('upd')).HostConfig).toMatchObject({ Memory: 96 << 20, PidsLimit: 50, CpuShares: 512 })
      await s.ok(['container', 'restart', '-t', '1', 'upd'])
      expect(cg.limits(path)).toMatchObject({ memory: 96 << 20, pidsLimit: 50 })

      // above the memory+swap limit (128m, twice the first --memory) without --memory-swap: docker's conflict
      const over = await s.cli(['container', 'update', '--memory', '300m', 'upd'])
      expect(over.code).toBe(1)
      expect(over.stderr).toBe(`Error response from daemon: Cannot update container ${id}: Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time\n`)
      expect(cg.limits(path).memory).toBe(96 << 20)
      expect(await s.ok(['container', 'update', '--memory', '300m', '--memory-swap', '600m', 'upd'])).toBe('upd')
      expect(cg.limits(path).memory).toBe(300 << 20)

      const none = await s.cli(['container', 'update', 'upd'])
      expect(none).toMatchObject({ code: 1, stderr: 'Error: you must provide one or more flags when using this command\n' })
      expect((await s.cli(['container', 'update', '--memory', 'lots', 'upd'])).code).toBe(125)

      // the running supervisor takes the new policy: a killed process comes back
      expect(await s.ok(['container', 'update', '--restart', 'always', 'upd'])).toBe('upd')
      expect((await inspect('upd')).HostConfig.RestartPolicy).toEqual({ Name: 'always', MaximumRetryCount: 0 })
      const pid = (await inspect('upd')).State.Pid as number
      process.kill(pid, 'SIGKILL')
      await eventually(async () => {
        const st = (await inspect('upd')).State
        expect(st.Status).toBe('running')
        expect(st.Pid).not.toBe(pid)
      }, 10_000)
      expect((await inspect('upd')).RestartCount).toBe(1)
    } finally {
      await s.ok(['container', 'rm', '-f', id])
    }
  })

  it('updates a stopped container for its next start, and refuses a restart policy with --rm', async () => {
    const id = await s.ok(['container', 'create', '--name', 'upd-created', '-m', '64m', 'busybox', ...LOOP])
    const rm = await s.ok(['container', 'run', '-d', '--rm', '--name', 'upd-rm', 'busybox', ...LOOP])
    const cg = createCgroupManager({ parent: s.cgroupParent })
    try {
      expect(await s.ok(['container', 'update', '--memory', '100m', 'upd-created'])).toBe('upd-created')
      await s.ok(['container', 'start', 'upd-created'])
      expect(cg.limits(cg.pathFor(id)).memory).toBe(100 << 20)
      const r = await s.cli(['container', 'update', '--restart', 'always', 'upd-rm'])
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(/Restart policy cannot be updated because AutoRemove is enabled for the container/)
    } finally {
      await s.ok(['container', 'rm', '-f', id, rm])
    }
  })
})
