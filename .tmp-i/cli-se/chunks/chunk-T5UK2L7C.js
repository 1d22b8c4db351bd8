import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);

// packages/runtime/dist/network/networks.js
import { createHash as createHash2 } from "node:crypto";
import { existsSync as existsSync7 } from "node:fs";

// packages/runtime/dist/errors.js
var TscError = class extends Error {
  code;
  hint;
  location;
  exitCode;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = options.hint;
    this.location = options.location;
    this.exitCode = options.exitCode ?? 1;
  }
};
var RuntimeError = class extends TscError {
};
var KernelError = class extends RuntimeError {
  errno;
  syscall;
  path;
  constructor(errno, syscall, path, detail, options = {}) {
    super(`KERNEL_${errno}`, `${errno}: ${syscall}${path ? ` ${path}` : ""}${detail ? `: ${detail}` : ""}`, options);
    this.errno = errno;
    this.syscall = syscall;
    this.path = path;
  }
};
function isTscError(err, code) {
  return err instanceof TscError && (code === void 0 || err.code === code);
}
function isKernelError(err, errno) {
  return err instanceof KernelError && (errno === void 0 || err.errno === errno);
}
function fromSystemError(err, fallbackSyscall, path) {
  const e = err;
  if (e && typeof e === "object" && typeof e.code === "string" && /^E[A-Z0-9]+$/.test(e.code)) {
    return new KernelError(e.code, e.syscall ?? fallbackSyscall, e.path ?? path, void 0, { cause: err });
  }
  return err;
}

// packages/runtime/dist/network/endpoints.js
import { existsSync as existsSync5, readFileSync as readFileSync4, readdirSync as readdirSync2 } from "node:fs";

// packages/runtime/dist/network/bridge-driver.js
import { closeSync, openSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";

// packages/runtime/dist/native/netlink-codec.js
import { constants as osConstants } from "node:os";
var RTM = {
  NEWLINK: 16,
  DELLINK: 17,
  GETLINK: 18,
  SETLINK: 19,
  NEWADDR: 20,
  DELADDR: 21,
  GETADDR: 22,
  NEWROUTE: 24,
  DELROUTE: 25,
  GETROUTE: 26
};
var NLM_F = { REQUEST: 1, MULTI: 2, ACK: 4, ECHO: 8, DUMP: 768, REPLACE: 256, EXCL: 512, CREATE: 1024 };
var NLMSG_ERROR = 2;
var NLMSG_DONE = 3;
var NLM_F_ACK_TLVS = 512;
var NLMSGERR_ATTR_MSG = 1;
var NLA_F_NESTED = 32768;
var AF_INET = 2;
var AF_UNSPEC = 0;
var IFF_UP = 1;
var IFLA = {
  ADDRESS: 1,
  IFNAME: 3,
  MTU: 4,
  LINK: 5,
  OPERSTATE: 16,
  MASTER: 10,
  LINKINFO: 18,
  IFALIAS: 20,
  NET_NS_FD: 28
};
var IFLA_INFO_KIND = 1;
var IFLA_INFO_DATA = 2;
var VETH_INFO_PEER = 1;
var IFA_ADDRESS = 1;
var IFA_LOCAL = 2;
var IFA_BROADCAST = 4;
var RTA_DST = 1;
var RTA_OIF = 4;
var RTA_GATEWAY = 5;
var RTA_PREFSRC = 7;
var RTA_TABLE = 15;
var RT_TABLE_MAIN = 254;
var RTPROT_BOOT = 3;
var RTPROT_KERNEL = 2;
var RT_SCOPE_UNIVERSE = 0;
var RT_SCOPE_LINK = 253;
var RTN_UNICAST = 1;
var align4 = (n) => n + 3 & ~3;
function encodeAttrs(attrs) {
  const parts = [];
  for (const a of attrs) {
    const body = Buffer.isBuffer(a.value) ? a.value : encodeAttrs(a.value);
    const hdr = Buffer.alloc(4);
    hdr.writeUInt16LE(4 + body.length, 0);
    hdr.writeUInt16LE(a.type | (a.nested ? NLA_F_NESTED : 0), 2);
    parts.push(hdr, body, Buffer.alloc(align4(body.length) - body.length));
  }
  return Buffer.concat(parts);
}
var u32 = (v) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(v >>> 0, 0);
  return b;
};
var cstr = (s) => Buffer.concat([Buffer.from(s, "utf8"), Buffer.alloc(1)]);
var ipv4 = (ip) => Buffer.from(ip.split(".").map((x) => Number(x)));
var mac = (m) => Buffer.from(m.split(":").map((x) => parseInt(x, 16)));
function ifinfomsg(opts = {}) {
  const b = Buffer.alloc(16);
  b.writeUInt8(opts.family ?? AF_UNSPEC, 0);
  b.writeInt32LE(opts.index ?? 0, 4);
  b.writeUInt32LE(opts.flags ?? 0, 8);
  b.writeUInt32LE(opts.change ?? 0, 12);
  return b;
}
function ifaddrmsg(prefixlen, index, family = AF_INET) {
  const b = Buffer.alloc(8);
  b.writeUInt8(family, 0);
  b.writeUInt8(prefixlen, 1);
  b.writeUInt8(RT_SCOPE_UNIVERSE, 3);
  b.writeUInt32LE(index, 4);
  return b;
}
function rtmsg(dstLen, family = AF_INET, scope = RT_SCOPE_UNIVERSE) {
  const b = Buffer.alloc(12);
  b.writeUInt8(family, 0);
  b.writeUInt8(dstLen, 1);
  b.writeUInt8(RT_TABLE_MAIN, 4);
  b.writeUInt8(RTPROT_BOOT, 5);
  b.writeUInt8(scope, 6);
  b.writeUInt8(RTN_UNICAST, 7);
  return b;
}
function encodeRequest(messages, seqBase) {
  const parts = [];
  messages.forEach((m, i) => {
    const body = Buffer.concat([m.header, Buffer.alloc(align4(m.header.length) - m.header.length), encodeAttrs(m.attrs)]);
    const hdr = Buffer.alloc(16);
    hdr.writeUInt32LE(16 + body.length, 0);
    hdr.writeUInt16LE(m.type, 4);
    hdr.writeUInt16LE(m.flags | NLM_F.REQUEST, 6);
    hdr.writeUInt32LE(seqBase + i >>> 0, 8);
    parts.push(hdr, body);
  });
  return Buffer.concat(parts);
}
var errnoNames = new Map(Object.entries(osConstants.errno).map(([k, v]) => [v, k]));
var errnoName = (n) => errnoNames.get(n) ?? `E${n}`;
function decodeReplies(buf) {
  const messages = [];
  const errors = [];
  let off = 0;
  while (off + 16 <= buf.length) {
    const len = buf.readUInt32LE(off);
    if (len < 16 || off + len > buf.length)
      break;
    const type = buf.readUInt16LE(off + 4);
    const flags = buf.readUInt16LE(off + 6);
    const seq2 = buf.readUInt32LE(off + 8);
    const payload = buf.subarray(off + 16, off + len);
    if (type === NLMSG_ERROR) {
      const err = -payload.readInt32LE(0);
      if (err !== 0) {
        let message;
        if (flags & NLM_F_ACK_TLVS) {
          const tlvs = decodeAttrs(payload.subarray(4 + 16));
          const m = tlvs.get(NLMSGERR_ATTR_MSG);
          if (m)
            message = m.toString("utf8").replace(/\0.*$/s, "");
        }
        errors.push({ seq: seq2, errno: err, code: errnoName(err), message });
      }
    } else if (type !== NLMSG_DONE) {
      messages.push({ type, seq: seq2, payload });
    }
    off += align4(len);
  }
  return { messages, errors };
}
function decodeAttrs(buf) {
  const out = /* @__PURE__ */ new Map();
  let off = 0;
  while (off + 4 <= buf.length) {
    const len = buf.readUInt16LE(off);
    const type = buf.readUInt16LE(off + 2) & ~NLA_F_NESTED & 16383;
    if (len < 4 || off + len > buf.length)
      break;
    out.set(type, buf.subarray(off + 4, off + len));
    off += align4(len);
  }
  return out;
}
var str = (b) => b ? b.toString("utf8").replace(/\0.*$/s, "") : void 0;
var fmtMac = (b) => b && b.length === 6 ? [...b].map((x) => x.toString(16).padStart(2, "0")).join(":") : void 0;
var fmtIp = (b) => b && b.length === 4 ? [...b].join(".") : void 0;
function decodeLink(payload) {
  const index = payload.readInt32LE(4);
  const flags = payload.readUInt32LE(8);
  const a = decodeAttrs(payload.subarray(16));
  const info = a.get(IFLA.LINKINFO);
  const kind = info ? str(decodeAttrs(info).get(IFLA_INFO_KIND)) : void 0;
  const master = a.get(IFLA.MASTER);
  const mtu = a.get(IFLA.MTU);
  return {
    index,
    name: str(a.get(IFLA.IFNAME)) ?? "",
    kind,
    master: master ? master.readUInt32LE(0) : void 0,
    mac: fmtMac(a.get(IFLA.ADDRESS)),
    mtu: mtu ? mtu.readUInt32LE(0) : void 0,
    up: (flags & IFF_UP) !== 0,
    alias: str(a.get(IFLA.IFALIAS))
  };
}
function decodeAddress(payload) {
  if (payload.readUInt8(0) !== AF_INET)
    return void 0;
  const a = decodeAttrs(payload.subarray(8));
  const address = fmtIp(a.get(IFA_LOCAL) ?? a.get(IFA_ADDRESS));
  if (!address)
    return void 0;
  return { index: payload.readUInt32LE(4), address, prefixLength: payload.readUInt8(1) };
}
function decodeRoute(payload) {
  if (payload.readUInt8(0) !== AF_INET)
    return void 0;
  const dstLen = payload.readUInt8(1);
  const a = decodeAttrs(payload.subarray(12));
  const table = a.get(RTA_TABLE)?.readUInt32LE(0) ?? payload.readUInt8(4);
  const oif = a.get(RTA_OIF);
  return {
    destination: `${fmtIp(a.get(RTA_DST)) ?? "0.0.0.0"}/${dstLen}`,
    gateway: fmtIp(a.get(RTA_GATEWAY)),
    oif: oif ? oif.readUInt32LE(0) : void 0,
    table
  };
}
var refHeader = (ref, flags = 0, change = 0) => ifinfomsg({ index: "index" in ref ? ref.index : 0, flags, change });
var refAttrs = (ref) => "name" in ref ? [{ type: IFLA.IFNAME, value: cstr(ref.name) }] : [];
var refName = (ref) => "name" in ref ? ref.name : `ifindex ${ref.index}`;
function msgCreateBridge(name, opts = {}) {
  const attrs = [{ type: IFLA.IFNAME, value: cstr(name) }];
  if (opts.mac)
    attrs.push({ type: IFLA.ADDRESS, value: mac(opts.mac) });
  if (opts.mtu)
    attrs.push({ type: IFLA.MTU, value: u32(opts.mtu) });
  attrs.push({ type: IFLA.LINKINFO, nested: true, value: [{ type: IFLA_INFO_KIND, value: cstr("bridge") }] });
  return {
    type: RTM.NEWLINK,
    flags: NLM_F.ACK | NLM_F.CREATE | NLM_F.EXCL,
    header: ifinfomsg({ flags: opts.up ? IFF_UP : 0, change: opts.up ? IFF_UP : 0 }),
    attrs,
    what: `bridge ${name}`
  };
}
function msgCreateVeth(v) {
  const peerAttrs = [{ type: IFLA.IFNAME, value: cstr(v.peer.name) }];
  if (v.peer.netnsFd !== void 0)
    peerAttrs.push({ type: IFLA.NET_NS_FD, value: u32(v.peer.netnsFd) });
  if (v.peer.mac)
    peerAttrs.push({ type: IFLA.ADDRESS, value: mac(v.peer.mac) });
  if (v.mtu)
    peerAttrs.push({ type: IFLA.MTU, value: u32(v.mtu) });
  const peer = Buffer.concat([ifinfomsg({ flags: v.peer.up ? IFF_UP : 0, change: v.peer.up ? IFF_UP : 0 }), encodeAttrs(peerAttrs)]);
  const attrs = [{ type: IFLA.IFNAME, value: cstr(v.name) }];
  if (v.mac)
    attrs.push({ type: IFLA.ADDRESS, value: mac(v.mac) });
  if (v.mtu)
    attrs.push({ type: IFLA.MTU, value: u32(v.mtu) });
  attrs.push({
    type: IFLA.LINKINFO,
    nested: true,
    value: [
      { type: IFLA_INFO_KIND, value: cstr("veth") },
      { type: IFLA_INFO_DATA, nested: true, value: [{ type: VETH_INFO_PEER, value: peer }] }
    ]
  });
  return {
    type: RTM.NEWLINK,
    flags: NLM_F.ACK | NLM_F.CREATE | NLM_F.EXCL,
    header: ifinfomsg({ index: v.index ?? 0, flags: v.up ? IFF_UP : 0, change: v.up ? IFF_UP : 0 }),
    attrs,
    what: `veth ${v.name}/${v.peer.name}`
  };
}
function msgSetLink(ref, c) {
  const attrs = [];
  if (c.rename !== void 0)
    attrs.push({ type: IFLA.IFNAME, value: cstr(c.rename) });
  else
    attrs.push(...refAttrs(ref));
  if (c.master !== void 0)
    attrs.push({ type: IFLA.MASTER, value: u32(c.master) });
  if (c.mac)
    attrs.push({ type: IFLA.ADDRESS, value: mac(c.mac) });
  if (c.mtu)
    attrs.push({ type: IFLA.MTU, value: u32(c.mtu) });
  if (c.alias !== void 0)
    attrs.push({ type: IFLA.IFALIAS, value: Buffer.from(c.alias, "utf8") });
  const flags = c.up ? IFF_UP : 0;
  const change = c.up === void 0 ? 0 : IFF_UP;
  return { type: RTM.SETLINK, flags: NLM_F.ACK, header: refHeader(ref, flags, change), attrs, what: `link ${refName(ref)}` };
}
function msgDeleteLink(ref) {
  return { type: RTM.DELLINK, flags: NLM_F.ACK, header: refHeader(ref), attrs: refAttrs(ref), what: `link ${refName(ref)}` };
}
function msgGetLink(ref) {
  return { type: RTM.GETLINK, flags: NLM_F.ACK, header: refHeader(ref), attrs: refAttrs(ref), what: `link ${refName(ref)}` };
}
function msgDump(type, family = AF_UNSPEC) {
  const header = type === RTM.GETLINK ? ifinfomsg({ family }) : type === RTM.GETADDR ? ifaddrmsg(0, 0, family) : rtmsg(0, family);
  return { type, flags: NLM_F.DUMP, header, attrs: [], what: "dump" };
}
function msgAddAddress(index, cidr, broadcast2) {
  const [ip, len] = cidr.split("/");
  const attrs = [
    { type: IFA_LOCAL, value: ipv4(ip) },
    { type: IFA_ADDRESS, value: ipv4(ip) }
  ];
  if (broadcast2)
    attrs.push({ type: IFA_BROADCAST, value: ipv4(broadcast2) });
  return {
    type: RTM.NEWADDR,
    flags: NLM_F.ACK | NLM_F.CREATE | NLM_F.EXCL,
    header: ifaddrmsg(Number(len), index),
    attrs,
    what: `address ${cidr} on ifindex ${index}`
  };
}
function msgAddRoute(r) {
  const [ip, len] = r.destination.split("/");
  const dstLen = Number(len);
  const attrs = [];
  if (dstLen > 0)
    attrs.push({ type: RTA_DST, value: ipv4(ip) });
  if (r.gateway)
    attrs.push({ type: RTA_GATEWAY, value: ipv4(r.gateway) });
  if (r.oif !== void 0)
    attrs.push({ type: RTA_OIF, value: u32(r.oif) });
  if (r.src)
    attrs.push({ type: RTA_PREFSRC, value: ipv4(r.src) });
  const scope = r.gateway ? RT_SCOPE_UNIVERSE : RT_SCOPE_LINK;
  const header = rtmsg(dstLen, AF_INET, scope);
  if (!r.gateway)
    header.writeUInt8(RTPROT_KERNEL, 5);
  return {
    type: RTM.NEWROUTE,
    flags: NLM_F.ACK | NLM_F.CREATE | NLM_F.EXCL,
    header,
    attrs,
    what: `route ${r.destination}${r.gateway ? ` via ${r.gateway}` : ""}`
  };
}

