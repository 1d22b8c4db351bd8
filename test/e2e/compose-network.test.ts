import { execFileSync } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually } from '../helpers/eventually.js'
import { ComposeSuite, NOTHING_LEFT, type CliResult } from './compose-harness.js'
import { freePort, hostAddress, httpGet, startStubDns, udpAsk, udpEchoBinary, type StubDns } from './net-helpers.js'

// Compose networking as a user meets it: names between services, replicas, several networks,
// published ports, network modes, external networks, and a down that leaves no trace. Each
// describe has its own state root and cgroup parent. Names a stack does not know are sent to
// a stub resolver on loopback (service `dns:`), never to the host's resolvers.

const HTTPD = `["sh", "-c", "mkdir -p /www && hostname > /www/index.html && exec httpd -f -p 80 -h /www"]`
const LOOP = `["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.2; done"]`

function sh(s: ComposeSuite, service: string, script: string, args: readonly string[] = []): Promise<CliResult> {
  return s.cli([...args, 'exec', '-T', service, 'sh', '-c', script], { timeoutMs: 20_000 })
}

async function shOk(s: ComposeSuite, service: string, script: string, args: readonly string[] = []): Promise<string> {
  const r = await sh(s, service, script, args)
  if (r.code !== 0) throw new Error(`exec ${service} "${script}" exited ${r.code}: ${r.stderr}${r.stdout}`)
  return r.stdout.trim()
}

interface NetInspect {
  Name: string
  Internal: boolean
  Containers: Record<string, { Name: string; IPv4Address: string }>
  Options: Record<string, string>
}

async function network(s: ComposeSuite, name: string): Promise<NetInspect> {
  return (JSON.parse(await s.ok(['network', 'inspect', name])) as NetInspect[])[0]!
}

/** A container's address on a network, by container name. */
async function ipOn(s: ComposeSuite, net: string, container: string): Promise<string> {
  const c = Object.values((await network(s, net)).Containers).find((x) => x.Name === container)
  if (!c) throw new Error(`${container} is not on ${net}`)
  return c.IPv4Address.split('/')[0]!
}

/** Container ids by name (64 hex), from the project's ps. */
async function ids(s: ComposeSuite, args: readonly string[] = []): Promise<Record<string, string>> {
  return Object.fromEntries((await s.ps(args, true)).map((r) => [r.Name, r.ID]))
}

/** The kernel objects that serve a root's networks, found the way a user can (inspect) plus the root's tags. */
interface NetObjects {
  bridges: string[]
  links: string[]
  table: string
}

async function netObjects(s: ComposeSuite, nets: readonly string[]): Promise<NetObjects> {
  const bridges: string[] = []
  for (const n of nets) bridges.push((await network(s, n)).Options['com.docker.network.bridge.name']!)
  return { bridges, links: s.links(), table: s.nftTable }
}

/** Networks of the root besides docker's predefined bridge, host and none (always listed). */
async function userNetworks(s: ComposeSuite): Promise<string[]> {
  return (await s.ok(['network', 'ls', '--format', '{{.Name}}'])).split('\n').filter((n) => n && !['bridge', 'host', 'none'].includes(n))
}

function nftTables(): string[] {
  return execFileSync('nft', ['list', 'tables'], { encoding: 'utf8' }).split('\n').filter(Boolean)
}

function dnsResponders(s: ComposeSuite): string[] {
  return s.leftovers().processes.filter((p) => p.includes('tsc-compose-dns'))
}

/**
 * After `down`: the bridges and veths that served the stack, its nft table, its DNS
 * responder, netns files and network records are all gone.
 */
