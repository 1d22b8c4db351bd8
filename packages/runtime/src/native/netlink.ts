/**
 * Links, addresses, routes and netns files through rtnetlink from the native addon: no `ip`
 * process, no libnl. Messages are built in netlink-codec.ts; the addon sends a batch over a
 * NETLINK_ROUTE socket opened in the target netns (by a dedicated thread that setns'd
 * there) and hands back the replies.
 */
import { closeSync, openSync } from 'node:fs'
import { KernelError } from '../errors.js'
import { loadBinding } from './load.js'
import {
  RTM,
  decodeAddress,
  decodeLink,
  decodeReplies,
  decodeRoute,
  encodeRequest,
  msgAddAddress,
  msgAddRoute,
  msgCreateBridge,
  msgCreateVeth,
  msgDeleteLink,
  msgDump,
  msgGetLink,
  msgSetLink,
  type AddressInfo,
  type LinkChanges,
  type LinkInfo,
  type LinkRef,
  type Message,
  type RouteInfo,
  type VethSpec,
} from './netlink-codec.js'

export type { AddressInfo, LinkChanges, LinkInfo, LinkRef, RouteInfo, VethSpec } from './netlink-codec.js'

/** The raw addon surface (netlink.cc). */
export interface NetlinkBinding {
  netlinkTransact(nsPath: string, request: Buffer, sysctls: [string, string][], then?: Buffer): Promise<Buffer>
  createNetns(path: string, request?: Buffer, sysctls?: [string, string][], then?: Buffer): Promise<Buffer>
  deleteNetns(path: string): Promise<void>
}

let seq = (Date.now() & 0xffff) << 12

/**
 * A batch of requests sent in one sendmsg and acknowledged one by one; the kernel processes
 * them in order, so later messages may rely on earlier ones. The first failure is thrown as
 * a KernelError naming the operation and the object (`EEXIST: RTM_NEWLINK bridge tsc-…`).
 */
export class NetlinkBatch {
  private readonly messages: Message[] = []
  private readonly sysctls: [string, string][] = []

  constructor(private readonly binding: NetlinkBinding, private readonly nsPath: string) {}

  add(m: Message): this {
    this.messages.push(m)
    return this
  }
  createBridge(name: string, opts: { mac?: string; mtu?: number; up?: boolean } = {}): this {
    return this.add(msgCreateBridge(name, opts))
  }
  createVeth(v: VethSpec): this {
    return this.add(msgCreateVeth(v))
  }
  setLink(ref: LinkRef, c: LinkChanges): this {
    return this.add(msgSetLink(ref, c))
  }
  deleteLink(ref: LinkRef): this {
    return this.add(msgDeleteLink(ref))
  }
  addAddress(index: number, cidr: string, broadcast?: string): this {
    return this.add(msgAddAddress(index, cidr, broadcast))
  }
  addRoute(r: { destination: string; gateway?: string; oif?: number; src?: string }): this {
    return this.add(msgAddRoute(r))
  }
  /** A /proc/sys write done in the batch's netns after its messages (so conf.<new dev> exists). */
  sysctl(path: string, value: string): this {
    this.sysctls.push([path, value])
    return this
  }

  /**
   * Sends the batch. With `createNetns`, the batch's nsPath is first created as a new netns
   * (see Netlink.createNetns) by the same thread that then runs the batch inside it. `then`
   * is a second batch sent right after from the host netns by the same worker (one round
   * trip through the libuv pool for an endpoint's two halves); it is skipped when the first
   * one fails.
   */
  async run(opts: { ignore?: readonly string[]; createNetns?: boolean; then?: NetlinkBatch } = {}): Promise<LinkInfo[]> {
    const messages = [...this.messages, ...(opts.then?.messages ?? [])]
    const base = seq
    seq = (seq + messages.length + 1) >>> 0
    const own = this.messages.length
    const request = own > 0 ? encodeRequest(this.messages, base) : Buffer.alloc(0)
    const then = opts.then && opts.then.messages.length > 0 ? encodeRequest(opts.then.messages, base + own) : undefined
    let raw: Buffer
    try {
      raw = opts.createNetns
        ? await createNetnsFile(this.binding, this.nsPath, request, this.sysctls, then)
        : await this.binding.netlinkTransact(this.nsPath, request, this.sysctls, then)
    } catch (err) {
      throw kernelError(err)
    }
    const { messages: replies, errors } = decodeReplies(raw)
    for (const e of errors) {
      if (opts.ignore?.includes(e.code)) continue
      const m = messages[(e.seq - base) >>> 0]
      const op = m ? rtmName(m.type) : 'netlink'
      throw new KernelError(e.code, op, m?.what, e.message)
    }
    return replies.filter((r) => r.type === RTM.NEWLINK).map((r) => decodeLink(r.payload))
  }
}

function rtmName(type: number): string {
  const name = Object.entries(RTM).find(([, v]) => v === type)?.[0]
  return name ? `RTM_${name}` : `RTM_${type}`
}

