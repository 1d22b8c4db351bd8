/**
 * The embedded DNS responder: one small long-lived process per state root (aardvark-dns's
 * model), listening on UDP and TCP port 53 of every DNS-enabled network's gateway address.
 * It answers container names, aliases and services from the network state files, scoped to
 * the networks of the asking container, and forwards other names to the upstream resolvers.
 * SIGHUP reloads the state (the network manager sends it after each change); with no DNS
 * network left, the process exits.
 */
import { createSocket, type Socket } from 'node:dgram'
import { createServer, type Server } from 'node:net'
import { readFileSync, statSync } from 'node:fs'
import dnsPacket from 'dns-packet'
import { DnsIndex, type Scope } from './records.js'
import { NetworkStore } from '../store.js'
import { parseResolvConf } from '../etc-files.js'

const TTL = 600 // docker's TTL for internal records
const RCODE_SERVFAIL = 2
const FORWARD_TIMEOUT_MS = 2000

export interface DnsServerOptions {
  readonly root: string
  /** Port to listen on (53; tests of the server alone may use another). */
  readonly port?: number
  readonly log?: (msg: string) => void
}

/** `ip` or `ip:port` (upstreams.json lets tests point at a stub on loopback). */
function parseUpstream(s: string): { host: string; port: number } {
  const m = /^(\d+\.\d+\.\d+\.\d+)(?::(\d+))?$/.exec(s)
  return m ? { host: m[1]!, port: m[2] ? Number(m[2]) : 53 } : { host: s, port: 53 }
}

export class DnsServer {
  private index = new DnsIndex([])
  private readonly udp = new Map<string, Socket>()
  private readonly tcp = new Map<string, Server>()
  private readonly store: NetworkStore
  private stateMtime = 0
  private defaults: string[] = []

  constructor(private readonly opts: DnsServerOptions) {
    this.store = new NetworkStore(opts.root)
  }

  /** Re-reads the state; binds new gateways, closes gone ones. Returns the number of listeners. */
  async reload(): Promise<number> {
    this.stateMtime = this.mtime()
    this.index = new DnsIndex(this.store.list())
    this.defaults = this.readUpstreams()
    const want = new Set(this.index.listen.keys())
    for (const [ip, s] of this.udp) if (!want.has(ip)) (s.close(), this.udp.delete(ip))
    for (const [ip, s] of this.tcp) if (!want.has(ip)) (s.close(), this.tcp.delete(ip))
    for (const ip of want) {
      if (!this.udp.has(ip)) {
        try {
          this.udp.set(ip, await this.bindUdp(ip))
          this.tcp.set(ip, await this.bindTcp(ip))
        } catch (err) {
          this.opts.log?.(`cannot listen on ${ip}:${this.port}: ${(err as Error).message}`)
        }
      }
    }
    return want.size
  }

  close(): void {
    for (const s of this.udp.values()) s.close()
    for (const s of this.tcp.values()) s.close()
    this.udp.clear()
    this.tcp.clear()
  }

  private get port(): number {
    return this.opts.port ?? 53
  }

  private mtime(): number {
    try {
      return statSync(this.store.dir).mtimeMs
    } catch {
      return 0
    }
  }

  private readUpstreams(): string[] {
    try {
      const list = JSON.parse(readFileSync(`${this.store.dir}/dns-upstreams.json`, 'utf8')) as string[]
      if (Array.isArray(list) && list.length > 0) return list
    } catch {
      // no override: the host's resolvers
    }
    try {
      return parseResolvConf(readFileSync('/etc/resolv.conf', 'utf8')).nameservers
    } catch {
      return []
    }
  }

