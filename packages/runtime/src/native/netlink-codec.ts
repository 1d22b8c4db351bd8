/**
 * rtnetlink message encoding and decoding (linux/netlink.h, linux/rtnetlink.h, if_link.h).
 * Pure: no kernel, so it is unit-tested on bytes. The addon only moves these bytes.
 */
import { constants as osConstants } from 'node:os'

export const RTM = {
  NEWLINK: 16, DELLINK: 17, GETLINK: 18, SETLINK: 19,
  NEWADDR: 20, DELADDR: 21, GETADDR: 22,
  NEWROUTE: 24, DELROUTE: 25, GETROUTE: 26,
} as const

export const NLM_F = { REQUEST: 0x1, MULTI: 0x2, ACK: 0x4, ECHO: 0x8, DUMP: 0x300, REPLACE: 0x100, EXCL: 0x200, CREATE: 0x400 } as const
const NLMSG_ERROR = 2
const NLMSG_DONE = 3
const NLM_F_ACK_TLVS = 0x200
const NLMSGERR_ATTR_MSG = 1
const NLA_F_NESTED = 0x8000

export const AF_INET = 2
export const AF_UNSPEC = 0
export const IFF_UP = 0x1

export const IFLA = {
  ADDRESS: 1, IFNAME: 3, MTU: 4, LINK: 5, OPERSTATE: 16, MASTER: 10, LINKINFO: 18, IFALIAS: 20, NET_NS_FD: 28,
} as const
const IFLA_INFO_KIND = 1
const IFLA_INFO_DATA = 2
const VETH_INFO_PEER = 1
const IFA_ADDRESS = 1
const IFA_LOCAL = 2
const IFA_BROADCAST = 4
const RTA_DST = 1
const RTA_OIF = 4
const RTA_GATEWAY = 5
const RTA_PREFSRC = 7
const RTA_TABLE = 15
export const RT_TABLE_MAIN = 254
const RTPROT_BOOT = 3
const RTPROT_KERNEL = 2
const RT_SCOPE_UNIVERSE = 0
const RT_SCOPE_LINK = 253
const RTN_UNICAST = 1

const align4 = (n: number): number => (n + 3) & ~3

/** One netlink attribute: a type and either raw bytes or nested attributes. */
export interface Attr {
  readonly type: number
  readonly value: Buffer | readonly Attr[]
  readonly nested?: boolean
}

function encodeAttrs(attrs: readonly Attr[]): Buffer {
  const parts: Buffer[] = []
  for (const a of attrs) {
    const body = Buffer.isBuffer(a.value) ? a.value : encodeAttrs(a.value as readonly Attr[])
    const hdr = Buffer.alloc(4)
    hdr.writeUInt16LE(4 + body.length, 0)
    hdr.writeUInt16LE(a.type | (a.nested ? NLA_F_NESTED : 0), 2)
    parts.push(hdr, body, Buffer.alloc(align4(body.length) - body.length))
  }
  return Buffer.concat(parts)
}

export const u32 = (v: number): Buffer => {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(v >>> 0, 0)
  return b
}
export const cstr = (s: string): Buffer => Buffer.concat([Buffer.from(s, 'utf8'), Buffer.alloc(1)])
export const ipv4 = (ip: string): Buffer => Buffer.from(ip.split('.').map((x) => Number(x)))
export const mac = (m: string): Buffer => Buffer.from(m.split(':').map((x) => parseInt(x, 16)))

export function ifinfomsg(opts: { family?: number; index?: number; flags?: number; change?: number } = {}): Buffer {
  const b = Buffer.alloc(16)
  b.writeUInt8(opts.family ?? AF_UNSPEC, 0)
  b.writeInt32LE(opts.index ?? 0, 4)
  b.writeUInt32LE(opts.flags ?? 0, 8)
  b.writeUInt32LE(opts.change ?? 0, 12)
  return b
}

export function ifaddrmsg(prefixlen: number, index: number, family = AF_INET): Buffer {
  const b = Buffer.alloc(8)
  b.writeUInt8(family, 0)
  b.writeUInt8(prefixlen, 1)
  b.writeUInt8(RT_SCOPE_UNIVERSE, 3)
  b.writeUInt32LE(index, 4)
  return b
}

export function rtmsg(dstLen: number, family = AF_INET, scope = RT_SCOPE_UNIVERSE): Buffer {
  const b = Buffer.alloc(12)
  b.writeUInt8(family, 0)
  b.writeUInt8(dstLen, 1)
  b.writeUInt8(RT_TABLE_MAIN, 4)
  b.writeUInt8(RTPROT_BOOT, 5)
  b.writeUInt8(scope, 6)
  b.writeUInt8(RTN_UNICAST, 7)
  return b
}

