/**
 * Shared setup of the network-* integration suites: a temp state root whose path carries a
 * unique tag (the DNS responder's argv shows it, so leftover checks find it), "containers"
 * that are plain processes placed in our netns files with nsenter (the real kernel, no
 * container runtime needed), and a leftover check at the end.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createSocket } from 'node:dgram'
import { networkInterfaces, tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import { Networks } from '../../packages/runtime/src/network/networks.js'
import type { Attachment, ContainerNetworkSpec, PortRequest } from '../../packages/runtime/src/network/types.js'
import { runtimeFile } from '../../packages/runtime/src/native/load.js'
import { rootTag } from '../../packages/runtime/src/network/names.js'
import { eventually } from '../helpers/eventually.js'
import { CLEAN, leftoversSince, snapshotKernel, type KernelSnapshot } from '../helpers/leftovers.js'

function readAlias(link: string): string | undefined {
  try {
    return readFileSync(`/sys/class/net/${link}/ifalias`, 'utf8').trim()
  } catch {
    return undefined
  }
}

/** The host's own (non-loopback) IPv4 address. */
export function hostAddress(): string {
  const ifaces = Object.values(networkInterfaces()).flat()
  const a = ifaces.find((i) => i && i.family === 'IPv4' && !i.internal && !i.address.startsWith('172.') && !i.address.startsWith('10.'))
  if (!a) throw new Error('no host address')
  return a.address
}

/** busybox wget from the host (bounded); code 0 and the body, or 1. */
export const hostWget = (url: string): Promise<{ code: number; stdout: string }> =>
  new Promise((resolve) => {
    execFile('/bin/busybox', ['wget', '-qO-', url], { timeout: 4000, encoding: 'utf8' }, (err, stdout) =>
      resolve({ code: err ? 1 : 0, stdout }),
    )
  })

/** One UDP datagram to host:port; resolves with the first answer (1 s bound). */
export function udpAsk(host: string, port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = createSocket('udp4')
    const timer = setTimeout(() => {
      s.close()
      reject(new Error(`no UDP answer from ${host}:${port}`))
    }, 1000)
    s.on('message', (m) => {
      clearTimeout(timer)
      s.close()
      resolve(m.toString())
    })
    s.send(text, port, host)
  })
}

/** A UDP echo server ("echo:<text>") on a port, for a daemon inside a container. */
export const udpEchoArgv = (port: number, marker: string): string[] =>
  [process.execPath, '-e', `const s=require('dgram').createSocket('udp4');s.on('message',(m,r)=>s.send('echo:'+m,r.port,r.address));s.bind(${port})`, marker]

export interface FakeContainer {
  readonly id: string
  readonly name: string
  readonly att: Attachment
  /** Its address on a network (by name). */
  ip(network: string): string
}

export class NetHarness {
  readonly tag: string
  readonly root: string
  readonly nets: Networks
  readonly mark: { cgroupPrefix: string; processMarker: string }
  private readonly before: KernelSnapshot
  private readonly procs: ChildProcess[] = []
  private readonly containers: FakeContainer[] = []
  /** Every container id ever attached here (their veth names are derived from them). */
  readonly ids: string[] = []

  constructor(suite: string, opts: { dnsUpstreams?: string[]; userlandProxy?: boolean } = {}) {
    if (!existsSync(runtimeFile('build/Release/tsc-dns'))) throw new Error('build the native code first: the DNS responder is build/Release/tsc-dns')
    this.tag = `tsc-itnet-${suite}-${process.pid}-${Date.now().toString(36)}`
    this.mark = { cgroupPrefix: this.tag, processMarker: this.tag }
    this.before = snapshotKernel(this.mark)
    this.root = mkdtempSync(join(tmpdir(), `${this.tag}-`))
    // Never the host's resolver (it is outside this machine): a black hole unless a test sets one.
    this.nets = new Networks({ root: this.root, dnsUpstreams: opts.dnsUpstreams ?? ['127.0.0.1:9'], userlandProxy: opts.userlandProxy })
  }