// packages/runtime/dist/network/ipv4.js
function ipToNum(ip) {
  const parts = ip.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) {
    throw new RuntimeError("NETWORK_BAD_ADDRESS", `invalid IPv4 address "${ip}"`, { exitCode: 125 });
  }
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0) >>> 0;
}
function numToIp(n) {
  return [n >>> 24, n >>> 16 & 255, n >>> 8 & 255, n & 255].join(".");
}
function isIpv4(s) {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(s) && s.split(".").every((p) => Number(p) <= 255);
}
var maskOf = (prefix) => prefix === 0 ? 0 : 4294967295 << 32 - prefix >>> 0;
function parseCidr(s) {
  const m = /^([\d.]+)\/(\d{1,2})$/.exec(s);
  if (!m || Number(m[2]) > 32 || !isIpv4(m[1])) {
    throw new RuntimeError("NETWORK_BAD_SUBNET", `invalid CIDR "${s}": expected a.b.c.d/n`, { exitCode: 125 });
  }
  const prefix = Number(m[2]);
  return { base: (ipToNum(m[1]) & maskOf(prefix)) >>> 0, prefix };
}
var formatCidr = (c) => `${numToIp(c.base)}/${c.prefix}`;
var size = (c) => 2 ** (32 - c.prefix);
var last = (c) => c.base + size(c) - 1 >>> 0;
var contains = (c, ip) => (ip & maskOf(c.prefix)) >>> 0 === c.base;
var overlaps = (a, b) => a.base <= last(b) && b.base <= last(a);
var broadcast = (c) => numToIp(last(c));
function* defaultPoolSubnets() {
  for (let b = 17; b <= 31; b++)
    yield { base: ipToNum(`172.${b}.0.0`), prefix: 16 };
  for (let c = 0; c < 256; c += 16)
    yield { base: ipToNum(`192.168.${c}.0`), prefix: 20 };
}
function pickSubnet(taken) {
  for (const c of defaultPoolSubnets())
    if (!taken.some((t) => overlaps(c, t)))
      return c;
  return void 0;
}
function nextFree(subnet, range2, used, lastAllocated) {
  const lo = Math.max(range2.base, subnet.base + 1);
  const hi = Math.min(last(range2), last(subnet) - 1);
  if (hi < lo)
    return void 0;
  const span = hi - lo + 1;
  const start = lastAllocated !== void 0 && lastAllocated >= lo && lastAllocated <= hi ? lastAllocated - lo + 1 : 0;
  for (let i = 0; i < span; i++) {
    const ip = lo + (start + i) % span;
    if (!used.has(ip))
      return ip >>> 0;
  }
  return void 0;
}
function macForIp(ip) {
  return ["02", "42", ...ip.split(".").map((p) => Number(p).toString(16).padStart(2, "0"))].join(":");
}
function isMac(s) {
  return /^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$/.test(s);
}

// packages/runtime/dist/network/bridge-driver.js
var ETH_IFINDEX_BASE = 1e3;
function randomMac() {
  const b = randomBytes(6);
  b[0] = b[0] & 254 | 2;
  return [...b].map((x) => x.toString(16).padStart(2, "0")).join(":");
}
async function createBridge(nl, b) {
  const [link] = await nl.batch().createBridge(b.name, { mac: randomMac(), up: true }).add(msgGetLink({ name: b.name })).run();
  if (!link)
    throw new Error(`bridge ${b.name} vanished after creation`);
  const prefix = parseCidr(b.subnet).prefix;
  await nl.batch().addAddress(link.index, `${b.gateway}/${prefix}`, broadcast(parseCidr(b.subnet))).setLink({ index: link.index }, { alias: b.alias }).run();
  writeFileSync(`/proc/sys/net/ipv4/conf/${b.name}/route_localnet`, "1");
}
async function attachEndpoints(nl, netnsPath, eps, opts) {
  const bridges = /* @__PURE__ */ new Map();
  for (const ep of eps)
    if (!bridges.has(ep.bridge))
      bridges.set(ep.bridge, await opts.bridgeIndex(ep.bridge));
  const hostNs = openSync("/proc/self/ns/net", "r");
  try {
    const inNs = () => {
      const b = nl.batch(netnsPath);
      if (opts.loopback)
        b.setLink({ index: 1 }, { up: true });
      for (const ep of eps) {
        const ifindex = ETH_IFINDEX_BASE + ep.index;
        b.createVeth({ name: ep.ifname, index: ifindex, mac: ep.mac, up: true, peer: { name: ep.hostVeth, netnsFd: hostNs } });
        b.addAddress(ifindex, `${ep.ip}/${parseCidr(ep.subnet).prefix}`, broadcast(parseCidr(ep.subnet)));
        if (ep.defaultGateway)
          b.addRoute({ destination: "0.0.0.0/0", gateway: ep.defaultGateway });
        b.sysctl(`/proc/sys/net/ipv4/conf/${ep.ifname}/arp_notify`, "1");
      }
      return b;
    };
    const host = nl.batch();
    for (const ep of eps)
      host.setLink({ name: ep.hostVeth }, { master: bridges.get(ep.bridge), up: true, alias: ep.alias });
    try {
      await inNs().run({ createNetns: opts.createNetns, then: host });
    } catch (err) {
      if (!(err instanceof KernelError && err.errno === "EEXIST" && err.syscall === "RTM_NEWLINK"))
        throw err;
      await deleteLinks(nl, eps.map((e) => e.hostVeth));
      if (opts.createNetns)
        await nl.deleteNetns(netnsPath);
      else
        await deleteLinks(nl, eps.map((e) => e.ifname), netnsPath);
      await inNs().run({ createNetns: opts.createNetns, then: host });
    }
  } finally {
    closeSync(hostNs);
  }
}
async function deleteLinks(nl, names, nsPath = "") {
  if (names.length === 0)
    return;
  const b = nl.batch(nsPath);
  for (const n of names)
    b.deleteLink({ name: n });
  await b.run({ ignore: ["ENODEV"] });
}

