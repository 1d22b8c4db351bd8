import { createServer, type Server } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isTscError } from '../../packages/runtime/src/errors.js'
import { NetHarness, hostAddress, hostWget, udpAsk, udpEchoArgv } from './network-harness.js'
import { eventually } from '../helpers/eventually.js'

let h: NetHarness

beforeAll(() => {
  h = new NetHarness('ports')
})
afterAll(async () => {
  await h?.cleanup()
})

describe('published ports (nftables DNAT in our own table)', () => {
  it('publishes TCP to 127.0.0.1 and to the host\'s own address', async () => {
    await h.nets.create({ name: 'pub' })
    const web = await h.container('web', [{ network: 'pub' }], { ports: [{ protocol: 'tcp', containerPort: 80, hostPort: 18481, hostIp: '' }] })
    h.httpd(web, 'published!')
    await eventually(async () => expect((await hostWget('http://127.0.0.1:18481/')).stdout).toBe('published!'), 5000, 100)
    expect((await hostWget(`http://${hostAddress()}:18481/`)).stdout).toBe('published!')
    // and from another container through the host (hairpin)
    const peer = await h.container('peer', [{ network: 'pub' }])
    expect((await h.wget(peer, `http://${hostAddress()}:18481/`)).stdout).toBe('published!')
    expect(h.nets.portMappings(web.id)).toEqual([{ protocol: 'tcp', containerPort: 80, hostPort: 18481, hostIp: '' }])
  })

  it('publishes UDP', async () => {
    const echo = await h.container('udp-echo', [{ network: 'pub' }], { ports: [{ protocol: 'udp', containerPort: 5353, hostPort: 18482, hostIp: '127.0.0.1' }] })
    h.daemon(echo, udpEchoArgv(5353, h.tag))
    await eventually(async () => expect(await udpAsk('127.0.0.1', 18482, 'ping')).toBe('echo:ping'), 5000, 100)
  })

  it('picks an ephemeral host port for "80" and a free one from a host range', async () => {
    const a = await h.container('eph', [{ network: 'pub' }], { ports: [{ protocol: 'tcp', containerPort: 80, hostPort: 0, hostIp: '' }] })
    const [m] = h.nets.portMappings(a.id)
    expect(m!.hostPort).toBeGreaterThan(1024)
    h.httpd(a, 'ephemeral')
    await eventually(async () => expect((await hostWget(`http://127.0.0.1:${m!.hostPort}/`)).stdout).toBe('ephemeral'), 5000, 100)
    const b = await h.container('ranged', [{ network: 'pub' }], { ports: [{ protocol: 'tcp', containerPort: 80, hostPort: 18481, hostPortEnd: 18490, hostIp: '' }] })
    // 18481 is taken by "web" (tcp); 18482 is only taken for udp
    expect(h.nets.portMappings(b.id)[0]!.hostPort).toBe(18482)
  })

  it('refuses a port taken on the host, naming it, with nothing half-made', async () => {
    const blocker: Server = createServer()
    await new Promise<void>((r) => blocker.listen(18491, '0.0.0.0', () => r()))
    const before = h.nets.inspect('pub')
    try {
      await expect(h.container('clash', [{ network: 'pub' }], { ports: [{ protocol: 'tcp', containerPort: 80, hostPort: 18491, hostIp: '' }] })).rejects.toSatisfy(
        (e: unknown) => isTscError(e, 'NETWORK_PORT_IN_USE') && /0\.0\.0\.0:18491\/tcp.*in use/.test((e as Error).message),
      )
      // a port another container already publishes is refused the same way
      await expect(h.container('clash2', [{ network: 'pub' }], { ports: [{ protocol: 'tcp', containerPort: 80, hostPort: 18481, hostIp: '' }] })).rejects.toThrow(/18481/)
    } finally {
      blocker.close()
    }
    expect(Object.keys(h.nets.inspect('pub').endpoints).sort()).toEqual(Object.keys(before.endpoints).sort())
  })

  it('removes the DNAT when the container stops', async () => {
    const web = await h.container('short', [{ network: 'pub' }], { ports: [{ protocol: 'tcp', containerPort: 80, hostPort: 18492, hostIp: '' }] })
    h.httpd(web, 'short-lived')
    await eventually(async () => expect((await hostWget('http://127.0.0.1:18492/')).stdout).toBe('short-lived'), 5000, 100)
    await h.stop(web)
    expect((await hostWget('http://127.0.0.1:18492/')).code).not.toBe(0)
  })
})