  private bindUdp(ip: string): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const s = createSocket('udp4')
      s.once('error', reject)
      s.on('message', (msg, rinfo) => {
        void this.answer(msg, ip, rinfo.address).then((out) => {
          if (out) s.send(out, rinfo.port, rinfo.address)
        })
      })
      s.bind(this.port, ip, () => {
        s.removeListener('error', reject)
        s.on('error', (err) => this.opts.log?.(`udp ${ip}: ${err.message}`))
        resolve(s)
      })
    })
  }

  private bindTcp(ip: string): Promise<Server> {
    return new Promise((resolve, reject) => {
      const srv = createServer((conn) => {
        let buf = Buffer.alloc(0)
        conn.on('error', () => conn.destroy())
        conn.setTimeout(5000, () => conn.destroy())
        conn.on('data', (d: Buffer) => {
          buf = Buffer.concat([buf, d])
          while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
            const len = buf.readUInt16BE(0)
            const q = buf.subarray(2, 2 + len)
            buf = buf.subarray(2 + len)
            void this.answer(q, ip, conn.remoteAddress?.replace(/^::ffff:/, '') ?? '').then((out) => {
              if (!out) return
              const hdr = Buffer.alloc(2)
              hdr.writeUInt16BE(out.length, 0)
              conn.write(Buffer.concat([hdr, out]))
            })
          }
        })
      })
      srv.once('error', reject)
      srv.listen(this.port, ip, () => {
        srv.removeListener('error', reject)
        resolve(srv)
      })
    })
  }

  /** The reply to one query, or undefined to drop it (undecodable). */
  async answer(msg: Buffer, localIp: string, clientIp: string): Promise<Buffer | undefined> {
    let query: dnsPacket.Packet
    try {
      query = dnsPacket.decode(msg)
    } catch {
      return undefined
    }
    const q = query.questions?.[0]
    if (!q) return undefined
    let scope = this.index.scope(localIp, clientIp)
    let local = this.resolveLocal(scope, q)
    if (!local && this.mtime() !== this.stateMtime) {
      // A container started a moment ago and its SIGHUP is still on the way: look again.
      await this.reload()
      scope = this.index.scope(localIp, clientIp)
      local = this.resolveLocal(scope, q)
    }
    if (local) {
      return dnsPacket.encode({
        type: 'response',
        id: query.id,
        flags: dnsPacket.AUTHORITATIVE_ANSWER | dnsPacket.RECURSION_AVAILABLE | ((query.flags ?? 0) & dnsPacket.RECURSION_DESIRED),
        questions: [q],
        answers: local,
      })
    }
    return this.forward(msg, query, scope)
  }

  private resolveLocal(scope: Scope, q: dnsPacket.Question): dnsPacket.Answer[] | undefined {
    if (q.type === 'PTR') {
      const target = this.index.reverseLookup(scope, q.name)
      return target ? [{ type: 'PTR', name: q.name, ttl: TTL, data: target }] : undefined
    }
    const ips = this.index.lookup(scope, q.name)
    if (!ips) return undefined
    // Known name, IPv4 only: AAAA and others get an empty NOERROR answer (no forwarding,
    // which would leak internal names upstream).
    if (q.type !== 'A' && (q.type as string) !== 'ANY') return []
    return ips.map((ip) => ({ type: 'A' as const, name: q.name, ttl: TTL, data: ip }))
  }

  private async forward(msg: Buffer, query: dnsPacket.Packet, scope: Scope): Promise<Buffer> {
    const upstreams = scope.upstreams ?? this.defaults
    for (const u of upstreams) {
      const { host, port } = parseUpstream(u)
      const reply = await new Promise<Buffer | undefined>((resolve) => {
        const s = createSocket('udp4')
        const timer = setTimeout(() => done(undefined), FORWARD_TIMEOUT_MS)
        const done = (b: Buffer | undefined): void => {
          clearTimeout(timer)
          s.close()
          resolve(b)
        }
        s.on('error', () => done(undefined))
        s.on('message', (m) => {
          if (m.length >= 2 && m.readUInt16BE(0) === query.id) done(m)
        })
        s.send(msg, port, host)
      })
      if (reply) return reply
    }
    return dnsPacket.encode({
      type: 'response',
      id: query.id,
      flags: RCODE_SERVFAIL | dnsPacket.RECURSION_AVAILABLE,
      questions: query.questions ?? [],
    })
  }
}
