import { execFile } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ContainersSuite, NOTHING_LEFT } from './containers-harness.js'
import { Networks } from '../../packages/runtime/src/network/networks.js'
import { eventually } from '../helpers/eventually.js'

// The same scenarios as network-discovery/ports, with real containers from the runtime
// (tsc-compose container run) instead of processes placed in netns files.
let s: ContainersSuite

beforeAll(async () => {
  s = await ContainersSuite.create('net')
}, 120_000)
afterAll(async () => {
  if (s) expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

const hostWget = (url: string): Promise<string> =>
  new Promise((resolve) => execFile('/bin/busybox', ['wget', '-qO-', url], { timeout: 4000, encoding: 'utf8' }, (_e, out) => resolve(out ?? '')))

const serve = (body: string): string[] => ['sh', '-c', `mkdir -p /www && echo ${body} > /www/index.html && exec httpd -f -p 80 -h /www`]

describe('networking with real containers', () => {
  it('a container fetches from another by name, alias and name.network', async () => {
    await s.ok(['network', 'create', 'front'])
    await s.ok(['container', 'run', '-d', '--name', 'web', '--network', 'front', '--network-alias', 'websvc', 'busybox', ...serve('hello-web')])
    for (const name of ['web', 'websvc', 'web.front']) {
      await eventually(async () => {
        const out = await s.ok(['container', 'run', '--rm', '--network', 'front', 'busybox', 'wget', '-qO-', `http://${name}/`])
        expect(out).toBe('hello-web')
      }, 10_000, 200)
    }
    const resolv = await s.ok(['container', 'run', '--rm', '--network', 'front', 'busybox', 'cat', '/etc/resolv.conf'])
    const nets = new Networks({ root: s.root })
    expect(resolv).toContain(`nameserver ${nets.inspect('front').gateway}`)
    expect(resolv).toContain('options ndots:0')
  })

  it('containers on different networks cannot reach each other', async () => {
    await s.ok(['network', 'create', 'other'])
    const nets = new Networks({ root: s.root })
    const webId = Object.keys(nets.inspect('front').endpoints)[0]!
    const webIp = nets.inspect('front').endpoints[webId]!.active!.ip
    const r = await s.cli(['container', 'run', '--rm', '--network', 'other', 'busybox', 'sh', '-c', `wget -qO- http://${webIp}/ & sleep 2; kill $! 2>/dev/null && exit 7; wait $!`])
    expect(r.stdout).not.toContain('hello-web')
    const lookup = await s.cli(['container', 'run', '--rm', '--network', 'other', 'busybox', 'nslookup', 'web'])
    expect(lookup.stdout).not.toContain(webIp)
  })

  it('network rm: a container that exited by itself no longer holds the network (as in docker); a running one does', async () => {
    await s.ok(['network', 'create', 'jobs'])
    await s.ok(['container', 'run', '-d', '--name', 'job', '--network', 'jobs', 'busybox', 'true'])
    await s.ok(['container', 'run', '-d', '--name', 'svc', '--network', 'jobs', 'busybox', 'sleep', '30'])
    await eventually(async () => expect(await s.ok(['container', 'inspect', '-f', '{{.State.Status}}', 'job'])).toBe('exited'), 5000, 50)
    const busy = await s.cli(['network', 'rm', 'jobs'])
    expect(busy.code).toBe(1)
    expect(busy.stderr).toContain('has active endpoints (svc)')
    await s.ok(['container', 'rm', '-f', 'svc'])
    await s.ok(['network', 'rm', 'jobs'])
    expect(await s.ok(['network', 'ls', '--format', '{{.Name}}'])).not.toContain('jobs')
    await s.ok(['container', 'rm', 'job'])
  })

  it('publishes a TCP port on 127.0.0.1', async () => {
    await s.ok(['container', 'run', '-d', '--name', 'pub', '--network', 'front', '-p', '127.0.0.1:18581:80', 'busybox', ...serve('published')])
    await eventually(async () => expect(await hostWget('http://127.0.0.1:18581/')).toBe('published\n'), 10_000, 200)
    await s.ok(['container', 'rm', '-f', 'pub'])
    expect(await hostWget('http://127.0.0.1:18581/')).toBe('')
  })

  it('network modes none, host and container:<name>', async () => {
    const none = await s.ok(['container', 'run', '--rm', '--network', 'none', 'busybox', 'ip', '-o', 'link'])
    expect(none.split('\n').filter(Boolean).map((l) => l.split(': ')[1])).toEqual(['lo'])
    const host = await s.ok(['container', 'run', '--rm', '--network', 'host', 'busybox', 'ip', '-o', 'link'])
    expect(host).toContain('eth0')
    expect(host).not.toMatch(/eth0@/)
    // sharing web's netns: its httpd is on this container's 127.0.0.1
    const shared = await s.ok(['container', 'run', '--rm', '--network', 'container:web', 'busybox', 'wget', '-qO-', 'http://127.0.0.1/'])
    expect(shared).toBe('hello-web')
  })

  it('keeps --mac-address in the container record, across restarts', async () => {
    await s.ok(['container', 'run', '-d', '--name', 'macd', '--network', 'front', '--mac-address', '02:42:ac:1f:00:99', 'busybox', 'sleep', '60'])
    expect(await s.ok(['container', 'exec', 'macd', 'cat', '/sys/class/net/eth0/address'])).toBe('02:42:ac:1f:00:99')
    await s.ok(['container', 'stop', '-t', '0', 'macd'])
    await s.ok(['container', 'start', 'macd'])
    expect(await s.ok(['container', 'exec', 'macd', 'cat', '/sys/class/net/eth0/address'])).toBe('02:42:ac:1f:00:99')
    await s.ok(['container', 'rm', '-f', 'macd'])
  })

  it('runs on the default bridge network without --network', async () => {
    const out = await s.ok(['container', 'run', '--rm', 'busybox', 'ip', '-o', '-4', 'addr', 'show', 'eth0'])
    const nets = new Networks({ root: s.root })
    expect(out).toContain(nets.inspect('bridge').subnet.split('.').slice(0, 2).join('.'))
  })
})
