import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { createSocket, type Socket } from 'node:dgram'
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isTscError } from '../../packages/runtime/src/errors.js'
import { USERLAND_PROXY_ENV } from '../../packages/runtime/src/network/firewall-mode.js'
import { listProxies, startProxy } from '../../packages/runtime/src/network/proxy.js'
import { NetHarness, hostAddress, hostWget, udpAsk, udpEchoArgv } from './network-harness.js'
import { ContainersSuite, NOTHING_LEFT } from './containers-harness.js'
import { eventually } from '../helpers/eventually.js'

// Published ports through the userland proxy (tsc-proxy), forced on with the environment
// switch as a user would on a host where nftables is not usable.
let h: NetHarness
let s: ContainersSuite | undefined
const previous = process.env[USERLAND_PROXY_ENV]

beforeAll(() => {
  process.env[USERLAND_PROXY_ENV] = '1'
  h = new NetHarness('uproxy')
})
afterAll(async () => {
  try {
    await h?.cleanup()
    if (s) expect(await s.cleanup()).toEqual(NOTHING_LEFT)
  } finally {
    if (previous === undefined) delete process.env[USERLAND_PROXY_ENV]
    else process.env[USERLAND_PROXY_ENV] = previous
  }
})

const proxiesOf = (root: string): ReturnType<typeof listProxies> => listProxies().filter((p) => p.root === root)
const rssKb = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1])

function bindUdp(port: number): Promise<Socket> {
  return new Promise((resolve) => {
    const u = createSocket('udp4')
    u.bind(port, '0.0.0.0', () => resolve(u))
  })
}