  /** A "container": a netns with endpoints, whose /etc files are written under the root. */
  async container(name: string, networks: ContainerNetworkSpec['networks'], extra: { ports?: PortRequest[]; dns?: string[] } = {}): Promise<FakeContainer> {
    const id = randomBytes(32).toString('hex')
    const att = await this.nets.attach({ id, name, hostname: name, networks, ...extra })
    const dir = join(this.root, 'etc', id)
    mkdirSync(dir, { recursive: true })
    // Where the runtime keeps a container's record: reclaim treats ids without one as gone.
    mkdirSync(join(this.root, 'containers', id), { recursive: true })
    writeFileSync(join(dir, 'resolv.conf'), att.resolvConf)
    writeFileSync(join(dir, 'hosts'), att.hosts)
    const nets = this.nets
    const c: FakeContainer = {
      id,
      name,
      att,
      ip(network: string): string {
        const ip = nets.inspect(network).endpoints[id]?.active?.ip
        if (!ip) throw new Error(`${name} has no address on ${network}`)
        return ip
      },
    }
    this.containers.push(c)
    this.ids.push(id)
    return c
  }

  async stop(c: FakeContainer): Promise<void> {
    await this.nets.detach(c.id, { forget: true })
    rmSync(join(this.root, 'containers', c.id), { recursive: true, force: true })
    this.containers.splice(this.containers.indexOf(c), 1)
  }

  /** A long-running process inside the container's netns (killed at the end). */
  daemon(c: FakeContainer, argv: string[]): ChildProcess {
    const p = spawn('nsenter', [`--net=${c.att.netnsPath}`, ...argv], { stdio: ['ignore', 'ignore', 'pipe'] })
    this.procs.push(p)
    return p
  }

  /** busybox httpd serving `body` on port 80 of the container. */
  httpd(c: FakeContainer, body: string, port = 80): ChildProcess {
    const www = join(this.root, 'www', c.id)
    mkdirSync(www, { recursive: true })
    writeFileSync(join(www, 'index.html'), body)
    return this.daemon(c, ['/bin/busybox', 'httpd', '-f', '-p', String(port), '-h', www])
  }

  /**
   * Runs a command in the container's netns and a private mount namespace where its
   * resolv.conf and hosts are bind-mounted over /etc (so lookups go to our DNS, never the
   * host's). `&&` keeps it from running at all if the mounts fail.
   */
  exec(c: FakeContainer, argv: string[], timeoutMs = 8000): Promise<{ code: number; stdout: string; stderr: string }> {
    const dir = join(this.root, 'etc', c.id)
    const script = `mount --bind ${dir}/resolv.conf /etc/resolv.conf && mount --bind ${dir}/hosts /etc/hosts && exec "$@"`
    const args = [`--net=${c.att.netnsPath}`, 'unshare', '--mount', '--propagation', 'private', '/bin/busybox', 'sh', '-c', script, 'sh', ...argv]
    return new Promise((resolve) => {
      execFile('nsenter', args, { timeout: timeoutMs, encoding: 'utf8' }, (err, stdout, stderr) => {
        const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 124) : 0
        resolve({ code, stdout, stderr })
      })
    })
  }

  /** busybox wget (Debian's 1.35 static build segfaults with -T: the exec timeout bounds it). */
  wget(c: FakeContainer, url: string, timeoutMs = 4000): Promise<{ code: number; stdout: string; stderr: string }> {
    return this.exec(c, ['/bin/busybox', 'wget', '-qO-', url], timeoutMs)
  }

  /**
   * What this suite left in the kernel. Other engineers' suites run on this machine at the
   * same time, so links, mounts and tables are narrowed to this root's: links by the alias
   * naming our root (every link we create carries one) or by our container ids, tables by
   * our table name.
   */
  leftovers(): KernelSnapshot {
    const all = leftoversSince(this.before, this.mark)
    const tag = rootTag(this.root)
    const ours = (l: string): boolean => {
      const alias = readAlias(l)
      return (alias !== undefined && alias.includes(` ${tag} `)) || this.ids.some((id) => l.startsWith(`tv${id.slice(0, 11)}`))
    }
    return {
      ...all,
      links: all.links.filter(ours),
      mounts: all.mounts.filter((m) => m.startsWith(this.root)),
      nftTables: all.nftTables.filter((t) => t.includes(this.nets.nftTable)),
    }
  }

  /** Kills processes, stops containers, removes networks, and checks that nothing is left. */
  async cleanup(): Promise<void> {
    for (const p of this.procs) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL')
    await Promise.all(this.procs.map((p) => (p.exitCode !== null || p.signalCode !== null ? undefined : new Promise((r) => p.once('exit', r)))))
    for (const c of [...this.containers]) await this.stop(c)
    await this.nets.removeAll()
    await this.nets.reclaimLeftovers()
    // netns teardown (and with it the veths) is asynchronous in the kernel.
    await eventually(() => expect(this.leftovers()).toEqual(CLEAN), 10_000, 50)
    rmSync(this.root, { recursive: true, force: true })
  }
}