// packages/runtime/dist/network/etc-files.js
function hostsFile(h) {
  const lines = [
    "127.0.0.1	localhost",
    "::1	localhost ip6-localhost ip6-loopback",
    "fe00::	ip6-localnet",
    "ff00::	ip6-mcastprefix",
    "ff02::1	ip6-allnodes",
    "ff02::2	ip6-allrouters"
  ];
  for (const e of h.extraHosts ?? []) {
    const m = /^([^:=]+)[:=](.+)$/.exec(e);
    if (m)
      lines.push(`${m[2]}	${m[1]}`);
  }
  if (h.ip) {
    const names = h.domainname ? `${h.hostname}.${h.domainname} ${h.hostname}` : h.hostname;
    lines.push(`${h.ip}	${names}`);
  }
  return lines.join("\n") + "\n";
}
function parseResolvConf(text) {
  const out = { nameservers: [], search: [], options: [] };
  for (const raw of text.split("\n")) {
    const line = raw.replace(/[#;].*$/, "").trim();
    const [key, ...vals] = line.split(/\s+/);
    if (key === "nameserver" && vals[0])
      out.nameservers.push(vals[0]);
    else if (key === "search" || key === "domain")
      out.search.splice(0, out.search.length, ...vals);
    else if (key === "options")
      out.options.push(...vals);
  }
  return out;
}
function resolvConfInternal(r) {
  const search = r.dnsSearch && r.dnsSearch.length > 0 ? r.dnsSearch : r.host.search;
  const userOpts = r.dnsOptions && r.dnsOptions.length > 0 ? r.dnsOptions : r.host.options;
  const hasNdots = userOpts.some((o) => o.startsWith("ndots:"));
  const options = hasNdots ? userOpts : [...userOpts, "ndots:0"];
  const lines = [
    "# Generated by tsc-compose.",
    "# This file can be edited; tsc-compose will not make further changes once it",
    "# has been modified.",
    "",
    `nameserver ${r.nameserver}`
  ];
  if (search.length)
    lines.push(`search ${search.join(" ")}`);
  lines.push(`options ${options.join(" ")}`);
  lines.push("", "# Based on host file: '/etc/resolv.conf' (internal resolver)", `# ExtServers: [${r.upstreams.map((u) => `host(${u})`).join(" ")}]`, `# Overrides: [${[r.dnsSearch?.length ? "search" : "", r.dnsOptions?.length ? "options" : ""].filter(Boolean).join(" ")}]`, `# Option ndots from: ${hasNdots ? "host" : "internal"}`);
  return lines.join("\n") + "\n";
}
function resolvConfLegacy(host, dns, dnsSearch, dnsOptions) {
  const servers = dns && dns.length > 0 ? dns : host.nameservers.filter((s) => !/^127\.|^::1$/.test(s));
  const search = dnsSearch && dnsSearch.length > 0 ? dnsSearch : host.search;
  const options = dnsOptions && dnsOptions.length > 0 ? dnsOptions : host.options;
  const lines = servers.map((s) => `nameserver ${s}`);
  if (search.length)
    lines.push(`search ${search.join(" ")}`);
  if (options.length)
    lines.push(`options ${options.join(" ")}`);
  return lines.join("\n") + "\n";
}

// packages/runtime/dist/network/manager.js
import { randomBytes as randomBytes2 } from "node:crypto";
import { existsSync as existsSync4, mkdirSync as mkdirSync2, readFileSync as readFileSync3, writeFileSync as writeFileSync4 } from "node:fs";

// packages/runtime/dist/native/fs.js
import { closeSync as closeSync2, openSync as openSync2 } from "node:fs";

// packages/runtime/dist/native/load.js
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function findPackageRoot() {
  const here = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  if (existsSync(join(here, "binding.gyp")))
    return here;
  try {
    const entry = createRequire(import.meta.url).resolve("@tsc-compose/runtime");
    return join(dirname(entry), "..");
  } catch {
    return here;
  }
}
var packageRoot = findPackageRoot();
function runtimeFile(relative) {
  return join(packageRoot, relative);
}
var buildDirs = ["build/Release", "build/Debug"];
function candidates(file) {
  return buildDirs.map((d) => join(packageRoot, d, file));
}
function supervisorPath() {
  const tried = candidates("tsc-supervisor");
  const found = tried.find((p) => existsSync(p));
  if (!found) {
    throw new RuntimeError("NATIVE_NOT_BUILT", `the tsc-supervisor executable is not built (tried ${tried.join(", ")})`, {
      hint: 'run "pnpm install" (it builds the native code with node-gyp)'
    });
  }
  return found;
}
var cached;
function loadBinding() {
  if (cached)
    return cached;
  const require2 = createRequire(import.meta.url);
  const tried = candidates("tsc_native.node");
  for (const p of tried) {
    if (!existsSync(p))
      continue;
    cached = require2(p);
    return cached;
  }
  throw new RuntimeError("NATIVE_NOT_BUILT", `the native addon is not built (tried ${tried.join(", ")})`, {
    hint: 'run "pnpm install" (it builds the native code with node-gyp)'
  });
}

// packages/runtime/dist/native/fs.js
var LOCK_SH = 1;
var LOCK_EX = 2;
var LOCK_UN = 8;
var FLOCK_OPS = { sh: LOCK_SH, ex: LOCK_EX, un: LOCK_UN };
var S_IFCHR = 8192;
var S_IFBLK = 24576;
var S_IFIFO = 4096;
var MNT_DETACH = 2;
var OVERLAYFS_SUPER_MAGIC = 2035054128;
var TMPFS_MAGIC = 16914836;
function toKernelError(err, syscall, path) {
  const e = err;
  if (e && typeof e === "object" && typeof e.code === "string" && /^E[A-Z0-9]+$/.test(e.code)) {
    const sys = typeof e.syscall === "string" ? e.syscall : syscall;
    const p = typeof e.path === "string" ? e.path : path;
    return new KernelError(e.code, sys, p, void 0, { cause: err });
  }
  return err;
}
function call(syscall, path, fn) {
  try {
    return fn();
  } catch (err) {
    throw toKernelError(err, syscall, path);
  }
}
function flockOp(mode) {
  const op = FLOCK_OPS[mode];
  if (op === void 0)
    throw new RuntimeError("INVALID_ARGUMENT", `invalid flock mode "${String(mode)}" (want sh, ex or un)`);
  return op;
}
function createNativeFs(binding) {
  return {
    mknod: (path, mode, major, minor) => call("mknod", path, () => binding.mknod(path, mode, major, minor)),
    lsetxattr: (path, name, value) => call("lsetxattr", `${path} ${name}`, () => binding.lsetxattr(path, name, value)),
    lgetxattr: (path, name) => call("lgetxattr", `${path} ${name}`, () => binding.lgetxattr(path, name)),
    llistxattr: (path) => call("llistxattr", path, () => binding.llistxattr(path)),
    async flock(fd, mode, nonBlocking = false) {
      const op = flockOp(mode);
      if (nonBlocking || mode === "un")
        return call("flock", `fd ${fd}`, () => binding.flockTry(fd, op));
      try {
        await binding.flock(fd, op);
        return true;
      } catch (err) {
        throw toKernelError(err, "flock", `fd ${fd}`);
      }
    },
    tryFlock: (fd, mode) => call("flock", `fd ${fd}`, () => binding.flockTry(fd, flockOp(mode))),
    mount: (source, target, fstype, flags, data) => call("mount", target, () => binding.mount(source, target, fstype, flags, data)),
    umount2: (target, flags) => call("umount2", target, () => binding.umount2(target, flags)),
    statfsType: (path) => call("statfs", path, () => binding.statfsType(path))
  };
}
var instance;
function nativeFs() {
  instance ??= createNativeFs(loadBinding());
  return instance;
}
async function lockFile(path, mode, fs = nativeFs()) {
  const fd = call("open", path, () => openSync2(path, "a", 384));
  try {
    await fs.flock(fd, mode);
  } catch (err) {
    closeSync2(fd);
    throw err;
  }
  let released = false;
  return {
    fd,
    release() {
      if (released)
        return;
      released = true;
      closeSync2(fd);
    }
  };
}

// packages/runtime/dist/native/netlink.js
import { closeSync as closeSync3, openSync as openSync3 } from "node:fs";
var seq = (Date.now() & 65535) << 12;
var NetlinkBatch = class {
  binding;
  nsPath;
  messages = [];
  sysctls = [];
  constructor(binding, nsPath) {
    this.binding = binding;
    this.nsPath = nsPath;
  }
  add(m) {
    this.messages.push(m);
    return this;
  }
  createBridge(name, opts = {}) {
    return this.add(msgCreateBridge(name, opts));
  }
  createVeth(v) {
    return this.add(msgCreateVeth(v));
  }
  setLink(ref, c) {
    return this.add(msgSetLink(ref, c));
  }
  deleteLink(ref) {
    return this.add(msgDeleteLink(ref));
  }
  addAddress(index, cidr, broadcast2) {
    return this.add(msgAddAddress(index, cidr, broadcast2));
  }
  addRoute(r) {
    return this.add(msgAddRoute(r));
  }
  /** A /proc/sys write done in the batch's netns after its messages (so conf.<new dev> exists). */
  sysctl(path, value) {
    this.sysctls.push([path, value]);
    return this;
  }
  /**
   * Sends the batch. With `createNetns`, the batch's nsPath is first created as a new netns
   * (see Netlink.createNetns) by the same thread that then runs the batch inside it. `then`
   * is a second batch sent right after from the host netns by the same worker (one round
   * trip through the libuv pool for an endpoint's two halves); it is skipped when the first
   * one fails.
   */
  async run(opts = {}) {
    const messages = [...this.messages, ...opts.then?.messages ?? []];
    const base = seq;
    seq = seq + messages.length + 1 >>> 0;
    const own = this.messages.length;
    const request = own > 0 ? encodeRequest(this.messages, base) : Buffer.alloc(0);
    const then = opts.then && opts.then.messages.length > 0 ? encodeRequest(opts.then.messages, base + own) : void 0;
    let raw;
    try {
      raw = opts.createNetns ? await createNetnsFile(this.binding, this.nsPath, request, this.sysctls, then) : await this.binding.netlinkTransact(this.nsPath, request, this.sysctls, then);
    } catch (err) {
      throw kernelError(err);
    }
    const { messages: replies, errors } = decodeReplies(raw);
    for (const e of errors) {
      if (opts.ignore?.includes(e.code))
        continue;
      const m = messages[e.seq - base >>> 0];
      const op = m ? rtmName(m.type) : "netlink";
      throw new KernelError(e.code, op, m?.what, e.message);
    }
    return replies.filter((r) => r.type === RTM.NEWLINK).map((r) => decodeLink(r.payload));
  }
};
function rtmName(type) {
  const name = Object.entries(RTM).find(([, v]) => v === type)?.[0];
  return name ? `RTM_${name}` : `RTM_${type}`;
}
function kernelError(err) {
  const e = err;
  if (e && typeof e.code === "string" && typeof e.syscall === "string") {
    return new KernelError(e.code, e.syscall, e.path, void 0, { cause: err });
  }
  return err;
}
var Netlink = class {
  binding;
  constructor(binding) {
    this.binding = binding;
  }
  batch(nsPath = "") {
    return new NetlinkBatch(this.binding, nsPath);
  }
  async dump(type, nsPath) {
    const base = seq;
    seq = seq + 2 >>> 0;
    let raw;
    try {
      raw = await this.binding.netlinkTransact(nsPath, encodeRequest([msgDump(type)], base), []);
    } catch (err) {
      throw kernelError(err);
    }
    const { messages, errors } = decodeReplies(raw);
    if (errors[0])
      throw new KernelError(errors[0].code, rtmName(type), "dump", errors[0].message);
    return messages.map((m) => m.payload);
  }
  async listLinks(nsPath = "") {
    return (await this.dump(RTM.GETLINK, nsPath)).map(decodeLink);
  }
  /** The link, or undefined when there is none by that name (ENODEV). */
  async getLink(name, nsPath = "") {
    try {
      const links = await this.batch(nsPath).add(msgGetLink({ name })).run();
      return links[0];
    } catch (err) {
      if (err instanceof KernelError && err.errno === "ENODEV")
        return void 0;
      throw err;
    }
  }
  async linkIndex(name, nsPath = "") {
    return (await this.getLink(name, nsPath))?.index;
  }
  async listAddresses(nsPath = "") {
    return (await this.dump(RTM.GETADDR, nsPath)).map(decodeAddress).filter((a) => a !== void 0);
  }
  async listRoutes(nsPath = "") {
    return (await this.dump(RTM.GETROUTE, nsPath)).map(decodeRoute).filter((r) => r !== void 0);
  }
  async createBridge(name, opts = {}) {
    await this.batch().createBridge(name, opts).run();
  }
  async createVeth(v, nsPath = "") {
    await this.batch(nsPath).createVeth(v).run();
  }
  async setLink(ref, c, nsPath = "") {
    await this.batch(nsPath).setLink(ref, c).run();
  }
  /** Deletes a link; `missingOk` makes an absent link (ENODEV) a no-op, for cleanup. */
  async deleteLink(ref, opts = {}) {
    await this.batch(opts.nsPath ?? "").deleteLink(ref).run({ ignore: opts.missingOk ? ["ENODEV"] : [] });
  }
  async addAddress(index, cidr, nsPath = "") {
    await this.batch(nsPath).addAddress(index, cidr).run();
  }
  async addRoute(r, nsPath = "") {
    await this.batch(nsPath).addRoute(r).run();
  }
  /** A new network namespace pinned on `path` (the file is created empty first). */
  async createNetns(path) {
    try {
      await createNetnsFile(this.binding, path);
    } catch (err) {
      throw kernelError(err);
    }
  }
  /** Unpins and removes a netns file; absent or unmounted files are fine (idempotent). */
  async deleteNetns(path) {
    try {
      await this.binding.deleteNetns(path);
    } catch (err) {
      throw kernelError(err);
    }
  }
};
async function createNetnsFile(binding, path, request, sysctls, then) {
  try {
    closeSync3(openSync3(path, "wx", 292));
  } catch (err) {
    const e = err;
    throw new KernelError(e.code ?? "EIO", "open", path, void 0, { cause: err });
  }
  try {
    return await binding.createNetns(path, request, sysctls, then);
  } catch (err) {
    await binding.deleteNetns(path).catch(() => void 0);
    throw err;
  }
}
var shared;
function netlink() {
  shared ??= new Netlink(loadBinding());
  return shared;
}

// packages/runtime/dist/network/dns/control.js
import { spawn } from "node:child_process";
import { existsSync as existsSync2, readFileSync, renameSync, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
var MARKER = "tsc-compose-dns";
function dnsBinary() {
  const tried = ["build/Release/tsc-dns", "build/Debug/tsc-dns"].map((p) => runtimeFile(p));
  const found = tried.find((p) => existsSync2(p));
  if (!found)
    throw new RuntimeError("NATIVE_NOT_BUILT", `the tsc-dns executable is not built (tried ${tried.join(", ")})`, { hint: 'run "pnpm install" (it builds the native code with node-gyp)' });
  return found;
}
function pidFile(root) {
  return join2(root, "networks", "dns.pid");
}
function runningDnsPid(root) {
  let pid;
  try {
    pid = Number(readFileSync(pidFile(root), "utf8").trim());
  } catch {
    return void 0;
  }
  if (!Number.isInteger(pid) || pid <= 0)
    return void 0;
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    if (cmd.includes(MARKER) && cmd.includes(root))
      return pid;
  } catch {
  }
  return void 0;
}
async function syncDns(root, records, opts) {
  const file = join2(root, "networks", "dns.records");
  writeFileSync2(`${file}.tmp`, records);
  rmSync(file, { force: true });
  renameSync(`${file}.tmp`, file);
  const pid = runningDnsPid(root);
  if (pid !== void 0) {
    try {
      process.kill(pid, "SIGHUP");
      if (!opts.listen)
        await waitDnsExit(root);
      return;
    } catch {
    }
  }
  if (!opts.listen)
    return;
  const child = spawn(dnsBinary(), [MARKER, "--root", root], {
    detached: true,
    stdio: ["ignore", "pipe", "ignore"],
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin" }
  });
  writeFileSync2(pidFile(root), `${child.pid}
`);
  await new Promise((resolve2, reject) => {
    const timer = setTimeout(() => finish(new RuntimeError("NETWORK_DNS_START", "the DNS responder did not start within 5s")), 5e3);
    const finish = (err) => {
      clearTimeout(timer);
      child.stdout.destroy();
      child.unref();
      if (err)
        reject(err);
      else
        resolve2();
    };
    child.stdout.on("data", (d) => {
      if (d.toString().includes("ready"))
        finish();
    });
    child.on("exit", () => finish());
    child.on("error", (err) => finish(err));
  });
}
async function waitDnsExit(root, timeoutMs = 2e3) {
  const deadline = Date.now() + timeoutMs;
  for (let pid2 = runningDnsPid(root); pid2 !== void 0 && Date.now() < deadline; pid2 = runningDnsPid(root)) {
    await new Promise((r) => setTimeout(r, 10));
  }
  const pid = runningDnsPid(root);
  if (pid !== void 0) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
    }
  }
}