async function expectNetworkingGone(s: ComposeSuite, seen: NetObjects): Promise<void> {
  expect(seen.bridges.length).toBeGreaterThan(0)
  expect(seen.links).toEqual(expect.arrayContaining(seen.bridges))
  await eventually(() => {
    const present = readdirSync('/sys/class/net')
    expect(present.filter((l) => seen.links.includes(l))).toEqual([])
    expect(s.links()).toEqual([])
    expect(nftTables()).not.toContain(`table inet ${seen.table}`)
    expect(dnsResponders(s)).toEqual([])
  }, 10_000, 50)
  expect(readdirSync(join(s.root, 'netns'))).toEqual([])
  // network records (<id>.json); the root's other files (dns.records, firewall mode) may stay
  expect(readdirSync(join(s.root, 'networks')).filter((f) => /^[0-9a-f]{64}\.json$/.test(f))).toEqual([])
  expect(readFileSync('/proc/self/mountinfo', 'utf8')).not.toContain(join(s.root, 'netns'))
}

describe('service discovery and replicas', () => {
  let s: ComposeSuite
  let stub: StubDns

  beforeAll(async () => {
    s = await ComposeSuite.create('netdisc')
    stub = await startStubDns()
    s.write(`
name: disc
services:
  web:
    image: busybox
    command: ${HTTPD}
  db:
    image: busybox
    container_name: disc-database
    command: ${HTTPD}
  client:
    image: busybox
    dns: ["127.0.0.1:${stub.port}"]
    extra_hosts: ["host.docker.internal:host-gateway"]
    command: ${LOOP}
`)
  })

  afterAll(async () => {
    await stub?.close()
    expect(await s.cleanup()).toEqual(NOTHING_LEFT)
  })

  it('resolves service names, container names and name.network between services', async () => {
    const up = await s.cli(['up', '-d', '--scale', 'web=3'])
    expect(up.code, up.stderr).toBe(0)
    const id = await ids(s)
    expect(Object.keys(id).sort()).toEqual(['disc-client-1', 'disc-database', 'disc-web-1', 'disc-web-2', 'disc-web-3'])
    const webIds = ['disc-web-1', 'disc-web-2', 'disc-web-3'].map((n) => id[n]!.slice(0, 12))
    expect(webIds).toContain(await shOk(s, 'client', 'wget -qO- http://web/'))
    expect(await shOk(s, 'client', 'wget -qO- http://db/')).toBe(id['disc-database']!.slice(0, 12))
    expect(await shOk(s, 'client', 'wget -qO- http://disc-database/')).toBe(id['disc-database']!.slice(0, 12))
    expect(await shOk(s, 'client', 'wget -qO- http://disc-web-2/')).toBe(id['disc-web-2']!.slice(0, 12))
    expect(await shOk(s, 'client', 'wget -qO- http://db.disc_default/')).toBe(id['disc-database']!.slice(0, 12))
    // and the other way round
    expect(await shOk(s, 'db', 'nslookup client >/dev/null && echo found')).toBe('found')
    // resolv.conf points at the embedded resolver (the network's gateway), hosts names the container
    const resolv = await shOk(s, 'client', 'cat /etc/resolv.conf')
    expect(resolv).toMatch(/^nameserver 172\.|^nameserver \d+\.\d+\.\d+\.1$/m)
    expect(resolv).toContain('options ndots:0')
    // nothing the stack knows went to the upstream
    expect(stub.queries.filter((q) => /web|db|disc|client/.test(q))).toEqual([])
  })

  it('extra_hosts host-gateway names the host as the container reaches it (its gateway)', async () => {
    const server = createServer((_req, res) => res.end('from the host')).listen(0, '0.0.0.0')
    await once(server, 'listening')
    const port = (server.address() as AddressInfo).port
    try {
      const gateway = await shOk(s, 'client', "ip route | awk '/^default/ {print $3}'")
      expect(await shOk(s, 'client', 'grep host.docker.internal /etc/hosts')).toBe(`${gateway}\thost.docker.internal`)
      expect(await shOk(s, 'client', `timeout 5 wget -qO- http://host.docker.internal:${port}/`)).toBe('from the host')
    } finally {
      server.close()
    }
  })

  it('round-robins over the replicas of a service', async () => {
    const addrs = await Promise.all(['disc-web-1', 'disc-web-2', 'disc-web-3'].map((n) => ipOn(s, 'disc_default', n)))
    // Each lookup returns every replica, rotated: the first answer moves between lookups.
    const out = await shOk(s, 'client', 'for i in 1 2 3 4 5 6; do nslookup web | sed -n "s/^Address: //p" | tr "\\n" " "; echo; done')
    const lookups = out.split('\n').map((l) => l.trim().split(/\s+/).filter((a) => !a.includes(':')))
    expect(lookups).toHaveLength(6)
    for (const l of lookups) expect([...l].sort()).toEqual([...addrs].sort())
    expect(new Set(lookups.map((l) => l[0])).size).toBe(3)
    // every replica answers at its address with its own hostname
    const id = await ids(s)
    const served = await shOk(s, 'client', addrs.map((a) => `wget -qO- http://${a}/`).join('; '))
    expect(served.split('\n').sort()).toEqual(['disc-web-1', 'disc-web-2', 'disc-web-3'].map((n) => id[n]!.slice(0, 12)).sort())
  })

  it('names appear and disappear with containers, without restarting the others', async () => {
    const startedAt = async (): Promise<string> => JSON.parse(await s.ok(['container', 'inspect', 'disc-client-1']))[0].State.StartedAt as string
    const before = await startedAt()
    const lookup = (name: string): Promise<CliResult> => sh(s, 'client', `nslookup ${name}`)
    await s.ok(['stop', '-t', '1', 'db'])
    await eventually(async () => expect((await lookup('disc-database')).code).not.toBe(0), 10_000, 100)
    expect((await lookup('db')).code).not.toBe(0)
    // unknown to the stack now, so the lookup went on to the upstream (the test's stub)
    expect(stub.queries).toContain('db')
    await s.ok(['start', 'db'])
    await eventually(async () => expect(await shOk(s, 'client', 'wget -qO- http://db/')).toBe((await ids(s))['disc-database']!.slice(0, 12)), 10_000, 100)
    // scale down: the removed replicas' names go, the service name keeps one address
    await s.ok(['up', '-d', '-t', '1', '--scale', 'web=1'])
    await eventually(async () => {
      expect((await lookup('disc-web-3')).code).not.toBe(0)
      expect((await lookup('disc-web-2')).code).not.toBe(0)
    }, 10_000, 100)
    const left = (await shOk(s, 'client', 'nslookup web | sed -n "s/^Address: //p"')).split('\n').filter((a) => !a.includes(':'))
    expect(left).toEqual([await ipOn(s, 'disc_default', 'disc-web-1')])
    expect(await startedAt()).toBe(before)
    expect((await s.ps()).find((r) => r.Name === 'disc-client-1')?.State).toBe('running')
  })

  it('down removes bridge, veths, nft rules, DNS and netns files', async () => {
    const seen = await netObjects(s, ['disc_default'])
    expect(seen.links.length).toBeGreaterThan(3) // the bridge and a veth per container
    expect(nftTables()).toContain(`table inet ${seen.table}`)
    expect(dnsResponders(s)).toHaveLength(1)
    await s.ok(['down', '-t', '1'])
    await expectNetworkingGone(s, seen)
    expect(await userNetworks(s)).toEqual([])
  })
})

