import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isTscError } from '../../packages/runtime/src/errors.js'
import { netlink } from '../../packages/runtime/src/native/netlink.js'
import { linkAlias } from '../../packages/runtime/src/network/names.js'
import { Networks } from '../../packages/runtime/src/network/networks.js'
import { runtimeFile } from '../../packages/runtime/src/native/load.js'
import { NetHarness } from './network-harness.js'
import { eventually } from '../helpers/eventually.js'

let h: NetHarness
beforeAll(() => {
  h = new NetHarness('life')
})
afterAll(async () => {
  await h?.cleanup()
})

const CLI = runtimeFile('../cli/dist/main.js')
function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const script = `const { main } = await import(${JSON.stringify(CLI)}); process.exitCode = await main(process.argv.slice(1))`
  return new Promise((resolve) => {
    execFile(process.execPath, ['--input-type=module', '-e', script, '--', '--root', h.root, ...args], { encoding: 'utf8', timeout: 20_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    )
  })
}

describe('network lifecycle and cleanup', () => {
  it('creates and removes 30 networks without a trace', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `n${i}`)
    for (const [i, name] of names.entries()) await h.nets.create({ name, subnet: `10.231.${i}.0/24`, internal: i % 5 === 0 })
    const bridges = h.nets.list().map((n) => n.bridge)
    expect(new Set(bridges).size).toBe(30)
    expect(bridges.every((b) => b.length <= 15 && existsSync(`/sys/class/net/${b}`))).toBe(true)
    const c = await h.container('tmp', [{ network: 'n1' }, { network: 'n2' }])
    await h.stop(c)
    for (const name of names) await h.nets.remove(name)
    expect(h.nets.list()).toEqual([])
    expect(bridges.filter((b) => existsSync(`/sys/class/net/${b}`))).toEqual([])
    await eventually(() => expect(h.leftovers().links).toEqual([]), 5000, 50)
    expect(h.leftovers().nftTables).toEqual([])
  })

  it('with handOffBridgeDeletion, remove returns first and a helper holding the lock deletes the bridge', async () => {
    const nets = new Networks({ root: h.root, dnsUpstreams: ['127.0.0.1:9'], handOffBridgeDeletion: true })
    await nets.create({ name: 'handoff', subnet: '10.232.7.0/24' })
    const bridge = nets.inspect('handoff').bridge
    const c = await h.container('handoff-1', [{ network: 'handoff' }])
    await h.stop(c)
    expect(existsSync(`/sys/class/net/${bridge}`)).toBe(true)
    const lockPath = join(h.root, 'networks', '.lock')
    await nets.remove('handoff')
    // The record goes at once; the bridge goes in the helper's time, and while it is there
    // the network lock is not free (flock -n fails): nothing can reuse its subnet meanwhile.
    expect(nets.list().map((n) => n.name)).not.toContain('handoff')
    const lockFree = (): boolean => spawnSync('flock', ['-n', lockPath, 'true']).status === 0
    const deadline = Date.now() + 5000
    let sawBridgeWithFreeLock = false
    while (existsSync(`/sys/class/net/${bridge}`) && Date.now() < deadline) {
      const free = lockFree()
      if (free && existsSync(`/sys/class/net/${bridge}`)) sawBridgeWithFreeLock = true
      await new Promise((r) => setTimeout(r, 2))
    }
    expect(existsSync(`/sys/class/net/${bridge}`)).toBe(false)
    expect(sawBridgeWithFreeLock).toBe(false)
    await eventually(() => expect(lockFree()).toBe(true), 5000, 20)
    // Right after a remove, a create waits for the helper and takes the same subnet again.
    await nets.create({ name: 'handoff', subnet: '10.232.7.0/24' })
    const again = nets.inspect('handoff').bridge
    expect(again).not.toBe(bridge)
    await nets.remove('handoff')
    await nets.create({ name: 'handoff2', subnet: '10.232.7.0/24' })
    await h.nets.remove('handoff2')
    await eventually(() => expect(existsSync(`/sys/class/net/${again}`)).toBe(false), 5000, 20)
  })

  it('the link-delete helper deletes by name, takes a missing name as done, and reports a refusal', () => {
    const helper = runtimeFile('build/Release/tsc-supervisor')
    const run = (...names: string[]): { status: number | null; report: string } => {
      const r = spawnSync('sh', ['-c', `"$0" link-delete "$@" 3>&1`, helper, ...names], { encoding: 'utf8' })
      return { status: r.status, report: r.stdout }
    }
    const name = `tsc-ld${process.pid.toString(36)}`.slice(0, 15)
    execFileSync('ip', ['link', 'add', name, 'type', 'bridge'])
    expect(run(name)).toEqual({ status: 0, report: 'ok\n' })
    expect(existsSync(`/sys/class/net/${name}`)).toBe(false)
    expect(run(name)).toEqual({ status: 0, report: 'ok\n' })
    expect(run('lo')).toEqual({ status: 1, report: 'err lo: Operation not supported\n' })
    expect(existsSync('/sys/class/net/lo')).toBe(true)
    expect(run('x'.repeat(16)).status).toBe(1)
  })

  it('refuses to remove a network with active endpoints, and validates input', async () => {
    await h.nets.create({ name: 'busy' })
    const c = await h.container('busy-1', [{ network: 'busy' }])
    await expect(h.nets.remove('busy')).rejects.toThrow(/has active endpoints \(busy-1\)/)
    await expect(h.nets.create({ name: 'busy' })).rejects.toThrow('network with name busy already exists')
    await expect(h.nets.create({ name: 'x', subnet: '10.1.2.3/24' })).rejects.toThrow(/10\.1\.2\.0\/24/)
    await expect(h.nets.create({ name: 'host' })).rejects.toSatisfy((e: unknown) => isTscError(e, 'NETWORK_RESERVED'))
    await expect(h.container('bad-ip', [{ network: 'busy', ipv4Address: '10.99.99.99' }])).rejects.toThrow(/not in network busy/)
    await h.stop(c)
    await h.nets.remove('busy')
  })

  it('connects and disconnects a running container (eth1 appears and goes)', async () => {
    await h.nets.create({ name: 'a' })
    await h.nets.create({ name: 'b', subnet: '10.232.0.0/24', gateway: '10.232.0.254', ipRange: '10.232.0.128/25' })
    const srv = await h.container('srv', [{ network: 'b' }])
    h.httpd(srv, 'from b')
    const c = await h.container('roamer', [{ network: 'a' }])
    expect(srv.ip('b')).toBe('10.232.0.128')
    expect((await h.wget(c, `http://${srv.ip('b')}/`, 1500)).code).not.toBe(0)
    await h.nets.connect('b', { id: c.id, name: c.name }, { aliases: ['wanderer'], ipv4Address: '10.232.0.200' })
    expect(c.ip('b')).toBe('10.232.0.200')
    await eventually(async () => expect((await h.wget(c, `http://${srv.ip('b')}/`)).stdout).toBe('from b'), 5000, 100)
    expect((await h.exec(srv, ['/bin/busybox', 'nslookup', 'wanderer'])).stdout).toContain('10.232.0.200')
    await h.nets.disconnect('b', c.id)
    expect((await h.exec(c, ['/bin/busybox', 'ip', '-o', 'link'])).stdout).not.toContain('eth1')
    expect(h.nets.inspect('b').endpoints[c.id]).toBeUndefined()
  })

  it('creates the default bridge network on first use, without embedded DNS', async () => {
    const c = await h.container('plain', [{ network: 'bridge' }])
    const def = h.nets.inspect('bridge')
    expect(def.dns).toBe(false)
    expect(c.att.resolvConf).not.toContain(def.gateway)
    await h.stop(c)
  })

  it('reclaims everything a SIGKILLed CLI left behind', async () => {
    // A child process creates a network, attaches an endpoint, then dies by SIGKILL.
    const dist = runtimeFile('dist/index.js')
    const id = 'dead'.padEnd(64, 'c')
    const script = `
      const { Networks } = await import(${JSON.stringify(dist)})
      const n = new Networks({ root: ${JSON.stringify(h.root)}, dnsUpstreams: ['127.0.0.1:9'] })
      await n.create({ name: 'crashnet' })
      await n.attach({ id: '${id}', name: 'victim', hostname: 'victim', networks: [{ network: 'crashnet' }], ports: [{ protocol: 'tcp', containerPort: 80, hostPort: 18493, hostIp: '' }] })
      process.kill(process.pid, 'SIGKILL')`
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, h.tag], { stdio: 'inherit' })
    const sig = await new Promise((r) => child.once('exit', (_c, s) => r(s)))
    expect(sig).toBe('SIGKILL')
    expect(existsSync(`${h.root}/netns/${id}`)).toBe(true)
    h.ids.push(id)
    // Plus a link that carries our alias but that no record knows (crash mid-create).
    await netlink().createBridge('tscstray0', {})
    await netlink().setLink({ name: 'tscstray0' }, { alias: linkAlias(h.root, 'network', 'f'.repeat(64)) })
    const report = await h.nets.reclaimLeftovers({ exists: (cid) => cid !== id })
    expect(report.netns).toEqual([id])
    expect(report.links).toContain('tscstray0')
    expect(h.nets.inspect('crashnet').endpoints).toEqual({})
    expect(readdirSync(`${h.root}/netns`)).not.toContain(id)
    const bridge = h.nets.inspect('crashnet').bridge
    await h.nets.remove('crashnet')
    await eventually(() => expect(h.leftovers().links.filter((l) => l === bridge || l.startsWith('tvdead') || l === 'tscstray0')).toEqual([]), 5000, 50)
  })

  it('never hands out one address twice to concurrent CLIs', async () => {
    await h.nets.create({ name: 'race', subnet: '10.234.0.0/24' })
    const dist = runtimeFile('dist/index.js')
    const worker = (k: number): Promise<string> => {
      const script = `
        const { Networks } = await import(${JSON.stringify(dist)})
        const { mkdirSync } = await import('node:fs')
        const n = new Networks({ root: ${JSON.stringify(h.root)}, dnsUpstreams: ['127.0.0.1:9'] })
        const ids = []
        for (let i = 0; i < 8; i++) {
          const id = ('${k}' + i).padEnd(64, 'a')
          mkdirSync(${JSON.stringify(h.root)} + '/containers/' + id, { recursive: true })
          await n.attach({ id, name: 'r${k}-' + i, hostname: 'r', networks: [{ network: 'race' }] })
          ids.push(id)
        }
        console.log(ids.join(' '))`
      return new Promise((resolve, reject) =>
        execFile(process.execPath, ['--input-type=module', '-e', script, h.tag], { encoding: 'utf8', timeout: 30_000 }, (err, out) => (err ? reject(err) : resolve(out))),
      )
    }
    const outs = await Promise.all([worker(1), worker(2), worker(3)])
    const ids = outs.flatMap((o) => o.trim().split(' '))
    h.ids.push(...ids)
    const ips = Object.values(h.nets.inspect('race').endpoints).map((e) => e.active!.ip)
    expect(ips).toHaveLength(24)
    expect(new Set(ips).size).toBe(24)
    for (const id of ids) await h.nets.detach(id, { forget: true })
    await h.nets.remove('race')
  })

  it('re-creates a bridge that vanished (after a reboot) on the next attach', async () => {
    await h.nets.create({ name: 'phoenix', subnet: '10.235.0.0/24' })
    const br = h.nets.inspect('phoenix').bridge
    await netlink().deleteLink({ name: br })
    const a = await h.container('reborn-a', [{ network: 'phoenix' }])
    const b = await h.container('reborn-b', [{ network: 'phoenix' }])
    expect(existsSync(`/sys/class/net/${br}`)).toBe(true)
    h.httpd(a, 'back again')
    await eventually(async () => expect((await h.wget(b, 'http://reborn-a/')).stdout).toBe('back again'), 5000, 100)
    await h.stop(a)
    await h.stop(b)
    await h.nets.remove('phoenix')
  })

  it('drives the network commands of the CLI', async () => {
    expect((await cli(['network', 'create', '--subnet', '10.233.0.0/24', '--label', 'team=g', 'clinet'])).stdout).toMatch(/^[0-9a-f]{64}\n$/)
    const ls = await cli(['network', 'ls'])
    expect(ls.stdout).toMatch(/^NETWORK ID\s+NAME\s+DRIVER\s+SCOPE\n/)
    expect(ls.stdout).toMatch(/clinet\s+bridge\s+local/)
    // docker's predefined networks are listed too (bridge before its first use), by name
    const rows = ls.stdout.split('\n').slice(1).filter(Boolean).map((l) => l.split(/\s+/).slice(1, 3).join(' '))
    expect(rows).toEqual([...rows].sort())
    expect(rows).toEqual(expect.arrayContaining(['bridge bridge', 'clinet bridge', 'host host', 'none null']))
    const custom = (await cli(['network', 'ls', '--filter', 'type=custom', '--format', '{{.Name}}'])).stdout.split('\n')
    expect(custom).toContain('clinet')
    expect(custom.filter((n) => ['bridge', 'host', 'none'].includes(n))).toEqual([])
    expect((await cli(['network', 'ls', '--filter', 'type=builtin', '--format', '{{.Name}} {{.Driver}}'])).stdout).toBe('bridge bridge\nhost host\nnone null\n')
    const bridgeId = (await cli(['network', 'ls', '-q', '--no-trunc', '--filter', 'name=bridge'])).stdout.trim()
    expect(JSON.parse((await cli(['network', 'inspect', 'host'])).stdout)[0]).toMatchObject({ Name: 'host', Driver: 'host', Containers: {} })
    const rmHost = await cli(['network', 'rm', 'host'])
    expect(rmHost.code).toBe(1)
    expect(rmHost.stderr).toBe('Error response from daemon: host is a pre-defined network and cannot be removed\n')
    expect((await cli(['network', 'ls', '--filter', 'label=team=g', '--format', '{{.Name}}'])).stdout).toBe('clinet\n')
    const ins = JSON.parse((await cli(['network', 'inspect', 'clinet'])).stdout) as Array<{ IPAM: { Config: Array<{ Subnet: string; Gateway: string }> }; Labels: Record<string, string> }>
    expect(ins[0]!.IPAM.Config[0]).toEqual({ Subnet: '10.233.0.0/24', Gateway: '10.233.0.1' })
    expect(ins[0]!.Labels).toEqual({ team: 'g' })
    const dup = await cli(['network', 'create', 'clinet'])
    expect(dup.code).toBe(1)
    expect(dup.stderr).toBe('Error: network with name clinet already exists\n')
    expect((await cli(['network', 'rm', 'clinet'])).stdout).toBe('clinet\n')
    const gone = await cli(['network', 'rm', 'clinet'])
    expect(gone.code).toBe(1)
    expect(gone.stderr).toContain('network clinet not found')
    await cli(['network', 'create', 'prunable'])
    expect((await cli(['network', 'prune', '-f'])).stdout).toContain('Deleted Networks:\nprunable\n')
    // the default bridge keeps the id ls showed before it existed
    await h.container('on-default', [{ network: 'bridge' }])
    expect(h.nets.inspect('bridge').id).toBe(bridgeId)
  })
})