// packages/runtime/dist/network/dns/records.js
var NAME_RE = /^[a-z0-9_][a-z0-9_.-]*$/;
function renderDnsRecords(networks, upstreams) {
  const lines = upstreams.filter((u) => /^\d+\.\d+\.\d+\.\d+(:\d+)?$/.test(u)).map((u) => `upstream ${u}`);
  const ctrs = /* @__PURE__ */ new Map();
  const eps = [];
  for (const n of networks) {
    if (!n.dns)
      continue;
    lines.push(`net ${n.gateway}`);
    const net = n.name.toLowerCase();
    for (const e of Object.values(n.endpoints)) {
      if (!e.active)
        continue;
      const base = [e.containerName, e.containerId.slice(0, 12), ...e.aliases].map((x) => x.toLowerCase()).filter((x) => NAME_RE.test(x));
      const names = [...new Set(base.flatMap((x) => [x, `${x}.${net}`]))];
      const ptr = NAME_RE.test(`${e.containerName}.${net}`.toLowerCase()) ? `${e.containerName}.${net}`.toLowerCase() : e.containerId.slice(0, 12);
      eps.push(`ep ${n.gateway} ${e.containerId} ${e.active.ip} ${ptr} ${names.join(" ")}`);
      if (e.dns.length > 0)
        ctrs.set(e.containerId, e.dns);
    }
  }
  for (const [id, dns] of ctrs)
    lines.push(`ctr ${id} ${dns.filter((d) => /^\d+\.\d+\.\d+\.\d+(:\d+)?$/.test(d)).join(",") || "-"}`);
  return [...lines, ...eps].join("\n") + "\n";
}

// packages/runtime/dist/network/names.js
import { createHash } from "node:crypto";
import { resolve } from "node:path";
var DEFAULT_ROOT = "/var/lib/tsc-compose";
function bridgeName(networkId) {
  return `tsc-${networkId.slice(0, 11)}`;
}
function hostVethName(containerId, index) {
  return `tv${containerId.replace(/[^0-9a-zA-Z]/g, "").slice(0, 11)}${index.toString(16).padStart(2, "0")}`;
}
function rootTag(root) {
  return createHash("sha256").update(resolve(root)).digest("hex").slice(0, 8);
}
function nftTableName(root) {
  return resolve(root) === DEFAULT_ROOT ? "tsc_compose" : `tsc_compose_${rootTag(root)}`;
}
function linkAlias(root, kind, id) {
  return `tsc-compose ${rootTag(root)} ${kind} ${id} ${encodeURIComponent(resolve(root))}`;
}
function parseLinkAlias(alias) {
  const m = /^tsc-compose ([0-9a-f]{8}) (network|endpoint) (\S+)(?: (\S+))?$/.exec(alias ?? "");
  if (!m)
    return void 0;
  let root;
  try {
    root = m[4] ? decodeURIComponent(m[4]) : void 0;
  } catch {
    root = void 0;
  }
  return { tag: m[1], kind: m[2], id: m[3], root };
}
function tableComment(root) {
  return `tsc-compose root=${encodeURIComponent(resolve(root))}`;
}
function parseTableComment(comment) {
  const m = /^tsc-compose root=(\S+)$/.exec(comment ?? "");
  try {
    return m ? decodeURIComponent(m[1]) : void 0;
  } catch {
    return void 0;
  }
}