describe('several networks, isolation and internal networks', () => {
  let s: ComposeSuite
  let stub: StubDns

  beforeAll(async () => {
    s = await ComposeSuite.create('netmulti')
    stub = await startStubDns()
    s.write(`
name: multi
services:
  app:
    image: busybox
    command: ${HTTPD}
    networks: [front, back]
  fe:
    image: busybox
    command: ${HTTPD}
    dns: ["127.0.0.1:${stub.port}"]
    networks: [front]
  be:
    image: busybox
    command: ${HTTPD}
    dns: ["127.0.0.1:${stub.port}"]
    networks: [back]
  iso:
    image: busybox
    command: ${HTTPD}
    networks: [locked]
  iso2:
    image: busybox
    command: ${LOOP}
    networks: [locked]
networks:
  front: {}
  back: {}
  locked:
    internal: true
`)
    const up = await s.cli(['up', '-d'])
    if (up.code !== 0) throw new Error(`up failed: ${up.stderr}`)
  })

  afterAll(async () => {
    await stub?.close()
    expect(await s.cleanup()).toEqual(NOTHING_LEFT)
  })

  it('a service on two networks reaches both, with one interface on each', async () => {
    const id = await ids(s)
    expect(await shOk(s, 'app', 'wget -qO- http://fe/')).toBe(id['multi-fe-1']!.slice(0, 12))
    expect(await shOk(s, 'app', 'wget -qO- http://be/')).toBe(id['multi-be-1']!.slice(0, 12))
    expect(await shOk(s, 'fe', 'wget -qO- http://app/')).toBe(id['multi-app-1']!.slice(0, 12))
    expect(await shOk(s, 'be', 'wget -qO- http://app/')).toBe(id['multi-app-1']!.slice(0, 12))
    const addrs = await shOk(s, 'app', "ip -4 -o addr | awk '$2 != \"lo\" {print $2, $4}'")
    const front = await ipOn(s, 'multi_front', 'multi-app-1')
    const back = await ipOn(s, 'multi_back', 'multi-app-1')
    expect(addrs.split('\n').map((l) => l.split(/\s+/)[1]!.split('/')[0]).sort()).toEqual([front, back].sort())
    expect(addrs.split('\n').map((l) => l.split(/\s+/)[0]).sort()).toEqual(['eth0', 'eth1'])
    // container inspect shows the live endpoints, as docker inspect does
    const nets = JSON.parse(await s.ok(['container', 'inspect', 'multi-app-1']))[0].NetworkSettings.Networks as Record<string, { IPAddress: string; Aliases: string[] }>
    expect(Object.keys(nets).sort()).toEqual(['multi_back', 'multi_front'])
    expect(nets.multi_front!.IPAddress).toBe(front)
    expect(nets.multi_back!.IPAddress).toBe(back)
    expect(nets.multi_front!.Aliases).toContain('app')
  })

  it('services on one network can neither resolve nor reach the other', async () => {
    const beIp = await ipOn(s, 'multi_back', 'multi-be-1')
    const feIp = await ipOn(s, 'multi_front', 'multi-fe-1')
    // the name is not in fe's scope: the resolver passed it on to the stub, which said NXDOMAIN
    expect((await sh(s, 'fe', 'nslookup be')).code).not.toBe(0)
    expect(stub.queries).toContain('be')
    expect((await sh(s, 'be', 'nslookup fe')).code).not.toBe(0)
    expect(stub.queries).toContain('fe')
    // and the address is not routed between the bridges (drop: bounded by timeout)
    expect((await sh(s, 'fe', `timeout 2 wget -qO- http://${beIp}/`)).code).not.toBe(0)
    expect((await sh(s, 'be', `timeout 2 wget -qO- http://${feIp}/`)).code).not.toBe(0)
    // nor from the internal network
    expect((await sh(s, 'iso', `timeout 2 wget -qO- http://${feIp}/`)).code).not.toBe(0)
  })

  it('an internal network has no default route but resolves its own names', async () => {
    expect((await network(s, 'multi_locked')).Internal).toBe(true)
    const routes = await shOk(s, 'iso', 'ip route')
    expect(routes).not.toMatch(/^default/m)
    expect(routes).toMatch(/dev eth0/)
    expect(await shOk(s, 'fe', 'ip route')).toMatch(/^default via \S+ dev eth0/m)
    const id = await ids(s)
    expect(await shOk(s, 'iso2', 'wget -qO- http://iso/')).toBe(id['multi-iso-1']!.slice(0, 12))
  })

  it('down removes every network of the project and what served them', async () => {
    const seen = await netObjects(s, ['multi_front', 'multi_back', 'multi_locked'])
    expect(new Set(seen.bridges).size).toBe(3)
    await s.ok(['down', '-t', '1'])
    await expectNetworkingGone(s, seen)
  })
})