/** One request message. `what` names the object for error messages (`RTM_NEWLINK tsc-1234`). */
export interface Message {
  readonly type: number
  readonly flags: number
  readonly header: Buffer
  readonly attrs: readonly Attr[]
  readonly what: string
}

/** Concatenates messages with sequence numbers seqBase, seqBase+1, ... */
export function encodeRequest(messages: readonly Message[], seqBase: number): Buffer {
  const parts: Buffer[] = []
  messages.forEach((m, i) => {
    const body = Buffer.concat([m.header, Buffer.alloc(align4(m.header.length) - m.header.length), encodeAttrs(m.attrs)])
    const hdr = Buffer.alloc(16)
    hdr.writeUInt32LE(16 + body.length, 0)
    hdr.writeUInt16LE(m.type, 4)
    hdr.writeUInt16LE(m.flags | NLM_F.REQUEST, 6)
    hdr.writeUInt32LE((seqBase + i) >>> 0, 8)
    parts.push(hdr, body)
  })
  return Buffer.concat(parts)
}

export interface Reply {
  readonly type: number
  readonly seq: number
  readonly payload: Buffer
}

/** A request the kernel answered with an error: errno name and the kernel's extack text. */
export interface ReplyError {
  readonly seq: number
  readonly errno: number
  readonly code: string
  readonly message?: string
}

const errnoNames = new Map<number, string>(Object.entries(osConstants.errno).map(([k, v]) => [v as number, k]))
export const errnoName = (n: number): string => errnoNames.get(n) ?? `E${n}`

/** Splits the reply stream into data messages and per-request errors (acks are dropped). */
export function decodeReplies(buf: Buffer): { messages: Reply[]; errors: ReplyError[] } {
  const messages: Reply[] = []
  const errors: ReplyError[] = []
  let off = 0
  while (off + 16 <= buf.length) {
    const len = buf.readUInt32LE(off)
    if (len < 16 || off + len > buf.length) break
    const type = buf.readUInt16LE(off + 4)
    const flags = buf.readUInt16LE(off + 6)
    const seq = buf.readUInt32LE(off + 8)
    const payload = buf.subarray(off + 16, off + len)
    if (type === NLMSG_ERROR) {
      const err = -payload.readInt32LE(0)
      if (err !== 0) {
        let message: string | undefined
        if (flags & NLM_F_ACK_TLVS) {
          // With NETLINK_CAP_ACK the original request is reduced to its 16-byte header.
          const tlvs = decodeAttrs(payload.subarray(4 + 16))
          const m = tlvs.get(NLMSGERR_ATTR_MSG)
          if (m) message = m.toString('utf8').replace(/\0.*$/s, '')
        }
        errors.push({ seq, errno: err, code: errnoName(err), message })
      }
    } else if (type !== NLMSG_DONE) {
      messages.push({ type, seq, payload })
    }
    off += align4(len)
  }
  return { messages, errors }
}

/** Attributes by type (last one wins), values without their 4-byte header. */
export function decodeAttrs(buf: Buffer): Map<number, Buffer> {
  const out = new Map<number, Buffer>()
  let off = 0
  while (off + 4 <= buf.length) {
    const len = buf.readUInt16LE(off)
    const type = buf.readUInt16LE(off + 2) & ~NLA_F_NESTED & 0x3fff
    if (len < 4 || off + len > buf.length) break
    out.set(type, buf.subarray(off + 4, off + len))
    off += align4(len)
  }
  return out
}

const str = (b: Buffer | undefined): string | undefined => (b ? b.toString('utf8').replace(/\0.*$/s, '') : undefined)
const fmtMac = (b: Buffer | undefined): string | undefined =>
  b && b.length === 6 ? [...b].map((x) => x.toString(16).padStart(2, '0')).join(':') : undefined
const fmtIp = (b: Buffer | undefined): string | undefined => (b && b.length === 4 ? [...b].join('.') : undefined)

export interface LinkInfo {
  readonly index: number
  readonly name: string
  readonly kind?: string
  readonly master?: number
  readonly mac?: string
  readonly mtu?: number
  readonly up: boolean
  readonly alias?: string
}

export function decodeLink(payload: Buffer): LinkInfo {
  const index = payload.readInt32LE(4)
  const flags = payload.readUInt32LE(8)
  const a = decodeAttrs(payload.subarray(16))
  const info = a.get(IFLA.LINKINFO)
  const kind = info ? str(decodeAttrs(info).get(IFLA_INFO_KIND)) : undefined
  const master = a.get(IFLA.MASTER)
  const mtu = a.get(IFLA.MTU)
  return {
    index,
    name: str(a.get(IFLA.IFNAME)) ?? '',
    kind,
    master: master ? master.readUInt32LE(0) : undefined,
    mac: fmtMac(a.get(IFLA.ADDRESS)),
    mtu: mtu ? mtu.readUInt32LE(0) : undefined,
    up: (flags & IFF_UP) !== 0,
    alias: str(a.get(IFLA.IFALIAS)),
  }
}