// packages/runtime/dist/network/nft.js
import { spawn as spawn2 } from "node:child_process";
import { existsSync as existsSync3 } from "node:fs";
var FORWARDING_MARKER = "/run/tsc-compose/forwarding-enabled";
var q = (s) => `"${s}"`;
function renderRuleset(table, networks, opts) {
  if (networks.length === 0)
    return void 0;
  const hostports = [];
  const post = [];
  const fwd = [];
  const leaving = [];
  const raw = [];
  for (const n of networks) {
    const br = q(n.bridge);
    if (!n.internal) {
      post.push(`ip saddr ${n.subnet} oifname != ${br} masquerade`);
      post.push(`oifname ${br} ct status dnat ip saddr 127.0.0.0/8 masquerade`);
      post.push(`oifname ${br} ct status dnat ip saddr ${n.subnet} masquerade`);
    }
    raw.push(`iifname ${br} ip daddr 127.0.0.0/8 drop`);
    fwd.push(`oifname ${br} ct state established,related accept`);
    fwd.push(`oifname ${br} iifname ${br} accept`);
    if (!n.internal)
      fwd.push(`oifname ${br} ct status dnat accept`);
    fwd.push(`oifname ${br} drop`);
    leaving.push(n.internal ? `iifname ${br} drop` : `iifname ${br} accept`);
    if (n.internal)
      continue;
    for (const ep of Object.values(n.endpoints)) {
      if (!ep.active?.gateway)
        continue;
      for (const p of ep.active.ports) {
        const daddr = p.hostIp && p.hostIp !== "0.0.0.0" ? `ip daddr ${p.hostIp} ` : "";
        hostports.push(`${daddr}${p.protocol} dport ${p.hostPort} dnat ip to ${ep.active.ip}:${p.containerPort}`);
      }
    }
  }
  fwd.push(...leaving);
  if (opts.guardForwarding)
    fwd.push(`iifname != "tsc-*" oifname != "tsc-*" drop`);
  const chain = (name, hook, rules) => `  chain ${name} {
    ${hook}
${rules.map((r) => `    ${r}
`).join("")}  }
`;
  return `table inet ${table} {
` + (opts.comment ? `  comment "${opts.comment.replace(/"/g, "")}"
` : "") + chain("raw", "type filter hook prerouting priority -300; policy accept;", raw) + chain("prerouting", "type nat hook prerouting priority -100; policy accept;", ["fib daddr type local jump hostports"]) + chain("output", "type nat hook output priority -100; policy accept;", ["fib daddr type local jump hostports"]) + chain("hostports", "", hostports) + chain("postrouting", "type nat hook postrouting priority 100; policy accept;", post) + chain("forward", "type filter hook forward priority 0; policy accept;", fwd) + `}
`;
}
function replaceScript(table, ruleset) {
  return `table inet ${table} {}
delete table inet ${table}
${ruleset ?? ""}`;
}
async function runNft(script) {
  await new Promise((resolve2, reject) => {
    let child;
    try {
      child = spawn2("nft", ["-f", "-"], { stdio: ["pipe", "ignore", "pipe"] });
    } catch (err) {
      reject(err);
      return;
    }
    let stderr = "";
    child.stderr.on("data", (d) => stderr += d.toString());
    child.on("error", (err) => reject(new RuntimeError("NETWORK_NFT_UNAVAILABLE", `cannot run nft: ${err.code ?? err.message}`, {
      hint: "install nftables (the nft command) to publish ports and masquerade container traffic",
      cause: err
    })));
    child.on("close", (code) => {
      if (code === 0)
        resolve2();
      else
        reject(new RuntimeError("NETWORK_NFT_FAILED", `nft -f - failed (exit ${code}): ${stderr.trim().split("\n").slice(0, 3).join(" | ")}`));
    });
    child.stdin.end(script);
  });
}
async function applyRuleset(table, networks, comment) {
  await runNft(replaceScript(table, renderRuleset(table, networks, { guardForwarding: existsSync3(FORWARDING_MARKER), comment })));
}
async function listTables(prefix) {
  const out = await new Promise((resolve2) => {
    const child = spawn2("nft", ["list", "ruleset"], { stdio: ["ignore", "pipe", "ignore"] });
    let s = "";
    child.stdout.on("data", (d) => s += d.toString());
    child.on("error", () => resolve2(""));
    child.on("close", () => resolve2(s));
  });
  const tables = [];
  for (const m of out.matchAll(/^table inet (\S+) \{\n(?:\s*comment "([^"]*)")?/gm)) {
    if (m[1].startsWith(prefix))
      tables.push({ name: m[1], comment: m[2] });
  }
  return tables;
}

// packages/runtime/dist/network/store.js
import { closeSync as closeSync4, mkdirSync, openSync as openSync4, readFileSync as readFileSync2, readdirSync, renameSync as renameSync2, rmSync as rmSync2, writeFileSync as writeFileSync3 } from "node:fs";
import { join as join3 } from "node:path";
var NetworkStore = class {
  root;
  dir;
  netnsDir;
  constructor(root) {
    this.root = root;
    this.dir = join3(root, "networks");
    this.netnsDir = join3(root, "netns");
  }
  ensureDirs() {
    mkdirSync(this.dir, { recursive: true, mode: 448 });
    mkdirSync(this.netnsDir, { recursive: true, mode: 448 });
  }
  /**
   * Exclusive lock over all network state of this root. Uncontended, a synchronous
   * non-blocking flock takes it without a trip through the libuv pool; otherwise engineer
   * C's lockFile waits for it off the JS thread.
   */
  async lock() {
    const path = join3(this.dir, ".lock");
    let fd;
    try {
      fd = openSync4(path, "a", 384);
    } catch {
      this.ensureDirs();
      return lockFile(path, "ex");
    }
    if (!nativeFs().tryFlock(fd, "ex")) {
      closeSync4(fd);
      return lockFile(path, "ex");
    }
    let released = false;
    return {
      fd,
      release() {
        if (released)
          return;
        released = true;
        closeSync4(fd);
      }
    };
  }
  file(id) {
    return join3(this.dir, `${id}.json`);
  }
  netnsPath(containerId) {
    return join3(this.netnsDir, containerId);
  }
  list() {
    let names;
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    const finals = new Set(names.filter((n) => /^[0-9a-f]{64}\.json$/.test(n)));
    const out = /* @__PURE__ */ new Map();
    const read = (n) => {
      try {
        const rec = JSON.parse(readFileSync2(join3(this.dir, n), "utf8"));
        out.set(rec.id, rec);
      } catch {
      }
    };
    for (const n of finals)
      read(n);
    for (const n of names) {
      const m = /^([0-9a-f]{64}\.json)\.tmp-\d+$/.exec(n);
      if (m && !finals.has(m[1]) && !out.has(m[1].slice(0, 64)))
        read(n);
    }
    return [...out.values()].sort((a, b) => a.created.localeCompare(b.created));
  }
  /** By exact name, full id, or unique id prefix, like docker. */
  find(ref, all = this.list()) {
    const byName = all.find((n) => n.name === ref);
    if (byName)
      return byName;
    const byId = all.find((n) => n.id === ref);
    if (byId)
      return byId;
    if (!/^[0-9a-f]+$/.test(ref))
      return void 0;
    const prefixed = all.filter((n) => n.id.startsWith(ref));
    if (prefixed.length > 1) {
      throw new RuntimeError("NETWORK_AMBIGUOUS", `network id prefix "${ref}" matches ${prefixed.length} networks`, { exitCode: 1 });
    }
    return prefixed[0];
  }
  get(ref, all) {
    const n = this.find(ref, all);
    if (!n)
      throw new RuntimeError("NETWORK_NOT_FOUND", `network ${ref} not found`, { exitCode: 1 });
    return n;
  }
  /**
   * Replaces a network's file. Not by rename-over: on ext4 (auto_da_alloc) replacing an
   * existing file flushes the new one's data first, 1-3 ms per write here, which was most of
   * an endpoint attach. Instead: write a temp file, unlink the old one, rename the temp into
   * place. A reader (or a crash) in between finds only the complete temp file: list() takes
   * it when the final name is missing.
   */
  write(rec) {
    const path = this.file(rec.id);
    const tmp = `${path}.tmp-${process.pid}`;
    try {
      writeFileSync3(tmp, JSON.stringify(rec));
      rmSync2(path, { force: true });
      renameSync2(tmp, path);
    } catch (err) {
      throw fromSystemError(err, "write", path);
    }
  }
  remove(id) {
    rmSync2(this.file(id), { force: true });
    for (const n of readdirSync(this.dir))
      if (n.startsWith(`${id}.json.tmp-`))
        rmSync2(join3(this.dir, n), { force: true });
  }
};

// packages/runtime/dist/network/manager.js
var DEFAULT_NETWORK = "bridge";
var RESERVED = ["host", "none", "default"];
var NAME_RE2 = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
var NetworkCore = class {
  opts;
  store;
  nl;
  table;
  constructor(opts) {
    this.opts = opts;
    this.store = new NetworkStore(opts.root);
    this.nl = opts.netlink ?? netlink();
    this.table = nftTableName(opts.root);
  }
  /** Where names the embedded DNS does not know go: the option, else the host's resolvers. */
  upstreams() {
    if (this.opts.dnsUpstreams)
      return this.opts.dnsUpstreams;
    try {
      return parseResolvConf(readFileSync3("/etc/resolv.conf", "utf8")).nameservers;
    } catch {
      return [];
    }
  }
  /** Runs fn under the root's network lock. */
  async locked(fn) {
    const lock = await this.store.lock();
    try {
      return await fn();
    } finally {
      lock.release();
    }
  }
  list() {
    return this.store.list();
  }
  inspect(ref) {
    return this.store.get(ref);
  }
  /** Firewall and DNS follow the state: one nft transaction, one SIGHUP (or start/stop). */
  async syncServices(all = this.store.list(), opts = {}) {
    if (opts.nft !== false)
      await applyRuleset(this.table, all, tableComment(this.opts.root));
    if (opts.dns === false)
      return;
    await syncDns(this.opts.root, renderDnsRecords(all, this.upstreams()), { listen: all.some((n) => n.dns) });
  }
  /**
   * ifindex of a network's bridge; a bridge missing from the kernel (after a reboot, or
   * deleted by hand) is made again from the record, as dockerd does at start.
   */
  async bridgeIndex(bridge) {
    try {
      return Number(readFileSync3(`/sys/class/net/${bridge}/ifindex`, "utf8"));
    } catch {
    }
    const rec = this.store.list().find((n) => n.bridge === bridge);
    if (!rec)
      throw new RuntimeError("NETWORK_NOT_FOUND", `no network owns bridge ${bridge}`);
    await createBridge(this.nl, { name: rec.bridge, subnet: rec.subnet, gateway: rec.gateway, alias: linkAlias(this.opts.root, "network", rec.id) });
    if (!rec.internal)
      enableForwarding();
    await this.syncServices(this.store.list(), { dns: false });
    const again = await this.nl.linkIndex(bridge);
    if (again === void 0)
      throw new RuntimeError("NETWORK_BRIDGE_MISSING", `bridge ${bridge} could not be created`);
    return again;
  }
  async create(o) {
    if (o.driver && o.driver !== "bridge") {
      throw new RuntimeError("NETWORK_DRIVER", `network driver "${o.driver}" is not supported (only bridge)`, { exitCode: 1 });
    }
    if (!NAME_RE2.test(o.name)) {
      throw new RuntimeError("NETWORK_BAD_NAME", `invalid network name "${o.name}": only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`, { exitCode: 1 });
    }
    if (RESERVED.includes(o.name)) {
      throw new RuntimeError("NETWORK_RESERVED", `network name "${o.name}" is a predefined network mode and cannot be created`, { exitCode: 1 });
    }
    return this.locked(async () => {
      const all = this.store.list();
      const existing = all.find((n) => n.name === o.name);
      if (existing) {
        if (o.ifNotExists)
          return existing;
        throw new RuntimeError("NETWORK_EXISTS", `network with name ${o.name} already exists`, { exitCode: 1 });
      }
      return this.createLocked(o, all, o.name === DEFAULT_NETWORK);
    });
  }
  /** The default `bridge` network, created on first use like docker0 (no embedded DNS). */
  async ensureDefault(all) {
    return all.find((n) => n.name === DEFAULT_NETWORK) ?? await this.createLocked({ name: DEFAULT_NETWORK }, all, true);
  }
  async createLocked(o, all, isDefault) {
    const ipam = await this.chooseIpam(o, all, isDefault);
    const id = randomBytes2(32).toString("hex");
    const rec = {
      id,
      name: o.name,
      driver: "bridge",
      created: (/* @__PURE__ */ new Date()).toISOString(),
      internal: Boolean(o.internal),
      attachable: Boolean(o.attachable),
      labels: { ...o.labels ?? {} },
      options: { ...o.options ?? {} },
      subnet: ipam.subnet,
      gateway: ipam.gateway,
      ipRange: ipam.ipRange,
      userSubnet: Boolean(o.subnet),
      bridge: bridgeName(id),
      dns: !isDefault,
      endpoints: {}
    };
    this.store.write(rec);
    try {
      await createBridge(this.nl, { name: rec.bridge, subnet: rec.subnet, gateway: rec.gateway, alias: linkAlias(this.opts.root, "network", id) });
      if (!rec.internal)
        enableForwarding();
      await this.syncServices([...all, rec], { dns: rec.dns });
    } catch (err) {
      await deleteLinks(this.nl, [rec.bridge]).catch(() => void 0);
      this.store.remove(id);
      await this.syncServices(all, { dns: false }).catch(() => void 0);
      throw err;
    }
    return rec;
  }
  async chooseIpam(o, all, isDefault) {
    let subnet;
    if (o.subnet) {
      subnet = parseCidr(o.subnet);
      if (formatCidr(subnet) !== o.subnet) {
        throw new RuntimeError("NETWORK_BAD_SUBNET", `invalid subnet ${o.subnet}: it has host bits set (did you mean ${formatCidr(subnet)}?)`, { exitCode: 1 });
      }
      if (subnet.prefix > 30)
        throw new RuntimeError("NETWORK_BAD_SUBNET", `subnet ${o.subnet} is too small (at most /30)`, { exitCode: 1 });
      const clash = all.find((n) => overlaps(parseCidr(n.subnet), subnet));
      if (clash) {
        throw new RuntimeError("NETWORK_POOL_OVERLAP", `invalid pool request: Pool overlaps with other one on this address space (network ${clash.name}, ${clash.subnet})`, { exitCode: 1 });
      }
    } else {
      mkdirSync2("/run/tsc-compose", { recursive: true });
      const poolLock = await lockFile("/run/tsc-compose/pool.lock", "ex");
      try {
        const taken = [...all.map((n) => parseCidr(n.subnet)), ...await this.hostSubnets()];
        const preferred = isDefault ? parseCidr("172.17.0.0/16") : void 0;
        const picked = preferred && !taken.some((t) => overlaps(t, preferred)) ? preferred : pickSubnet(taken);
        if (!picked) {
          throw new RuntimeError("NETWORK_POOL_EXHAUSTED", "all predefined address pools have been fully subnetted", { exitCode: 1 });
        }
        subnet = picked;
      } finally {
        poolLock.release();
      }
    }
    let ipRange;
    if (o.ipRange) {
      ipRange = parseCidr(o.ipRange);
      if (!contains(subnet, ipRange.base) || ipRange.prefix < subnet.prefix) {
        throw new RuntimeError("NETWORK_BAD_RANGE", `ip-range ${o.ipRange} is not within subnet ${formatCidr(subnet)}`, { exitCode: 1 });
      }
    }
    let gateway = numToIp(subnet.base + 1);
    if (o.gateway) {
      const g = ipToNum(o.gateway);
      if (!contains(subnet, g) || g === subnet.base) {
        throw new RuntimeError("NETWORK_BAD_GATEWAY", `gateway ${o.gateway} is not a host address of subnet ${formatCidr(subnet)}`, { exitCode: 1 });
      }
      gateway = o.gateway;
    }
    return { subnet: formatCidr(subnet), gateway, ipRange: ipRange ? formatCidr(ipRange) : void 0 };
  }
  /** Subnets routed or addressed on the host (default routes excluded): pools must avoid them. */
  async hostSubnets() {
    const out = [];
    for (const r of await this.nl.listRoutes()) {
      if (r.destination.endsWith("/0") || r.table !== 254 && r.table !== 255)
        continue;
      out.push(parseCidr(r.destination));
    }
    for (const a of await this.nl.listAddresses())
      out.push(parseCidr(`${a.address}/${a.prefixLength}`));
    return out;
  }
  async remove(ref) {
    await this.locked(async () => {
      const all = this.store.list();
      const rec = this.store.get(ref, all);
      const active = Object.values(rec.endpoints).filter((e) => e.active);
      if (active.length > 0) {
        throw new RuntimeError("NETWORK_IN_USE", `error while removing network: network ${rec.name} id ${rec.id} has active endpoints (${active.map((e) => e.containerName).join(", ")})`, { exitCode: 1 });
      }
      await this.removeLocked(rec, all);
    });
  }
  async removeLocked(rec, all) {
    await deleteLinks(this.nl, [rec.bridge]);
    this.store.remove(rec.id);
    await this.syncServices(all.filter((n) => n.id !== rec.id));
  }
  /** Removes every network without active endpoints (never the default one); returns names. */
  async prune(filter = () => true) {
    return this.locked(async () => {
      let all = this.store.list();
      const victims = all.filter((n) => n.name !== DEFAULT_NETWORK && filter(n) && !Object.values(n.endpoints).some((e) => e.active));
      if (victims.length === 0)
        return [];
      await deleteLinks(this.nl, victims.map((v) => v.bridge));
      for (const v of victims)
        this.store.remove(v.id);
      all = all.filter((n) => !victims.includes(n));
      await this.syncServices(all);
      return victims.map((v) => v.name);
    });
  }
};
function enableForwarding() {
  const path = "/proc/sys/net/ipv4/ip_forward";
  if (readFileSync3(path, "utf8").trim() === "1")
    return;
  writeFileSync4(path, "1");
  mkdirSync2("/run/tsc-compose", { recursive: true });
  if (!existsSync4(FORWARDING_MARKER))
    writeFileSync4(FORWARDING_MARKER, `${(/* @__PURE__ */ new Date()).toISOString()}
`);
}

// packages/runtime/dist/network/ports.js
import { createServer } from "node:net";
import { createSocket } from "node:dgram";
function bad(spec, why) {
  return new RuntimeError("NETWORK_BAD_PORT", `invalid port specification "${spec}": ${why}`, { exitCode: 125 });
}
function range(spec, s) {
  const m = /^(\d+)(?:-(\d+))?$/.exec(s);
  if (!m)
    throw bad(spec, `"${s}" is not a port or a range`);
  const a = Number(m[1]);
  const b = m[2] === void 0 ? a : Number(m[2]);
  if (a < 1 || b > 65535 || b < a)
    throw bad(spec, `"${s}" is out of range 1-65535`);
  return [a, b];
}
function parsePortSpec(spec) {
  let rest = spec.trim();
  let protocol = "tcp";
  const slash = rest.lastIndexOf("/");
  if (slash !== -1) {
    const p = rest.slice(slash + 1).toLowerCase();
    if (p !== "tcp" && p !== "udp")
      throw bad(spec, `protocol "${p}" is not tcp or udp`);
    protocol = p;
    rest = rest.slice(0, slash);
  }
  let hostIp = "";
  const ip6 = /^\[([^\]]*)\]:(.*)$/.exec(rest);
  if (ip6)
    throw bad(spec, "IPv6 host addresses are not supported");
  const parts = rest.split(":");
  if (parts.length > 3)
    throw bad(spec, "too many colons");
  if (parts.length === 3) {
    hostIp = parts.shift();
    if (hostIp !== "" && !isIpv4(hostIp))
      throw bad(spec, `"${hostIp}" is not an IPv4 address`);
  }
  const [c0, c1] = range(spec, parts[parts.length - 1]);
  const hostPart = parts.length === 2 ? parts[0] : "";
  const n = c1 - c0 + 1;
  if (hostPart === "") {
    return Array.from({ length: n }, (_, i) => ({ protocol, containerPort: c0 + i, hostPort: 0, hostIp }));
  }
  const [h0, h1] = range(spec, hostPart);
  if (h1 - h0 + 1 !== n) {
    if (n === 1)
      return [{ protocol, containerPort: c0, hostPort: h0, hostPortEnd: h1, hostIp }];
    throw bad(spec, "host and container port ranges differ in size");
  }
  return Array.from({ length: n }, (_, i) => ({ protocol, containerPort: c0 + i, hostPort: h0 + i, hostIp }));
}
function fromPortBindings(b) {
  const out = [];
  for (const [key, list] of Object.entries(b)) {
    const [port, proto = "tcp"] = key.split("/");
    for (const x of list) {
      const hp = x.HostPort || "";
      const spec = `${x.HostIp ? `${x.HostIp}:` : ""}${hp ? `${hp}:` : x.HostIp ? ":" : ""}${port}/${proto}`;
      out.push(...parsePortSpec(spec));
    }
  }
  return out;
}
function tryBind(protocol, hostIp, port) {
  const host = hostIp || "0.0.0.0";
  return new Promise((resolve2, reject) => {
    if (protocol === "udp") {
      const s = createSocket("udp4");
      s.once("error", (err) => {
        s.close();
        reject(err);
      });
      s.bind({ address: host, port, exclusive: true }, () => {
        const p = s.address().port;
        s.close(() => resolve2(p));
      });
      return;
    }
    const srv = createServer();
    srv.once("error", reject);
    srv.listen({ host, port, exclusive: true }, () => {
      const addr = srv.address();
      const p = typeof addr === "object" && addr ? addr.port : port;
      srv.close(() => resolve2(p));
    });
  });
}
async function resolvePorts(requests, published) {
  const out = [];
  const clash = (m) => [...published, ...out].some((p) => p.protocol === m.protocol && p.hostPort === m.hostPort && (p.hostIp === "" || m.hostIp === "" || p.hostIp === m.hostIp));
  for (const r of requests) {
    const hostRange = r.hostPortEnd !== void 0 ? [r.hostPort, r.hostPortEnd] : void 0;
    const candidates2 = hostRange ? Array.from({ length: hostRange[1] - hostRange[0] + 1 }, (_, i) => hostRange[0] + i) : [r.hostPort];
    let chosen;
    let lastErr;
    for (const port of candidates2) {
      const m = { protocol: r.protocol, hostPort: port, hostIp: r.hostIp };
      if (port !== 0 && clash(m)) {
        lastErr = new Error("published by another container");
        continue;
      }
      try {
        chosen = await tryBind(r.protocol, r.hostIp, port);
        if (port === 0 && clash({ ...m, hostPort: chosen })) {
          chosen = void 0;
          continue;
        }
        break;
      } catch (err) {
        lastErr = err;
      }
    }
    if (chosen === void 0) {
      const where = `${r.hostIp || "0.0.0.0"}:${hostRange ? `${hostRange[0]}-${hostRange[1]}` : r.hostPort}/${r.protocol}`;
      const code = lastErr?.code;
      const why = code === "EADDRINUSE" ? "address already in use" : code === "EADDRNOTAVAIL" ? "address not available on this host" : lastErr?.message ?? "unavailable";
      throw new RuntimeError("NETWORK_PORT_IN_USE", `cannot publish port ${where}: ${why}`, { exitCode: 125 });
    }
    out.push({ protocol: r.protocol, containerPort: r.containerPort, hostPort: chosen, hostIp: r.hostIp });
  }
  return out;
}
function formatPortMappings(mappings, filter) {
  const sorted = [...mappings].sort((a, b) => a.containerPort - b.containerPort || a.protocol.localeCompare(b.protocol) || a.hostPort - b.hostPort);
  if (filter) {
    const [port, proto = "tcp"] = filter.split("/");
    return sorted.filter((m) => String(m.containerPort) === port && m.protocol === proto).map((m) => `${m.hostIp || "0.0.0.0"}:${m.hostPort}`);
  }
  return sorted.map((m) => `${m.containerPort}/${m.protocol} -> ${m.hostIp || "0.0.0.0"}:${m.hostPort}`);
}