describe('published ports', () => {
  let s: ComposeSuite
  let tcp: number
  let udp: number

  beforeAll(async () => {
    s = await ComposeSuite.create('netports')
    tcp = await freePort('tcp')
    udp = await freePort('udp')
    udpEchoBinary(join(s.dir, 'udpecho'))
    s.write(`
name: ports
services:
  web:
    image: busybox
    command: ["sh", "-c", "mkdir -p /www && echo hello from web > /www/index.html && httpd -p 81 -h /www && exec httpd -f -p 80 -h /www"]
    ports:
      - "\${TCP_PORT}:80"
      - "127.0.0.1::81"
  echo:
    image: busybox
    command: ["/udpecho", "5353"]
    volumes: ["./udpecho:/udpecho:ro"]
    ports:
      - target: 5353
        published: "\${UDP_PORT}"
        protocol: udp
`)
  })

  afterAll(async () => {
    expect(await s.cleanup()).toEqual(NOTHING_LEFT)
  })

  const env = (): Record<string, string> => ({ TCP_PORT: String(tcp), UDP_PORT: String(udp) })

  it('a published TCP port answers on 127.0.0.1 and on the host address', async () => {
    const up = await s.cli(['up', '-d'], { env: env() })
    expect(up.code, up.stderr).toBe(0)
    await eventually(async () => expect(await httpGet('127.0.0.1', tcp)).toEqual({ status: 200, body: 'hello from web\n' }), 10_000, 100)
    expect(await httpGet(hostAddress(), tcp)).toEqual({ status: 200, body: 'hello from web\n' })
  })

  it('a published UDP port answers on 127.0.0.1 and on the host address', async () => {
    await eventually(async () => expect(await udpAsk('127.0.0.1', udp, 'ping')).toBe('ping'), 10_000, 100)
    expect(await udpAsk(hostAddress(), udp, 'pong')).toBe('pong')
  })

  it('ps shows the ports (json Publishers, table PORTS) and port prints them', async () => {
    const rows = await s.ps([], false)
    const web = rows.find((r) => r.Service === 'web')!
    const pubs = web.Publishers as Array<{ URL: string; TargetPort: number; PublishedPort: number; Protocol: string }>
    expect(pubs).toHaveLength(2)
    expect(pubs[0]).toEqual({ URL: '0.0.0.0', TargetPort: 80, PublishedPort: tcp, Protocol: 'tcp' })
    expect(pubs[1]).toMatchObject({ URL: '127.0.0.1', TargetPort: 81, Protocol: 'tcp' })
    const eph = pubs[1]!.PublishedPort
    expect(eph).toBeGreaterThan(0)
    expect(web.Ports).toBe(`0.0.0.0:${tcp}->80/tcp, 127.0.0.1:${eph}->81/tcp`)
    expect(rows.find((r) => r.Service === 'echo')!.Publishers).toEqual([{ URL: '0.0.0.0', TargetPort: 5353, PublishedPort: udp, Protocol: 'udp' }])
    const table = await s.ok(['ps'], { env: env() })
    expect(table).toMatch(new RegExp(`^ports-web-1 .*0\\.0\\.0\\.0:${tcp}->80/tcp, 127\\.0\\.0\\.1:${eph}->81/tcp$`, 'm'))
    expect(table).toMatch(new RegExp(`^ports-echo-1 .*0\\.0\\.0\\.0:${udp}->5353/udp$`, 'm'))
    expect(await s.ok(['port', 'web', '80'], { env: env() })).toBe(`0.0.0.0:${tcp}`)
    expect(await s.ok(['port', 'web', '81'], { env: env() })).toBe(`127.0.0.1:${eph}`)
    expect(await httpGet('127.0.0.1', eph)).toEqual({ status: 200, body: 'hello from web\n' })
    expect(await s.ok(['port', '--protocol', 'udp', 'echo', '5353'], { env: env() })).toBe(`0.0.0.0:${udp}`)
    const none = await s.cli(['port', 'web', '9999'], { env: env() })
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('no port 9999/tcp for container ports-web-1')
    // a stopped container publishes nothing
    await s.ok(['stop', '-t', '1', 'echo'], { env: env() })
    expect((await s.ps([], true)).find((r) => r.Service === 'echo')).toMatchObject({ State: 'exited', Ports: '', Publishers: [] })
    await s.ok(['start', 'echo'], { env: env() })
    await eventually(async () => expect(await udpAsk('127.0.0.1', udp, 'again')).toBe('again'), 10_000, 100)
  })

  it('a port already published fails the service with a message naming it', async () => {
    s.write(`
name: taken
services:
  again:
    image: busybox
    command: ${HTTPD}
    ports: ["${tcp}:80"]
`, 'taken.yaml')
    const r = await s.cli(['-f', 'taken.yaml', 'up', '-d'])
    expect(r.code).not.toBe(0)
    expect(r.stderr).toContain(`${tcp}`)
    expect(r.stderr).toMatch(/address already in use|published by another container/)
    expect(r.stderr).not.toMatch(/\n\s+at /)
    // nothing half-made: the failed container holds no endpoint and no rule
    expect(Object.keys((await network(s, 'taken_default')).Containers)).toEqual([])
    expect(execFileSync('nft', ['list', 'table', 'inet', s.nftTable], { encoding: 'utf8' }).match(new RegExp(`dport ${tcp} `, 'g'))).toHaveLength(1)
    // the first stack is untouched
    expect(await httpGet('127.0.0.1', tcp)).toEqual({ status: 200, body: 'hello from web\n' })
    await s.ok(['-f', 'taken.yaml', 'down', '-t', '1'])
  })

  it('down unpublishes the ports and removes what served them', async () => {
    const seen = await netObjects(s, ['ports_default'])
    await s.ok(['down', '-t', '1'], { env: env() })
    await expectNetworkingGone(s, seen)
    await expect(httpGet('127.0.0.1', tcp)).rejects.toThrow()
  })
})