function kernelError(err: unknown): unknown {
  const e = err as { code?: string; syscall?: string; path?: string; message?: string }
  if (e && typeof e.code === 'string' && typeof e.syscall === 'string') {
    return new KernelError(e.code, e.syscall, e.path, undefined, { cause: err })
  }
  return err
}

/** rtnetlink and netns files, optionally inside a netns (path of a pinned netns file). */
export class Netlink {
  constructor(private readonly binding: NetlinkBinding) {}

  batch(nsPath = ''): NetlinkBatch {
    return new NetlinkBatch(this.binding, nsPath)
  }

  private async dump(type: number, nsPath: string): Promise<Buffer[]> {
    const base = seq
    seq = (seq + 2) >>> 0
    let raw: Buffer
    try {
      raw = await this.binding.netlinkTransact(nsPath, encodeRequest([msgDump(type)], base), [])
    } catch (err) {
      throw kernelError(err)
    }
    const { messages, errors } = decodeReplies(raw)
    if (errors[0]) throw new KernelError(errors[0].code, rtmName(type), 'dump', errors[0].message)
    return messages.map((m) => m.payload)
  }

  async listLinks(nsPath = ''): Promise<LinkInfo[]> {
    return (await this.dump(RTM.GETLINK, nsPath)).map(decodeLink)
  }

  /** The link, or undefined when there is none by that name (ENODEV). */
  async getLink(name: string, nsPath = ''): Promise<LinkInfo | undefined> {
    try {
      const links = await this.batch(nsPath).add(msgGetLink({ name })).run()
      return links[0]
    } catch (err) {
      if (err instanceof KernelError && err.errno === 'ENODEV') return undefined
      throw err
    }
  }

  async linkIndex(name: string, nsPath = ''): Promise<number | undefined> {
    return (await this.getLink(name, nsPath))?.index
  }

  async listAddresses(nsPath = ''): Promise<AddressInfo[]> {
    return (await this.dump(RTM.GETADDR, nsPath)).map(decodeAddress).filter((a): a is AddressInfo => a !== undefined)
  }

  async listRoutes(nsPath = ''): Promise<RouteInfo[]> {
    return (await this.dump(RTM.GETROUTE, nsPath)).map(decodeRoute).filter((r): r is RouteInfo => r !== undefined)
  }

  async createBridge(name: string, opts: { mac?: string; mtu?: number; up?: boolean } = {}): Promise<void> {
    await this.batch().createBridge(name, opts).run()
  }

  async createVeth(v: VethSpec, nsPath = ''): Promise<void> {
    await this.batch(nsPath).createVeth(v).run()
  }

  async setLink(ref: LinkRef, c: LinkChanges, nsPath = ''): Promise<void> {
    await this.batch(nsPath).setLink(ref, c).run()
  }

  /** Deletes a link; `missingOk` makes an absent link (ENODEV) a no-op, for cleanup. */
  async deleteLink(ref: LinkRef, opts: { nsPath?: string; missingOk?: boolean } = {}): Promise<void> {
    await this.batch(opts.nsPath ?? '').deleteLink(ref).run({ ignore: opts.missingOk ? ['ENODEV'] : [] })
  }

  async addAddress(index: number, cidr: string, nsPath = ''): Promise<void> {
    await this.batch(nsPath).addAddress(index, cidr).run()
  }

  async addRoute(r: { destination: string; gateway?: string; oif?: number }, nsPath = ''): Promise<void> {
    await this.batch(nsPath).addRoute(r).run()
  }

  /** A new network namespace pinned on `path` (the file is created empty first). */
  async createNetns(path: string): Promise<void> {
    try {
      await createNetnsFile(this.binding, path)
    } catch (err) {
      throw kernelError(err)
    }
  }

  /** Unpins and removes a netns file; absent or unmounted files are fine (idempotent). */
  async deleteNetns(path: string): Promise<void> {
    try {
      await this.binding.deleteNetns(path)
    } catch (err) {
      throw kernelError(err)
    }
  }
}

/** Creates the pin file, then the netns (and runs an optional batch inside); undoes both on failure. */
async function createNetnsFile(binding: NetlinkBinding, path: string, request?: Buffer, sysctls?: [string, string][], then?: Buffer): Promise<Buffer> {
  try {
    closeSync(openSync(path, 'wx', 0o444))
  } catch (err) {
    const e = err as NodeJS.ErrnoException
    throw new KernelError(e.code ?? 'EIO', 'open', path, undefined, { cause: err })
  }
  try {
    return await binding.createNetns(path, request, sysctls, then)
  } catch (err) {
    await binding.deleteNetns(path).catch(() => undefined)
    throw err
  }
}

let shared: Netlink | undefined

/** The process-wide Netlink over the loaded addon. */
export function netlink(): Netlink {
  shared ??= new Netlink(loadBinding<NetlinkBinding>())
  return shared
}