// packages/runtime/dist/network/endpoints.js
function withEndpoint(n, cid, ep, lastAllocated) {
  const endpoints = { ...n.endpoints };
  if (ep)
    endpoints[cid] = ep;
  else
    delete endpoints[cid];
  return { ...n, endpoints, lastAllocated: lastAllocated ?? n.lastAllocated };
}
function allocateIp(n, req, containerName) {
  const subnet = parseCidr(n.subnet);
  const used = /* @__PURE__ */ new Set([ipToNum(n.gateway)]);
  for (const e of Object.values(n.endpoints))
    if (e.active)
      used.add(ipToNum(e.active.ip));
  if (req.ipv4Address) {
    const ip2 = ipToNum(req.ipv4Address);
    if (!contains(subnet, ip2)) {
      throw new RuntimeError("NETWORK_BAD_ADDRESS", `address ${req.ipv4Address} for ${containerName} is not in network ${n.name}'s subnet ${n.subnet}`, { exitCode: 125 });
    }
    if (used.has(ip2)) {
      throw new RuntimeError("NETWORK_ADDRESS_IN_USE", `address ${req.ipv4Address} is already in use on network ${n.name}`, { exitCode: 125 });
    }
    return req.ipv4Address;
  }
  const range2 = n.ipRange ? parseCidr(n.ipRange) : subnet;
  const last2 = n.lastAllocated ? ipToNum(n.lastAllocated) : void 0;
  const ip = nextFree(subnet, range2, used, last2);
  if (ip === void 0)
    throw new RuntimeError("NETWORK_EXHAUSTED", `no free address left in network ${n.name} (${n.ipRange ?? n.subnet})`, { exitCode: 125 });
  return numToIp(ip);
}
function freeIndex(used) {
  let i = 0;
  while (used.has(i))
    i++;
  used.add(i);
  return i;
}
function resolveContainerRef(root, ref) {
  if (existsSync5(`${root}/netns/${ref}`))
    return ref;
  let ids;
  try {
    ids = readdirSync2(`${root}/containers`);
  } catch {
    return void 0;
  }
  for (const id of ids) {
    if (id.startsWith(ref))
      return id;
    try {
      const name = JSON.parse(readFileSync4(`${root}/containers/${id}/config.json`, "utf8")).Name;
      if (name === ref || name === `/${ref}`)
        return id;
    } catch {
    }
  }
  return void 0;
}
var Endpoints = class {
  core;
  constructor(core) {
    this.core = core;
  }
  hostResolv() {
    try {
      return parseResolvConf(readFileSync4("/etc/resolv.conf", "utf8"));
    } catch {
      return { nameservers: [], search: [], options: [] };
    }
  }
  /**
   * Everything a starting container needs: its netns file with one endpoint per network
   * (eth0 in spec order, then networks it was `connect`ed to), published ports, DNS names,
   * and its /etc/hosts and /etc/resolv.conf. Nothing half-made on failure.
   */
  async attach(spec) {
    const { store } = this.core;
    return this.core.locked(async () => {
      let all = store.list();
      const reqs = [...spec.networks];
      for (const n of all) {
        const e = n.endpoints[spec.id];
        if (e?.explicit && !reqs.some((r) => r.network === n.name || r.network === n.id)) {
          reqs.push({ network: n.id, aliases: e.aliases, ipv4Address: e.ipv4Address, macAddress: e.macAddress });
        }
      }
      const nets = [];
      for (const r of reqs) {
        if (r.network === DEFAULT_NETWORK && !all.some((n) => n.name === DEFAULT_NETWORK)) {
          const def = await this.core.ensureDefault(all);
          all = [...all, def];
        }
        nets.push(store.get(r.network, all));
      }
      const netnsPath = store.netnsPath(spec.id);
      if (existsSync5(netnsPath) || all.some((n) => n.endpoints[spec.id]?.active)) {
        await this.detachLocked(spec.id, all, { keepExplicit: true, syncServices: false });
        all = store.list();
      }
      const gatewayIdx = nets.findIndex((n) => !n.internal);
      const published = all.flatMap((n) => Object.values(n.endpoints).flatMap((e) => e.active?.ports ?? []));
      const ports = gatewayIdx >= 0 && spec.ports?.length ? await resolvePorts(spec.ports, published) : [];
      const used = /* @__PURE__ */ new Set();
      const eps = [];
      const updated = /* @__PURE__ */ new Map();
      nets.forEach((n0, i) => {
        const n = updated.get(n0.id) ?? all.find((x) => x.id === n0.id);
        const r = reqs[i];
        const ip = allocateIp(n, r, spec.name);
        if (r.macAddress && !isMac(r.macAddress))
          throw new RuntimeError("NETWORK_BAD_MAC", `invalid MAC address "${r.macAddress}"`, { exitCode: 125 });
        const index = freeIndex(used);
        const active = {
          ip,
          mac: r.macAddress ?? macForIp(ip),
          ifname: `eth${index}`,
          hostVeth: hostVethName(spec.id, index),
          ports: i === gatewayIdx ? ports : [],
          gateway: i === gatewayIdx
        };
        const prev = n.endpoints[spec.id];
        const ep = {
          containerId: spec.id,
          containerName: spec.name,
          aliases: [.../* @__PURE__ */ new Set([...r.aliases ?? [], ...prev?.explicit ? prev.aliases : []])],
          ipv4Address: r.ipv4Address,
          macAddress: r.macAddress,
          ports: i === gatewayIdx ? spec.ports ?? [] : [],
          dns: [...spec.dns ?? []],
          explicit: prev?.explicit ?? false,
          active
        };
        updated.set(n.id, withEndpoint(n, spec.id, ep, r.ipv4Address ? void 0 : ip));
        eps.push({
          index,
          ifname: active.ifname,
          hostVeth: active.hostVeth,
          bridge: n.bridge,
          ip,
          subnet: n.subnet,
          mac: active.mac,
          defaultGateway: i === gatewayIdx ? n.gateway : void 0,
          alias: linkAlias(this.core.opts.root, "endpoint", spec.id)
        });
      });
      for (const n of updated.values())
        store.write(n);
      try {
        await attachEndpoints(this.core.nl, netnsPath, eps, { loopback: true, createNetns: true, bridgeIndex: (b) => this.core.bridgeIndex(b) });
        if (ports.length > 0 || nets.some((n) => n.dns))
          await this.core.syncServices(store.list(), { nft: ports.length > 0, dns: nets.some((n) => n.dns) });
      } catch (err) {
        await deleteLinks(this.core.nl, eps.map((e) => e.hostVeth)).catch(() => void 0);
        await this.core.nl.deleteNetns(netnsPath).catch(() => void 0);
        for (const n of updated.values())
          store.write(withEndpoint(n, spec.id, void 0));
        if (ports.length > 0)
          await this.core.syncServices(store.list(), { dns: false }).catch(() => void 0);
        throw err;
      }
      const first = eps[0];
      const dnsNet = nets.find((n) => n.dns);
      const host = this.hostResolv();
      const upstreams = spec.dns?.length ? spec.dns : this.core.upstreams();
      return {
        netnsPath,
        hosts: hostsFile({ hostname: spec.hostname, domainname: spec.domainname, ip: first?.ip, extraHosts: spec.extraHosts }),
        resolvConf: dnsNet ? resolvConfInternal({ nameserver: dnsNet.gateway, host, upstreams: [...upstreams], dnsSearch: spec.dnsSearch, dnsOptions: spec.dnsOptions }) : resolvConfLegacy(host, spec.dns, spec.dnsSearch, spec.dnsOptions),
        hostname: spec.hostname
      };
    });
  }
  /** Stop: endpoints go (addresses released), the netns file goes; `connect`ed networks are remembered. */
  async detach(containerId, opts = {}) {
    await this.core.locked(async () => {
      await this.detachLocked(containerId, this.core.store.list(), { keepExplicit: !opts.forget, syncServices: true });
    });
  }
  async detachLocked(cid, all, o) {
    const touched = all.filter((n) => n.endpoints[cid]);
    const netnsPath = this.core.store.netnsPath(cid);
    if (existsSync5(netnsPath))
      await this.core.nl.deleteNetns(netnsPath);
    if (touched.length === 0)
      return;
    const hadPorts = touched.some((n) => (n.endpoints[cid].active?.ports.length ?? 0) > 0);
    for (const n of touched) {
      const e = n.endpoints[cid];
      this.core.store.write(withEndpoint(n, cid, o.keepExplicit && e.explicit ? { ...e, active: void 0 } : void 0));
    }
    if (o.syncServices && (hadPorts || touched.some((n) => n.dns))) {
      await this.core.syncServices(this.core.store.list(), { nft: hadPorts, dns: touched.some((n) => n.dns) });
    }
  }
  /**
   * `network connect`: remembered for the container's next start, and attached now when it
   * runs (its netns file exists): a new eth<n>, no change to its default route.
   */
  async connect(ref, c, req = {}) {
    const { store } = this.core;
    await this.core.locked(async () => {
      const all = store.list();
      const n = store.get(ref, all);
      if (n.endpoints[c.id])
        throw new RuntimeError("NETWORK_ALREADY_CONNECTED", `endpoint with name ${c.name} already exists in network ${n.name}`, { exitCode: 1 });
      const netnsPath = store.netnsPath(c.id);
      const running = existsSync5(netnsPath);
      const base = {
        containerId: c.id,
        containerName: c.name,
        aliases: [...req.aliases ?? []],
        ipv4Address: req.ipv4Address,
        macAddress: req.macAddress,
        ports: [],
        dns: [],
        explicit: true
      };
      if (!running) {
        store.write(withEndpoint(n, c.id, base));
        return;
      }
      const used = /* @__PURE__ */ new Set();
      for (const x of all) {
        const a = x.endpoints[c.id]?.active;
        if (a)
          used.add(Number(a.ifname.slice(3)));
      }
      const ip = allocateIp(n, req, c.name);
      const index = freeIndex(used);
      const active = { ip, mac: req.macAddress ?? macForIp(ip), ifname: `eth${index}`, hostVeth: hostVethName(c.id, index), ports: [], gateway: false };
      const hasDefault = all.some((x) => x.endpoints[c.id]?.active?.gateway);
      const rec = withEndpoint(n, c.id, { ...base, active: { ...active, gateway: !hasDefault && !n.internal } }, req.ipv4Address ? void 0 : ip);
      store.write(rec);
      try {
        await attachEndpoints(this.core.nl, netnsPath, [{
          index,
          ifname: active.ifname,
          hostVeth: active.hostVeth,
          bridge: n.bridge,
          ip,
          subnet: n.subnet,
          mac: active.mac,
          defaultGateway: !hasDefault && !n.internal ? n.gateway : void 0,
          alias: linkAlias(this.core.opts.root, "endpoint", c.id)
        }], { loopback: false, bridgeIndex: (b) => this.core.bridgeIndex(b) });
        if (n.dns)
          await this.core.syncServices(store.list(), { nft: false });
      } catch (err) {
        await deleteLinks(this.core.nl, [active.hostVeth]).catch(() => void 0);
        store.write(n);
        throw err;
      }
    });
  }
  async disconnect(ref, containerId, opts = {}) {
    const { store } = this.core;
    await this.core.locked(async () => {
      const all = store.list();
      const n = store.get(ref, all);
      const e = n.endpoints[containerId];
      if (!e) {
        if (opts.force)
          return;
        throw new RuntimeError("NETWORK_NOT_CONNECTED", `container ${containerId.slice(0, 12)} is not connected to network ${n.name}`, { exitCode: 1 });
      }
      if (e.active)
        await deleteLinks(this.core.nl, [e.active.hostVeth]);
      store.write(withEndpoint(n, containerId, void 0));
      if (e.active && (n.dns || e.active.ports.length > 0))
        await this.core.syncServices(store.list(), { nft: e.active.ports.length > 0, dns: n.dns });
    });
  }
  /** Published ports of a container (what `port` prints). */
  portMappings(containerId) {
    return this.core.store.list().flatMap((n) => n.endpoints[containerId]?.active?.ports ?? []);
  }
};

