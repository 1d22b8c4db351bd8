import { createSocket, type Socket } from 'node:dgram'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRequire } from 'node:module'
import { NetHarness } from './network-harness.js'
import { eventually } from '../helpers/eventually.js'

// dns-packet is a dependency of the runtime package, not of the repository root.
const dnsPacket = createRequire(new URL('../../packages/runtime/package.json', import.meta.url))('dns-packet') as typeof import('dns-packet')

// A stub upstream resolver on loopback: the only place forwarded queries may go.
const STUB_IP = '127.0.0.77'
let stub: Socket
let stubPort = 0
let h: NetHarness

beforeAll(async () => {
  stub = createSocket('udp4')
  stub.on('message', (msg, rinfo) => {
    const q = dnsPacket.decode(msg)
    const name = q.questions?.[0]?.name ?? ''
    const answers = name === 'upstream.example.test' && q.questions?.[0]?.type === 'A' ? [{ type: 'A' as const, name, ttl: 60, data: '10.77.0.1' }] : []
    stub.send(dnsPacket.encode({ type: 'response', id: q.id, flags: dnsPacket.RECURSION_AVAILABLE, questions: q.questions, answers }), rinfo.port, rinfo.address)
  })
  await new Promise<void>((r) => stub.bind(0, STUB_IP, () => r()))
  stubPort = stub.address().port
  h = new NetHarness('dns', { dnsUpstreams: [`${STUB_IP}:${stubPort}`] })
})

afterAll(async () => {
  await h?.cleanup()
  stub?.close()
})

const addresses = (out: string): string[] =>
  [...out.matchAll(/^Address: (\d+\.\d+\.\d+\.\d+)$/gm)].map((m) => m[1]!)