describe('published ports through the userland proxy', () => {
  it('publishes TCP and UDP to 127.0.0.1, the host address and other containers, without DNAT', async () => {
    expect(await h.nets.firewallMode()).toMatchObject({ proxy: true })
    await h.nets.create({ name: 'pub' })
    const web = await h.container('web', [{ network: 'pub' }], {
      ports: [
        { protocol: 'tcp', containerPort: 80, hostPort: 18781, hostIp: '' },
        { protocol: 'udp', containerPort: 5353, hostPort: 18782, hostIp: '' },
      ],
    })
    h.httpd(web, 'proxied!')
    h.daemon(web, udpEchoArgv(5353, h.tag))
    await eventually(async () => expect((await hostWget('http://127.0.0.1:18781/')).stdout).toBe('proxied!'), 5000, 100)
    expect((await hostWget(`http://${hostAddress()}:18781/`)).stdout).toBe('proxied!')
    await eventually(async () => expect(await udpAsk('127.0.0.1', 18782, 'ping')).toBe('echo:ping'), 5000, 100)
    expect(await udpAsk(hostAddress(), 18782, 'pong')).toBe('echo:pong')
    const peer = await h.container('peer', [{ network: 'pub' }])
    expect((await h.wget(peer, `http://${hostAddress()}:18781/`)).stdout).toBe('proxied!')

    // one small process for the container's two ports, and no DNAT rule in our table
    const [proxy, ...more] = proxiesOf(h.root)
    expect(more).toEqual([])
    expect(proxy!.containerId).toBe(web.id)
    expect(rssKb(proxy!.pid)).toBeLessThan(2048)
    expect(execFileSync('nft', ['list', 'table', 'inet', h.nets.nftTable], { encoding: 'utf8' })).not.toContain('dnat ip to')
    expect(h.nets.portMappings(web.id)).toHaveLength(2)
  })

  it('refuses a port taken on the host, naming it, with nothing half-made', async () => {
    const blocker: Server = createServer()
    await new Promise<void>((r) => blocker.listen(18791, '0.0.0.0', () => r()))
    const udpBlocker = await bindUdp(18792)
    const before = Object.keys(h.nets.inspect('pub').endpoints).sort()
    try {
      await expect(h.container('clash', [{ network: 'pub' }], { ports: [{ protocol: 'tcp', containerPort: 80, hostPort: 18791, hostIp: '' }] })).rejects.toSatisfy(
        (e: unknown) => isTscError(e, 'NETWORK_PORT_IN_USE') && /0\.0\.0\.0:18791\/tcp.*in use/.test((e as Error).message),
      )
      await expect(h.container('clash-udp', [{ network: 'pub' }], { ports: [{ protocol: 'udp', containerPort: 53, hostPort: 18792, hostIp: '' }] })).rejects.toThrow(/18792\/udp.*in use/)
      // Taken between the check and the proxy's bind: the proxy reports it and leaves
      // nothing listening, not even the ports it had bound before.
      const id = randomBytes(32).toString('hex')
      await expect(startProxy(h.root, id, [
        { protocol: 'tcp', hostIp: '', hostPort: 18793, ip: '127.0.0.1', containerPort: 9 },
        { protocol: 'udp', hostIp: '127.0.0.1', hostPort: 18794, ip: '127.0.0.1', containerPort: 9 },
        { protocol: 'tcp', hostIp: '', hostPort: 18791, ip: '127.0.0.1', containerPort: 9 },
      ])).rejects.toSatisfy((e: unknown) => isTscError(e, 'NETWORK_PORT_IN_USE') && /cannot publish port 0\.0\.0\.0:18791\/tcp: address already in use/.test((e as Error).message))
      const again = createServer()
      await new Promise<void>((resolve, reject) => again.once('error', reject).listen(18793, '0.0.0.0', () => resolve()))
      again.close()
      ;(await bindUdp(18794)).close()
    } finally {
      blocker.close()
      udpBlocker.close()
    }
    expect(Object.keys(h.nets.inspect('pub').endpoints).sort()).toEqual(before)
    expect(proxiesOf(h.root).map((p) => p.containerId)).toEqual([Object.keys(h.nets.inspect('pub').endpoints).find((id) => h.nets.portMappings(id).length > 0)])
  })

  it('stops the proxy with the container, and reclaim kills a stray one', async () => {
    const web = await h.container('short', [{ network: 'pub' }], { ports: [{ protocol: 'tcp', containerPort: 80, hostPort: 18795, hostIp: '127.0.0.1' }] })
    h.httpd(web, 'short-lived')
    await eventually(async () => expect((await hostWget('http://127.0.0.1:18795/')).stdout).toBe('short-lived'), 5000, 100)
    expect(proxiesOf(h.root).some((p) => p.containerId === web.id)).toBe(true)
    await h.stop(web)
    expect(proxiesOf(h.root).some((p) => p.containerId === web.id)).toBe(false)
    expect((await hostWget('http://127.0.0.1:18795/')).code).not.toBe(0)

    // A proxy no endpoint owns (as a SIGKILLed CLI can leave): network prune's reclaim kills it.
    const stray = randomBytes(32).toString('hex')
    await startProxy(h.root, stray, [{ protocol: 'tcp', hostIp: '127.0.0.1', hostPort: 18796, ip: '127.0.0.1', containerPort: 9 }])
    expect(proxiesOf(h.root).some((p) => p.containerId === stray)).toBe(true)
    const report = await h.nets.reclaimLeftovers()
    expect(report.proxies).toEqual([stray])
    expect(proxiesOf(h.root).some((p) => p.containerId === stray)).toBe(false)
  })

  it('with real containers: run -p publishes through the proxy, rm stops it', async () => {
    s = await ContainersSuite.create('uproxy')
    await s.ok(['container', 'run', '-d', '--name', 'pub', '-p', '18797:80', 'busybox', 'sh', '-c', 'mkdir -p /www && echo real > /www/index.html && exec httpd -f -p 80 -h /www'])
    await eventually(async () => expect((await hostWget('http://127.0.0.1:18797/')).stdout).toBe('real\n'), 10_000, 200)
    expect((await hostWget(`http://${hostAddress()}:18797/`)).stdout).toBe('real\n')
    expect(proxiesOf(s.root)).toHaveLength(1)
    await s.ok(['container', 'rm', '-f', 'pub'])
    expect(proxiesOf(s.root)).toEqual([])
    expect((await hostWget('http://127.0.0.1:18797/')).code).not.toBe(0)
  }, 120_000)
})