export interface AddressInfo {
  readonly index: number
  readonly address: string
  readonly prefixLength: number
}

export function decodeAddress(payload: Buffer): AddressInfo | undefined {
  if (payload.readUInt8(0) !== AF_INET) return undefined
  const a = decodeAttrs(payload.subarray(8))
  const address = fmtIp(a.get(IFA_LOCAL) ?? a.get(IFA_ADDRESS))
  if (!address) return undefined
  return { index: payload.readUInt32LE(4), address, prefixLength: payload.readUInt8(1) }
}

export interface RouteInfo {
  /** `a.b.c.d/n`, `0.0.0.0/0` for the default route. */
  readonly destination: string
  readonly gateway?: string
  readonly oif?: number
  readonly table: number
}

export function decodeRoute(payload: Buffer): RouteInfo | undefined {
  if (payload.readUInt8(0) !== AF_INET) return undefined
  const dstLen = payload.readUInt8(1)
  const a = decodeAttrs(payload.subarray(12))
  const table = a.get(RTA_TABLE)?.readUInt32LE(0) ?? payload.readUInt8(4)
  const oif = a.get(RTA_OIF)
  return {
    destination: `${fmtIp(a.get(RTA_DST)) ?? '0.0.0.0'}/${dstLen}`,
    gateway: fmtIp(a.get(RTA_GATEWAY)),
    oif: oif ? oif.readUInt32LE(0) : undefined,
    table,
  }
}

// ---- message builders (one per operation) ----

/** Identifies a link either by index or, when index is 0, by IFLA_IFNAME. */
export type LinkRef = { readonly index: number } | { readonly name: string }
const refHeader = (ref: LinkRef, flags = 0, change = 0): Buffer =>
  ifinfomsg({ index: 'index' in ref ? ref.index : 0, flags, change })
const refAttrs = (ref: LinkRef): Attr[] => ('name' in ref ? [{ type: IFLA.IFNAME, value: cstr(ref.name) }] : [])
const refName = (ref: LinkRef): string => ('name' in ref ? ref.name : `ifindex ${ref.index}`)

export function msgCreateBridge(name: string, opts: { mac?: string; mtu?: number; up?: boolean } = {}): Message {
  const attrs: Attr[] = [{ type: IFLA.IFNAME, value: cstr(name) }]
  if (opts.mac) attrs.push({ type: IFLA.ADDRESS, value: mac(opts.mac) })
  if (opts.mtu) attrs.push({ type: IFLA.MTU, value: u32(opts.mtu) })
  attrs.push({ type: IFLA.LINKINFO, nested: true, value: [{ type: IFLA_INFO_KIND, value: cstr('bridge') }] })
  return {
    type: RTM.NEWLINK,
    flags: NLM_F.ACK | NLM_F.CREATE | NLM_F.EXCL,
    header: ifinfomsg({ flags: opts.up ? IFF_UP : 0, change: opts.up ? IFF_UP : 0 }),
    attrs,
    what: `bridge ${name}`,
  }
}

export interface VethSpec {
  /** Name of the end created in the namespace the request runs in. */
  readonly name: string
  /** Explicit ifindex for that end (lets a later message in the same batch address it). */
  readonly index?: number
  readonly mac?: string
  readonly mtu?: number
  readonly up?: boolean
  readonly peer: {
    readonly name: string
    /** fd (in this process) of the netns the peer goes to: IFLA_NET_NS_FD, as CNI does. */
    readonly netnsFd?: number
    readonly mac?: string
    readonly up?: boolean
  }
}

export function msgCreateVeth(v: VethSpec): Message {
  const peerAttrs: Attr[] = [{ type: IFLA.IFNAME, value: cstr(v.peer.name) }]
  if (v.peer.netnsFd !== undefined) peerAttrs.push({ type: IFLA.NET_NS_FD, value: u32(v.peer.netnsFd) })
  if (v.peer.mac) peerAttrs.push({ type: IFLA.ADDRESS, value: mac(v.peer.mac) })
  if (v.mtu) peerAttrs.push({ type: IFLA.MTU, value: u32(v.mtu) })
  // VETH_INFO_PEER carries a full ifinfomsg followed by the peer's attributes.
  const peer = Buffer.concat([ifinfomsg({ flags: v.peer.up ? IFF_UP : 0, change: v.peer.up ? IFF_UP : 0 }), encodeAttrs(peerAttrs)])
  const attrs: Attr[] = [{ type: IFLA.IFNAME, value: cstr(v.name) }]
  if (v.mac) attrs.push({ type: IFLA.ADDRESS, value: mac(v.mac) })
  if (v.mtu) attrs.push({ type: IFLA.MTU, value: u32(v.mtu) })
  attrs.push({
    type: IFLA.LINKINFO,
    nested: true,
    value: [
      { type: IFLA_INFO_KIND, value: cstr('veth') },
      { type: IFLA_INFO_DATA, nested: true, value: [{ type: VETH_INFO_PEER, value: peer }] },
    ],
  })
  return {
    type: RTM.NEWLINK,
    flags: NLM_F.ACK | NLM_F.CREATE | NLM_F.EXCL,
    header: ifinfomsg({ index: v.index ?? 0, flags: v.up ? IFF_UP : 0, change: v.up ? IFF_UP : 0 }),
    attrs,
    what: `veth ${v.name}/${v.peer.name}`,
  }
}