describe('network modes: service:x and host', () => {
  let s: ComposeSuite
  let hostPort: number

  beforeAll(async () => {
    s = await ComposeSuite.create('netmodes')
    hostPort = await freePort('tcp')
    s.write(`
name: modes
services:
  web:
    image: busybox
    command: ${HTTPD}
  side:
    image: busybox
    network_mode: "service:web"
    command: ${LOOP}
  hosted:
    image: busybox
    network_mode: host
    command: ["sh", "-c", "mkdir -p /www && echo on the host > /www/index.html && exec httpd -f -p 127.0.0.1:${hostPort} -h /www"]
`)
    const up = await s.cli(['up', '-d'])
    if (up.code !== 0) throw new Error(`up failed: ${up.stderr}`)
  })

  afterAll(async () => {
    expect(await s.cleanup()).toEqual(NOTHING_LEFT)
  })

  it('network_mode service:x shares the network namespace of x', async () => {
    const id = await ids(s)
    expect(await shOk(s, 'side', 'wget -qO- http://127.0.0.1/')).toBe(id['modes-web-1']!.slice(0, 12))
    const addr = "ip -4 -o addr show dev eth0 | awk '{print $4}'"
    expect(await shOk(s, 'side', addr)).toBe(await shOk(s, 'web', addr))
    expect(await shOk(s, 'side', addr)).toBe(`${await ipOn(s, 'modes_default', 'modes-web-1')}/${(await shOk(s, 'web', addr)).split('/')[1]}`)
  })

  it('network_mode host serves on the host loopback and sees the host interfaces', async () => {
    await eventually(async () => expect(await httpGet('127.0.0.1', hostPort)).toEqual({ status: 200, body: 'on the host\n' }), 10_000, 100)
    const links = (await shOk(s, 'hosted', "ip -o link | awk -F': ' '{print $2}'")).split('\n').map((l) => l.replace(/@.*$/, ''))
    expect(links).toEqual(expect.arrayContaining(readdirSync('/sys/class/net').filter((l) => l === 'lo' || l === 'eth0')))
    expect(Object.values((await network(s, 'modes_default')).Containers).map((c) => c.Name).sort()).toEqual(['modes-web-1'])
  })

  it('down removes the project network', async () => {
    const seen = await netObjects(s, ['modes_default'])
    await s.ok(['down', '-t', '1'])
    await expectNetworkingGone(s, seen)
    await expect(httpGet('127.0.0.1', hostPort)).rejects.toThrow()
  })
})

