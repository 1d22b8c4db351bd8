import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually } from '../helpers/eventually.js'
import { ComposeSuite, NOTHING_LEFT, type CliResult } from './compose-harness.js'
import { startStubDns, type StubDns } from './net-helpers.js'

// docker compose flags and behaviours that were missing: up --attach-dependencies, run
// --use-aliases, restart's dependency rules and --no-deps, cp with stopped containers, and
// deploy.resources.reservations. One state root; each scenario its own project file.

let s: ComposeSuite
let stub: StubDns

const LOOP = `["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.2; done"]`

beforeAll(async () => {
  s = await ComposeSuite.create('gaps')
  stub = await startStubDns()
})

afterAll(async () => {
  await stub?.close()
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

/** Mounts of this root in the host's mount table: cp's temporary mounts must never stay. */
function rootMounts(): string[] {
  return readFileSync('/proc/self/mountinfo', 'utf8').split('\n').map((l) => l.split(' ')[4] ?? '').filter((m) => m.startsWith(s.root))
}

async function inspect(ref: string): Promise<{ Id: string; State: { Status: string; StartedAt: string }; HostConfig: Record<string, unknown>; NetworkSettings: { Networks: Record<string, { Aliases: string[] | null; IPAddress: string }> } }> {
  return JSON.parse(await s.ok(['container', 'inspect', ref]))[0]
}

/** Prefixed log lines of an attached `up`, without colours. */
const lines = (r: CliResult): string[] => r.stdout.split('\n').filter(Boolean).map((l) => l.replace(/\s+\|\s+/, ' | '))

describe('up --attach-dependencies, --attach and --no-attach', () => {
  const f = ['-f', 'attach.yaml']
  beforeAll(() => {
    s.write(`
name: attach
services:
  db:
    image: busybox
    network_mode: none
    command: ["sh", "-c", "echo from-db; trap 'exit 0' TERM; while true; do sleep 0.2; done"]
  cache:
    image: busybox
    network_mode: none
    attach: false
    command: ["sh", "-c", "echo from-cache; sleep 1"]
  web:
    image: busybox
    network_mode: none
    depends_on: [db, cache]
    command: ["sh", "-c", "echo from-web; sleep 1"]
  job:
    image: busybox
    network_mode: none
    command: ["sh", "-c", "echo from-job"]
`, 'attach.yaml')
  })

  /** An attached up, the states it left, then down. */
  const up = async (args: readonly string[]): Promise<CliResult & { states: Record<string, string> }> => {
    const r = await s.cli([...f, 'up', '--no-color', ...args], { timeoutMs: 30_000 })
    const states = Object.fromEntries((await s.ps(f, true)).map((c) => [c.Service, c.State]))
    await s.ok([...f, 'down', '-t', '0'])
    return { ...r, states }
  }

  it('attached up of a service shows only that service, its dependencies with --attach-dependencies', async () => {
    const plain = await up(['web'])
    expect(plain.code, plain.stderr).toBe(0)
    expect(lines(plain)).toContain('web-1 | from-web')
    expect(plain.stdout).not.toContain('from-db')
    expect(plain.states).toMatchObject({ db: 'running', web: 'exited' })
    // docker compose waits for the named services only: up ends when web does, db runs on
    const deps = await up(['--attach-dependencies', 'web'])
    expect(deps.code, deps.stderr).toBe(0)
    expect(lines(deps)).toEqual(expect.arrayContaining(['db-1 | from-db', 'web-1 | from-web', 'web-1 | exited with code 0']))
    expect(deps.states.db).toBe('running')
    // `attach: false` in the file keeps a dependency out; job is not a dependency of web
    expect(deps.stdout).not.toContain('from-cache')
    expect(deps.stdout).not.toContain('from-job')
  })

  it('--no-attach removes from the dependencies, --attach picks exactly', async () => {
    const some = await up(['--attach-dependencies', '--no-attach', 'web', 'web'])
    expect(some.code, some.stderr).toBe(0)
    expect(lines(some)).toContain('db-1 | from-db')
    expect(some.stdout).not.toContain('from-web')
    const exact = await up(['--attach', 'cache', 'web'])
    expect(exact.code, exact.stderr).toBe(0)
    expect(lines(exact)).toContain('cache-1 | from-cache')
    expect(exact.stdout).not.toMatch(/from-(web|db)/)
  })

  it('refuses combinations docker compose refuses, before creating anything', async () => {
    const both = await s.cli([...f, 'up', '--attach', 'db', '--attach-dependencies', 'web'])
    expect(both.code).not.toBe(0)
    expect(both.stderr).toContain('cannot combine --attach and --attach-dependencies')
    const outside = await s.cli([...f, 'up', '--attach', 'job', 'web'])
    expect(outside.code).toBe(1)
    expect(outside.stderr).toContain('cannot attach to services not included in up: job')
    const noDeps = await s.cli([...f, 'up', '--no-deps', '--attach', 'db', 'web'])
    expect(noDeps.stderr).toContain('cannot attach to services not included in up: db')
    const detached = await s.cli([...f, 'up', '-d', '--attach-dependencies', 'web'])
    expect(detached.code).not.toBe(0)
    expect(detached.stderr).toContain('--detach cannot be combined with')
    const wait = await s.cli([...f, 'up', '--wait', '--attach', 'web'])
    expect(wait.stderr).toContain('--wait cannot be combined with')
    expect(await s.ps(f, true)).toEqual([])
  })
})

describe('run --use-aliases', () => {
  const f = ['-f', 'aliases.yaml']
  beforeAll(async () => {
    s.write(`
name: aliases
services:
  web:
    image: busybox
    command: ${LOOP}
    networks:
      default:
        aliases: [www]
  client:
    image: busybox
    dns: ["127.0.0.1:${stub.port}"]
    command: ${LOOP}
`, 'aliases.yaml')
    await s.ok([...f, 'up', '-d'])
  })
  afterAll(async () => {
    await s.ok([...f, 'down', '-t', '0'])
  })

  const addresses = async (name: string): Promise<string[]> => {
    const r = await s.cli([...f, 'exec', '-T', 'client', 'sh', '-c', `nslookup ${name} | sed -n "s/^Address: //p"`], { timeoutMs: 20_000 })
    return r.stdout.split('\n').filter((a) => a && !a.includes(':') && !a.includes('#')).sort()
  }

  it('a one-off gets no service alias by default: the service name keeps naming the service', async () => {
    const id = await s.ok([...f, 'run', '-d', '--no-deps', 'web', 'sleep', '60'])
    const run = await inspect(id)
    const net = run.NetworkSettings.Networks.aliases_default!
    expect(net.Aliases ?? []).not.toContain('web')
    expect(net.Aliases ?? []).not.toContain('www')
    const web = (await inspect('aliases-web-1')).NetworkSettings.Networks.aliases_default!
    expect(web.Aliases).toEqual(expect.arrayContaining(['web', 'www']))
    expect(await addresses('web')).toEqual([web.IPAddress])
    expect(await addresses('www')).toEqual([web.IPAddress])
    // its own container name still resolves, as with docker
    const name = (await s.ps(f, true)).find((c) => c.ID === id)!.Name
    expect(await addresses(name)).toEqual([net.IPAddress])
    await s.ok(['container', 'rm', '-f', id])
  })

  it('with --use-aliases it joins the service name and the service network aliases', async () => {
    const id = await s.ok([...f, 'run', '-d', '--no-deps', '--use-aliases', 'web', 'sleep', '60'])
    const net = (await inspect(id)).NetworkSettings.Networks.aliases_default!
    expect(net.Aliases).toEqual(expect.arrayContaining(['web', 'www']))
    const web = (await inspect('aliases-web-1')).NetworkSettings.Networks.aliases_default!
    await eventually(async () => expect(await addresses('www')).toEqual([web.IPAddress, net.IPAddress].sort()), 10_000, 200)
    expect(await addresses('web')).toEqual([web.IPAddress, net.IPAddress].sort())
    await s.ok(['container', 'rm', '-f', id])
    await eventually(async () => expect(await addresses('www')).toEqual([web.IPAddress]), 10_000, 200)
    // nothing the stack knows went to the upstream stub
    expect(stub.queries.filter((q) => /web|www|aliases/.test(q))).toEqual([])
  })
})

describe('restart follows docker compose v2: restart: true dependents, --no-deps, -t', () => {
  const f = ['-f', 'restart.yaml']
  beforeAll(async () => {
    s.write(`
name: restart
services:
  db:
    image: busybox
    network_mode: none
    command: ${LOOP}
    healthcheck:
      test: ["CMD", "true"]
      interval: 300ms
      retries: 20
  api:
    image: busybox
    network_mode: none
    command: ${LOOP}
    depends_on:
      db: { condition: service_healthy, restart: true }
  web:
    image: busybox
    network_mode: none
    command: ${LOOP}
    depends_on: [api]
  stubborn:
    image: busybox
    network_mode: none
    command: ["sh", "-c", "trap '' TERM; while true; do sleep 0.2; done"]
`, 'restart.yaml')
    const up = await s.cli([...f, 'up', '-d', '--wait'], { timeoutMs: 30_000 })
    expect(up.code, up.stderr).toBe(0)
  })
  afterAll(async () => {
    await s.ok([...f, 'down', '-t', '0'])
  })

  const started = async (): Promise<Record<string, string>> => {
    const out: Record<string, string> = {}
    for (const svc of ['db', 'api', 'web', 'stubborn']) out[svc] = (await inspect(`restart-${svc}-1`)).State.StartedAt
    return out
  }
  const changed = (a: Record<string, string>, b: Record<string, string>): string[] => Object.keys(a).filter((k) => a[k] !== b[k]).sort()

  it('restarting a service restarts what depends on it with restart: true, after it is healthy again', async () => {
    const before = await started()
    const r = await s.cli([...f, 'restart', 'db'], { timeoutMs: 30_000 })
    expect(r.code, r.stderr).toBe(0)
    const after = await started()
    expect(changed(before, after)).toEqual(['api', 'db'])
    // api waited for db's healthcheck (first run one interval after the start) before restarting
    expect(Date.parse(after.api!) - Date.parse(after.db!)).toBeGreaterThanOrEqual(250)
    expect(r.stderr).toMatch(/Service db\s+Healthy/)
    expect(r.stderr).toMatch(/Container restart-db-1\s+Started[\s\S]*Container restart-api-1\s+Started/)
  })

  it('--no-deps restarts only the named service; a service never brings its dependencies', async () => {
    let before = await started()
    await s.ok([...f, 'restart', '--no-deps', 'db'], { timeoutMs: 30_000 })
    let after = await started()
    expect(changed(before, after)).toEqual(['db'])
    before = after
    await s.ok([...f, 'restart', 'web'], { timeoutMs: 30_000 })
    after = await started()
    expect(changed(before, after)).toEqual(['web'])
  })

  it('-t bounds the stop of a container that ignores SIGTERM; a stopped container is started', async () => {
    const t0 = Date.now()
    await s.ok([...f, 'restart', '-t', '1', 'stubborn'], { timeoutMs: 30_000 })
    expect(Date.now() - t0).toBeLessThan(8000)
    await s.ok([...f, 'stop', '-t', '0', 'web'])
    expect((await inspect('restart-web-1')).State.Status).toBe('exited')
    await s.ok([...f, 'restart', 'web'])
    expect((await inspect('restart-web-1')).State.Status).toBe('running')
    const bad = await s.cli([...f, 'restart', 'nope'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('no such service: nope')
  })
})

describe('cp with stopped containers (exited and created), both directions', () => {
  const f = ['-f', 'cp.yaml']
  beforeAll(async () => {
    s.write(`
name: cpstop
services:
  box:
    image: busybox
    network_mode: none
    command: ${LOOP}
    volumes:
      - data:/data
      - ro:/ro:ro
  locked:
    image: busybox
    network_mode: none
    read_only: true
    command: ${LOOP}
    volumes: [data:/data]
volumes:
  data: {}
  ro: {}
`, 'cp.yaml')
    await s.ok([...f, 'up', '-d'])
  })
  afterAll(async () => {
    await s.ok([...f, 'down', '-v', '-t', '0'])
  })

  const noTempMounts = (): void => {
    expect(rootMounts()).toEqual([])
    const base = join(s.root, 'container-fs')
    expect(existsSync(base) ? readdirSync(base) : []).toEqual([])
  }

  it('copies out of an exited container: its upper dir, image layers and volumes', async () => {
    await s.ok([...f, 'exec', '-T', 'box', 'sh', '-c', 'echo upper > /etc/motd && echo vol > /data/v.txt && ln -s / /tmp/rootlink'])
    await s.ok([...f, 'stop', '-t', '0', 'box'])
    expect((await inspect('cpstop-box-1')).State.Status).toBe('exited')
    await s.ok([...f, 'cp', 'box:/etc/motd', join(s.root, 'motd.txt')])
    expect(readFileSync(join(s.root, 'motd.txt'), 'utf8')).toBe('upper\n')
    await s.ok([...f, 'cp', 'box:/data/v.txt', s.root])
    expect(readFileSync(join(s.root, 'v.txt'), 'utf8')).toBe('vol\n')
    await s.ok([...f, 'cp', 'box:/etc/passwd', join(s.root, 'passwd')])
    expect(readFileSync(join(s.root, 'passwd'), 'utf8')).toMatch(/^root:/)
    const missing = await s.cli([...f, 'cp', 'box:/nope', s.root])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('could not find the file /nope in container cpstop-box-1')
    noTempMounts()
  })

  it('copies into an exited container: the rootfs, a volume, through in-container symlinks only; read-only volumes refuse', async () => {
    writeFileSync(join(s.root, 'in.txt'), 'copied in\n')
    await s.ok([...f, 'cp', join(s.root, 'in.txt'), 'box:/tmp/'])
    await s.ok([...f, 'cp', join(s.root, 'in.txt'), 'box:/data/in-vol.txt'])
    const marker = `gaps-escape-${Date.now()}.txt`
    await s.ok([...f, 'cp', join(s.root, 'in.txt'), `box:/tmp/rootlink/${marker}`])
    expect(existsSync(`/${marker}`)).toBe(false)
    const ro = await s.cli([...f, 'cp', join(s.root, 'in.txt'), 'box:/ro/'])
    expect(ro.code).toBe(1)
    expect(ro.stderr).toContain('read-only file system')
    // in the user's paths, not the host paths of the temporary mount
    expect(ro.stderr).not.toContain('container-fs')
    noTempMounts()
    await s.ok([...f, 'start', 'box'])
    expect(await s.ok([...f, 'exec', '-T', 'box', 'cat', '/tmp/in.txt', '/data/in-vol.txt', `/${marker}`])).toBe('copied in\ncopied in\ncopied in')
    // the volume got it, not the container's upper dir
    const vol = JSON.parse(await s.ok(['volume', 'inspect', 'cpstop_data']))[0] as { Mountpoint: string }
    expect(readFileSync(join(vol.Mountpoint, 'in-vol.txt'), 'utf8')).toBe('copied in\n')
  })

  it('copies into and out of a created container, and its read-only rootfs refuses writes but not its volume', async () => {
    await s.ok([...f, 'rm', '-s', '-f', 'locked'])
    await s.ok([...f, 'create', 'locked'])
    expect((await inspect('cpstop-locked-1')).State.Status).toBe('created')
    await s.ok([...f, 'cp', 'locked:/bin/busybox', join(s.root, 'busybox-copy')])
    expect(readFileSync(join(s.root, 'busybox-copy')).equals(readFileSync('/bin/busybox'))).toBe(true)
    const rofs = await s.cli([...f, 'cp', join(s.root, 'in.txt'), 'locked:/tmp/'])
    expect(rofs.code).toBe(1)
    expect(rofs.stderr).toContain('read-only file system')
    await s.ok([...f, 'cp', join(s.root, 'in.txt'), 'locked:/data/from-created.txt'])
    noTempMounts()
    await s.ok([...f, 'start', 'locked'])
    expect(await s.ok([...f, 'exec', '-T', 'locked', 'cat', '/data/from-created.txt'])).toBe('copied in')
    // running containers still go through their own root
    await s.ok([...f, 'cp', join(s.root, 'in.txt'), 'box:/tmp/live.txt'])
    expect(await s.ok([...f, 'exec', '-T', 'box', 'cat', '/tmp/live.txt'])).toBe('copied in')
    noTempMounts()
  })

  it('a cp killed while it held a mount leaves nothing once the next cp reclaims it', async () => {
    // What a SIGKILLed cp leaves: a mount under container-fs named after a dead pid.
    const dead = spawnSync('true').pid!
    const stale = join(s.root, 'container-fs', `${dead}-stale`)
    mkdirSync(stale, { recursive: true })
    execFileSync('mount', ['-t', 'tmpfs', 'tmpfs', stale])
    expect(rootMounts()).toEqual([stale])
    await s.ok([...f, 'stop', '-t', '0', 'box'])
    await s.ok([...f, 'cp', 'box:/etc/motd', join(s.root, 'motd-again.txt')])
    noTempMounts()
  })
})

describe('deploy.resources.reservations', () => {
  const f = ['-f', 'reserve.yaml']
  beforeAll(async () => {
    s.write(`
name: reserve
services:
  app:
    image: busybox
    network_mode: none
    command: ${LOOP}
    mem_reservation: 16m
    deploy:
      resources:
        limits: { memory: 256m }
        reservations: { memory: 64m, cpus: "0.5" }
`, 'reserve.yaml')
    await s.ok([...f, 'up', '-d'])
  })
  afterAll(async () => {
    await s.ok([...f, 'down', '-t', '0'])
  })

  it('memory reservation is the soft limit (deploy wins over mem_reservation); cpus reservation sets nothing', async () => {
    const c = await inspect('reserve-app-1')
    expect(c.HostConfig.MemoryReservation).toBe(64 * 1024 * 1024)
    expect(c.HostConfig.Memory).toBe(256 * 1024 * 1024)
    expect(c.HostConfig.NanoCpus ?? 0).toBe(0)
    expect(c.HostConfig.CpuShares ?? 0).toBe(0)
    const v1 = join('/sys/fs/cgroup/memory', s.cgroupParent, c.Id)
    if (existsSync(v1)) {
      expect(readFileSync(join(v1, 'memory.soft_limit_in_bytes'), 'utf8').trim()).toBe(String(64 * 1024 * 1024))
      const cpu = join('/sys/fs/cgroup/cpu', s.cgroupParent, c.Id)
      expect(readFileSync(join(cpu, 'cpu.cfs_quota_us'), 'utf8').trim()).toBe('-1')
      expect(readFileSync(join(cpu, 'cpu.shares'), 'utf8').trim()).toBe('1024')
    } else {
      const v2 = join('/sys/fs/cgroup', s.cgroupParent, c.Id)
      expect(readFileSync(join(v2, 'memory.low'), 'utf8').trim()).toBe(String(64 * 1024 * 1024))
      expect(readFileSync(join(v2, 'cpu.max'), 'utf8').trim()).toMatch(/^max /)
    }
  })
})