// packages/runtime/dist/network/reclaim.js
import { existsSync as existsSync6, readFileSync as readFileSync5, readdirSync as readdirSync3 } from "node:fs";
import { join as join4 } from "node:path";
async function reclaimLeftovers(core, o = {}) {
  const root = core.opts.root;
  const exists = o.exists ?? ((id) => existsSync6(`${root}/containers/${id}`));
  const isAlive = o.isAlive ?? ((id) => exists(id) && existsSync6(core.store.netnsPath(id)));
  return core.locked(async () => {
    const report = { links: [], netns: [], endpoints: [] };
    for (const n of core.store.list()) {
      let changed = false;
      const endpoints = { ...n.endpoints };
      for (const [cid, e] of Object.entries(n.endpoints)) {
        if (!exists(cid)) {
          delete endpoints[cid];
          changed = true;
          report.endpoints.push(`${n.name}/${e.containerName}`);
        } else if (e.active && !isAlive(cid)) {
          if (e.explicit)
            endpoints[cid] = { ...e, active: void 0 };
          else
            delete endpoints[cid];
          changed = true;
          report.endpoints.push(`${n.name}/${e.containerName}`);
        }
      }
      if (changed)
        core.store.write({ ...n, endpoints });
    }
    const all = core.store.list();
    const liveEndpoints = new Set(all.flatMap((n) => Object.values(n.endpoints).filter((e) => e.active).map((e) => e.containerId)));
    let files = [];
    try {
      files = readdirSync3(core.store.netnsDir);
    } catch {
    }
    for (const f of files) {
      if (liveEndpoints.has(f) || isAlive(f))
        continue;
      await core.nl.deleteNetns(`${core.store.netnsDir}/${f}`);
      report.netns.push(f);
    }
    const tag = rootTag(root);
    const bridges = new Set(all.map((n) => n.bridge));
    const veths = new Set(all.flatMap((n) => Object.values(n.endpoints).map((e) => e.active?.hostVeth).filter(Boolean)));
    const stale = [];
    for (const l of await core.nl.listLinks()) {
      const a = parseLinkAlias(l.alias);
      if (!a || a.tag !== tag)
        continue;
      if (a.kind === "network" ? !bridges.has(l.name) : !veths.has(l.name))
        stale.push(l.name);
    }
    await deleteLinks(core.nl, stale);
    report.links.push(...stale);
    await core.syncServices(all);
    report.links.push(...await reclaimOrphans(core.nl));
    return report;
  });
}
var rootGone = (root) => root !== void 0 && root.startsWith("/") && !existsSync6(join4(root, "networks"));
async function reclaimOrphans(nl) {
  const gone = [];
  for (const l of await nl.listLinks()) {
    if (rootGone(parseLinkAlias(l.alias)?.root))
      gone.push(l.name);
  }
  await deleteLinks(nl, gone);
  const tables = (await listTables("tsc_compose")).filter((t) => rootGone(parseTableComment(t.comment)));
  if (tables.length > 0)
    await runNft(tables.map((t) => `delete table inet ${t.name}
`).join(""));
  for (const pid of readdirSync3("/proc")) {
    if (!/^\d+$/.test(pid))
      continue;
    try {
      const argv = readFileSync5(`/proc/${pid}/cmdline`, "utf8").split("\0");
      const i = argv.indexOf("tsc-compose-dns");
      if (i !== -1 && argv[i + 1] === "--root" && rootGone(argv[i + 2]))
        process.kill(Number(pid), "SIGKILL");
    } catch {
    }
  }
  return gone;
}