export interface LinkChanges {
  readonly up?: boolean
  /** ifindex of the bridge to enslave to; 0 releases. */
  readonly master?: number
  readonly rename?: string
  readonly mac?: string
  readonly mtu?: number
  readonly alias?: string
}

export function msgSetLink(ref: LinkRef, c: LinkChanges): Message {
  const attrs: Attr[] = []
  // Renaming needs the index to find the link, the new name goes in IFLA_IFNAME.
  if (c.rename !== undefined) attrs.push({ type: IFLA.IFNAME, value: cstr(c.rename) })
  else attrs.push(...refAttrs(ref))
  if (c.master !== undefined) attrs.push({ type: IFLA.MASTER, value: u32(c.master) })
  if (c.mac) attrs.push({ type: IFLA.ADDRESS, value: mac(c.mac) })
  if (c.mtu) attrs.push({ type: IFLA.MTU, value: u32(c.mtu) })
  if (c.alias !== undefined) attrs.push({ type: IFLA.IFALIAS, value: Buffer.from(c.alias, 'utf8') })
  const flags = c.up ? IFF_UP : 0
  const change = c.up === undefined ? 0 : IFF_UP
  return { type: RTM.SETLINK, flags: NLM_F.ACK, header: refHeader(ref, flags, change), attrs, what: `link ${refName(ref)}` }
}

export function msgDeleteLink(ref: LinkRef): Message {
  return { type: RTM.DELLINK, flags: NLM_F.ACK, header: refHeader(ref), attrs: refAttrs(ref), what: `link ${refName(ref)}` }
}

export function msgGetLink(ref: LinkRef): Message {
  return { type: RTM.GETLINK, flags: NLM_F.ACK, header: refHeader(ref), attrs: refAttrs(ref), what: `link ${refName(ref)}` }
}

export function msgDump(type: number, family = AF_UNSPEC): Message {
  const header = type === RTM.GETLINK ? ifinfomsg({ family }) : type === RTM.GETADDR ? ifaddrmsg(0, 0, family) : rtmsg(0, family)
  return { type, flags: NLM_F.DUMP, header, attrs: [], what: 'dump' }
}

export function msgAddAddress(index: number, cidr: string, broadcast?: string): Message {
  const [ip, len] = cidr.split('/') as [string, string]
  const attrs: Attr[] = [
    { type: IFA_LOCAL, value: ipv4(ip) },
    { type: IFA_ADDRESS, value: ipv4(ip) },
  ]
  if (broadcast) attrs.push({ type: IFA_BROADCAST, value: ipv4(broadcast) })
  return {
    type: RTM.NEWADDR,
    flags: NLM_F.ACK | NLM_F.CREATE | NLM_F.EXCL,
    header: ifaddrmsg(Number(len), index),
    attrs,
    what: `address ${cidr} on ifindex ${index}`,
  }
}

/** A route: `destination` "0.0.0.0/0" for the default route; gateway and/or oif. */
export function msgAddRoute(r: { destination: string; gateway?: string; oif?: number; src?: string }): Message {
  const [ip, len] = r.destination.split('/') as [string, string]
  const dstLen = Number(len)
  const attrs: Attr[] = []
  if (dstLen > 0) attrs.push({ type: RTA_DST, value: ipv4(ip) })
  if (r.gateway) attrs.push({ type: RTA_GATEWAY, value: ipv4(r.gateway) })
  if (r.oif !== undefined) attrs.push({ type: RTA_OIF, value: u32(r.oif) })
  if (r.src) attrs.push({ type: RTA_PREFSRC, value: ipv4(r.src) })
  const scope = r.gateway ? RT_SCOPE_UNIVERSE : RT_SCOPE_LINK
  const header = rtmsg(dstLen, AF_INET, scope)
  if (!r.gateway) header.writeUInt8(RTPROT_KERNEL, 5)
  return {
    type: RTM.NEWROUTE,
    flags: NLM_F.ACK | NLM_F.CREATE | NLM_F.EXCL,
    header,
    attrs,
    what: `route ${r.destination}${r.gateway ? ` via ${r.gateway}` : ''}`,
  }
}