describe('service discovery and isolation (processes in netns files)', () => {
  it('resolves a peer by container name, alias and name.network, and fetches from it', async () => {
    await h.nets.create({ name: 'front' })
    const web = await h.container('web', [{ network: 'front', aliases: ['websvc'] }])
    const client = await h.container('client', [{ network: 'front' }])
    h.httpd(web, 'hello from web')
    expect(client.att.resolvConf).toContain(`nameserver ${h.nets.inspect('front').gateway}`)
    for (const name of ['web', 'websvc', 'web.front']) {
      const r = await h.exec(client, ['/bin/busybox', 'nslookup', name])
      expect(addresses(r.stdout), r.stdout + r.stderr).toContain(web.ip('front'))
    }
    await eventually(async () => expect((await h.wget(client, 'http://web/')).stdout).toBe('hello from web'), 5000, 100)
    // /etc/hosts carries the container's own name and address, like docker's
    expect(web.att.hosts).toMatch(new RegExp(`^${web.ip('front').replace(/\./g, '\\.')}\\tweb$`, 'm'))
  })

  it('answers reverse lookups and queries over TCP', async () => {
    const web = h.nets.inspect('front')
    const webId = Object.values(web.endpoints).find((e) => e.containerName === 'web')!
    const client = await h.container('ptr-client', [{ network: 'front' }])
    const r = await h.exec(client, ['/bin/busybox', 'nslookup', webId.active!.ip])
    expect(r.stdout, r.stderr).toContain('web.front')
    // TCP (DNS over a stream: 2-byte length prefix), straight to the gateway from the host
    const q = dnsPacket.encode({ type: 'query', id: 4242, flags: dnsPacket.RECURSION_DESIRED, questions: [{ type: 'A', name: 'websvc' }] })
    const answer = await new Promise<Buffer>((resolve, reject) => {
      const sock = connect(53, web.gateway, () => sock.write(Buffer.concat([Buffer.from([q.length >> 8, q.length & 255]), q])))
      let buf = Buffer.alloc(0)
      sock.on('data', (d: Buffer) => {
        buf = Buffer.concat([buf, d])
        if (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
          sock.end()
          resolve(buf.subarray(2))
        }
      })
      sock.on('error', reject)
      setTimeout(() => reject(new Error('no TCP answer')), 3000)
    })
    const decoded = dnsPacket.decode(answer)
    expect(decoded.id).toBe(4242)
    expect(decoded.answers?.map((a) => a.data)).toEqual([webId.active!.ip])
  })

  it('forwards unknown names to the upstream resolver (a stub on loopback)', async () => {
    const client = await h.container('fwd-client', [{ network: 'front' }])
    const r = await h.exec(client, ['/bin/busybox', 'nslookup', 'upstream.example.test'])
    expect(addresses(r.stdout), r.stdout + r.stderr).toEqual(['10.77.0.1'])
  })

  it('round-robins over every replica of a service', async () => {
    await h.nets.create({ name: 'rr' })
    const replicas = await Promise.all([1, 2, 3].map((i) => h.container(`api-${i}`, [{ network: 'rr', aliases: ['api'] }])))
    const client = await h.container('rr-client', [{ network: 'rr' }])
    const firsts = new Set<string>()
    for (let i = 0; i < 3; i++) {
      const r = await h.exec(client, ['/bin/busybox', 'nslookup', 'api'])
      const ips = addresses(r.stdout)
      expect(new Set(ips)).toEqual(new Set(replicas.map((c) => c.ip('rr'))))
      firsts.add(ips[0]!)
    }
    expect(firsts.size).toBe(3)
  })

  it('names disappear when a container stops, without restarting anyone', async () => {
    const gone = await h.container('ephemeral', [{ network: 'rr' }])
    const client = await h.container('watcher', [{ network: 'rr' }])
    expect(addresses((await h.exec(client, ['/bin/busybox', 'nslookup', 'ephemeral'])).stdout)).toEqual([gone.ip('rr')])
    await h.stop(gone)
    await eventually(async () => {
      const r = await h.exec(client, ['/bin/busybox', 'nslookup', 'ephemeral'])
      expect(addresses(r.stdout)).toEqual([])
    }, 5000, 100)
  })

  it('keeps different networks apart, and a container on two networks reaches both', async () => {
    await h.nets.create({ name: 'left' })
    await h.nets.create({ name: 'right' })
    const l = await h.container('l', [{ network: 'left' }])
    const r = await h.container('r', [{ network: 'right' }])
    const both = await h.container('both', [{ network: 'left' }, { network: 'right' }])
    h.httpd(l, 'left side')
    h.httpd(r, 'right side')
    await eventually(async () => expect((await h.wget(both, `http://${l.ip('left')}/`)).stdout).toBe('left side'), 5000, 100)
    expect((await h.wget(both, `http://${r.ip('right')}/`)).stdout).toBe('right side')
    expect((await h.wget(both, 'http://r/')).stdout).toBe('right side')
    // left cannot reach right, by address (dropped) or by name (not in its scope)
    const cross = await h.wget(l, `http://${r.ip('right')}/`, 1500)
    expect(cross.code).not.toBe(0)
    expect((await h.exec(l, ['/bin/busybox', 'nslookup', 'r'])).stdout).not.toContain(r.ip('right'))
    const inside = await h.exec(both, ['/bin/busybox', 'ip', '-o', 'link'])
    expect(inside.stdout).toMatch(/eth0@/)
    expect(inside.stdout).toMatch(/eth1@/)
  })

  it('gives an internal network no default route and no way out', async () => {
    await h.nets.create({ name: 'sealed', internal: true })
    const c = await h.container('sealed-1', [{ network: 'sealed' }])
    const routes = await h.exec(c, ['/bin/busybox', 'ip', 'route'])
    expect(routes.stdout).not.toMatch(/default/)
    expect(routes.stdout).toContain(h.nets.inspect('sealed').subnet)
    const out = await h.exec(c, ['/bin/busybox', 'ping', '-c', '1', '-W', '1', '192.0.2.2'])
    expect(out.code).not.toBe(0)
    // a normal network has its default route via the gateway
    const normal = await h.container('routed', [{ network: 'front' }])
    expect((await h.exec(normal, ['/bin/busybox', 'ip', 'route'])).stdout).toMatch(new RegExp(`default via ${h.nets.inspect('front').gateway.replace(/\./g, '\\.')} dev eth0`))
  })
})