// packages/runtime/dist/network/networks.js
var Networks = class {
  opts;
  core;
  endpoints;
  constructor(opts) {
    this.opts = opts;
    this.core = new NetworkCore(opts);
    this.endpoints = new Endpoints(this.core);
  }
  get root() {
    return this.opts.root;
  }
  /** nftables table of this root (`inet`). */
  get nftTable() {
    return this.core.table;
  }
  list() {
    return this.core.list();
  }
  inspect(ref) {
    return this.core.inspect(ref);
  }
  find(ref) {
    return this.core.store.find(ref);
  }
  create(o) {
    return this.core.create(o);
  }
  remove(ref) {
    return this.core.remove(ref);
  }
  prune(filter) {
    return this.core.prune(filter);
  }
  /** Every network of the root, the default `bridge` included: teardown of a (test) root. */
  async removeAll() {
    await this.core.prune();
    if (this.find("bridge"))
      await this.remove("bridge");
  }
  /** Creates the netns, endpoints, ports and DNS names of a starting container. */
  attach(spec) {
    return this.endpoints.attach(spec);
  }
  /** Releases a stopped container's endpoints; `forget` also drops `connect`ed networks (rm). */
  detach(containerId, opts = {}) {
    return this.endpoints.detach(containerId, opts);
  }
  connect(network, container, req) {
    return this.endpoints.connect(network, container, req);
  }
  disconnect(network, containerId, opts) {
    return this.endpoints.disconnect(network, containerId, opts);
  }
  portMappings(containerId) {
    return this.endpoints.portMappings(containerId);
  }
  /**
   * docker inspect's NetworkSettings of a container (Networks, Ports, and the first
   * network's address fields), from the live endpoints; empty maps when it is not running.
   */
  networkSettings(containerId) {
    const networks = {};
    const ports = {};
    let first;
    for (const n of this.list()) {
      const e = n.endpoints[containerId];
      if (!e)
        continue;
      const a = e.active;
      const prefix = Number(n.subnet.split("/")[1]);
      const s = {
        IPAMConfig: e.ipv4Address ? { IPv4Address: e.ipv4Address } : null,
        Links: null,
        Aliases: [...e.aliases],
        MacAddress: a?.mac ?? "",
        DriverOpts: null,
        NetworkID: n.id,
        EndpointID: a ? createHash2("sha256").update(`${n.id}/${containerId}`).digest("hex") : "",
        Gateway: a ? n.gateway : "",
        IPAddress: a?.ip ?? "",
        IPPrefixLen: a ? prefix : 0,
        IPv6Gateway: "",
        GlobalIPv6Address: "",
        GlobalIPv6PrefixLen: 0,
        DNSNames: n.dns && a ? [e.containerName, containerId.slice(0, 12), ...e.aliases] : null
      };
      networks[n.name] = s;
      if (a && (a.ifname === "eth0" || !first))
        first = s;
      for (const p of a?.ports ?? []) {
        const key = `${p.containerPort}/${p.protocol}`;
        (ports[key] ??= []).push({ HostIp: p.hostIp || "0.0.0.0", HostPort: String(p.hostPort) });
      }
    }
    return {
      SandboxKey: existsSync7(this.netnsPath(containerId)) ? this.netnsPath(containerId) : "",
      Ports: ports,
      Gateway: first?.Gateway ?? "",
      IPAddress: first?.IPAddress ?? "",
      IPPrefixLen: first?.IPPrefixLen ?? 0,
      MacAddress: first?.MacAddress ?? "",
      Networks: networks
    };
  }
  /** Path of a container's netns file (exists while it runs). */
  netnsPath(containerId) {
    return this.core.store.netnsPath(containerId);
  }
  reclaimLeftovers(o) {
    return reclaimLeftovers(this.core, o);
  }
  // ---- NetworkAttacher (the container manager's hook) ----
  async prepare(rec) {
    const mode = rec.HostConfig.NetworkMode || "bridge";
    if (mode.startsWith("container:")) {
      const ref = mode.slice("container:".length);
      const id = resolveContainerRef(this.root, ref);
      if (!id)
        throw new RuntimeError("NETWORK_CONTAINER_NOT_FOUND", `network mode ${mode}: no running container ${ref} to share a network namespace with`, { exitCode: 125 });
      return { netnsPath: this.netnsPath(id) };
    }
    const a = await this.attach(containerSpec(rec));
    return { netnsPath: a.netnsPath, hosts: a.hosts, resolvConf: a.resolvConf, hostname: a.hostname };
  }
  async release(rec) {
    if (rec.HostConfig.NetworkMode.startsWith("container:"))
      return;
    await this.detach(rec.Id);
  }
};
function containerSpec(rec) {
  const h = rec.HostConfig;
  const name = rec.Name.replace(/^\//, "");
  const mode = h.NetworkMode || "bridge";
  return {
    id: rec.Id,
    name,
    hostname: rec.Config.Hostname,
    domainname: rec.Config.Domainname || void 0,
    networks: [{
      network: mode === "default" ? "bridge" : mode,
      // docker: aliases only on user-defined networks
      aliases: mode === "bridge" ? [] : rec.NetworkAliases,
      ipv4Address: rec.NetworkIp
    }],
    ports: [...fromPortBindings(h.PortBindings ?? {}), ...publishAll(rec)],
    dns: h.Dns,
    dnsSearch: h.DnsSearch,
    dnsOptions: h.DnsOptions,
    extraHosts: h.ExtraHosts
  };
}
function publishAll(rec) {
  if (!rec.HostConfig.PublishAllPorts)
    return [];
  const bound = new Set(Object.keys(rec.HostConfig.PortBindings ?? {}));
  return Object.keys(rec.Config.ExposedPorts ?? {}).filter((k) => !bound.has(k) && !bound.has(`${k}/tcp`)).map((k) => {
    const [port, proto = "tcp"] = k.split("/");
    return { protocol: proto === "udp" ? "udp" : "tcp", containerPort: Number(port), hostPort: 0, hostIp: "" };
  });
}

export {
  TscError,
  RuntimeError,
  KernelError,
  isTscError,
  isKernelError,
  fromSystemError,
  runtimeFile,
  supervisorPath,
  loadBinding,
  S_IFCHR,
  S_IFBLK,
  S_IFIFO,
  MNT_DETACH,
  OVERLAYFS_SUPER_MAGIC,
  TMPFS_MAGIC,
  toKernelError,
  createNativeFs,
  nativeFs,
  lockFile,
  hostsFile,
  parseResolvConf,
  resolvConfInternal,
  resolvConfLegacy,
  Netlink,
  netlink,
  DEFAULT_NETWORK,
  parsePortSpec,
  formatPortMappings,
  Networks,
  containerSpec
};