describe('external networks', () => {
  let s: ComposeSuite

  beforeAll(async () => {
    s = await ComposeSuite.create('netext')
  })

  afterAll(async () => {
    expect(await s.cleanup()).toEqual(NOTHING_LEFT)
  })

  it('a missing external network fails up with a clear error and makes nothing', async () => {
    s.write(`
name: ext
services:
  a:
    image: busybox
    command: ${HTTPD}
    networks: [shared]
networks:
  shared:
    external: true
    name: shared-net
`)
    const r = await s.cli(['up', '-d'])
    expect(r.code).not.toBe(0)
    expect(r.stderr).toContain('network shared-net declared as external, but could not be found')
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(await s.ok(['container', 'ps', '-aq'])).toBe('')
    expect(await userNetworks(s)).toEqual([])
    expect(s.links()).toEqual([])
  })

  it('up joins an existing external network, shared by two projects, and down leaves it', async () => {
    await s.ok(['network', 'create', 'shared-net'])
    s.write(`
name: other
services:
  b:
    image: busybox
    command: ${LOOP}
    networks: [shared]
networks:
  shared:
    external: true
    name: shared-net
`, 'other.yaml')
    const up = await s.cli(['up', '-d'])
    expect(up.code, up.stderr).toBe(0)
    await s.ok(['-f', 'other.yaml', 'up', '-d'])
    const net = await network(s, 'shared-net')
    expect(Object.values(net.Containers).map((c) => c.Name).sort()).toEqual(['ext-a-1', 'other-b-1'])
    // across projects by service name and container name, on the shared network
    const id = await ids(s)
    expect(await shOk(s, 'b', 'wget -qO- http://a/', ['-f', 'other.yaml'])).toBe(id['ext-a-1']!.slice(0, 12))
    expect(await shOk(s, 'b', 'wget -qO- http://ext-a-1/', ['-f', 'other.yaml'])).toBe(id['ext-a-1']!.slice(0, 12))
    const bridge = net.Options['com.docker.network.bridge.name']!
    await s.ok(['down', '-t', '1'])
    await s.ok(['-f', 'other.yaml', 'down', '-t', '1'])
    // compose never removes an external network; only its endpoints went
    expect(await userNetworks(s)).toEqual(['shared-net'])
    expect(Object.keys((await network(s, 'shared-net')).Containers)).toEqual([])
    await eventually(() => expect(s.links()).toEqual([bridge]), 10_000, 50)
    const seen = { bridges: [bridge], links: [bridge], table: s.nftTable }
    await s.ok(['network', 'rm', 'shared-net'])
    await expectNetworkingGone(s, seen)
  })

  it('a plain container run joins the default bridge network, which the suite cleanup removes', async () => {
    const id = await s.ok(['container', 'run', '-d', '--name', 'plain', 'busybox', 'sleep', '30'])
    const bridge = (await network(s, 'bridge')).Options['com.docker.network.bridge.name']!
    expect(Object.values((await network(s, 'bridge')).Containers).map((c) => c.Name)).toEqual(['plain'])
    expect(s.links()).toEqual(expect.arrayContaining([bridge, `tv${id.slice(0, 11)}00`]))
    // left running on purpose: cleanup() must remove the container and the `bridge` network
  })
})
