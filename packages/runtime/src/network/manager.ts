/**
 * Networks of a state root: create/list/inspect/remove/prune, and container endpoints
 * (attach at start, detach at stop, connect/disconnect). Every change runs under the root's
 * network lock: read state, decide, write state (before touching the kernel, so a crash
 * leaves a record that names what to clean), apply kernel changes, then firewall and DNS.
 */
import { randomBytes } from 'node:crypto'
import { join, resolve } from 'node:path'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { KernelError, RuntimeError } from '../errors.js'
import { lockFile, type FileLock } from '../native/fs.js'
import { supervisorPath } from '../native/load.js'
import { netlink as defaultNetlink, type Netlink } from '../native/netlink.js'
import { spawnDetached } from '../native/spawn.js'
import { createBridge, deleteLinks } from './bridge-driver.js'
import { syncDns } from './dns/control.js'
import { renderDnsRecords } from './dns/records.js'
import { parseResolvConf } from './etc-files.js'
import { contains, formatCidr, ipToNum, numToIp, overlaps, parseCidr, pickSubnet, type Cidr } from './ipv4.js'
import { firewallMode, forgetFailedProbe, parseUserlandSwitch, USERLAND_PROXY_ENV, type FirewallMode } from './firewall-mode.js'
import { bridgeName, builtinNetworkId, linkAlias, nftTableName, rootTag, tableComment } from './names.js'
import { FORWARDING_MARKER, applyRuleset, runNft } from './nft.js'
import { compatUpdate, type CompatOwner } from './nft-compat.js'
import { NetworkStore } from './store.js'
import type { CreateNetworkOptions, NetworkRecord } from './types.js'

export const DEFAULT_NETWORK = 'bridge'
/** Names docker reserves: they are network modes, not networks. */
const RESERVED = ['host', 'none', 'default']
const NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/

export interface NetworkManagerOptions {
  readonly root: string
  readonly netlink?: Netlink
  /**
   * Upstream resolvers (`ip` or `ip:port`) for names the embedded DNS does not know;
   * default: the host's /etc/resolv.conf. Tests point this at a stub on loopback.
   */
  readonly dnsUpstreams?: readonly string[]
  /**
   * Publish ports with the userland proxy (tsc-proxy) even where nftables works; default:
   * the TSC_COMPOSE_USERLAND_PROXY environment variable. Where nftables is not usable the
   * proxy is used anyway.
   */
  readonly userlandProxy?: boolean
  /**
   * Removing a network returns before its bridge is gone: a detached helper
   * (`tsc-supervisor link-delete`) deletes it holding this store's lock, so every later
   * network operation still waits for it. A bridge's deletion is ~40 ms of kernel RCU waits
   * in the deleting task; a CLI that is about to exit (`down`) need not sit through them.
   * Off by default: a long-lived caller sees remove() resolve with the bridge gone.
   */
  readonly handOffBridgeDeletion?: boolean
}

export class NetworkCore {
  readonly store: NetworkStore
  readonly nl: Netlink
  readonly table: string
  private modeOnce?: Promise<FirewallMode>

  constructor(readonly opts: NetworkManagerOptions) {
    this.store = new NetworkStore(opts.root)
    this.nl = opts.netlink ?? defaultNetlink()
    this.table = nftTableName(opts.root)
  }

  /** Probes nft again on the next firewall change if it was not usable (see forgetFailedProbe). */
  reprobe(): void {
    if (forgetFailedProbe(this.opts.root)) this.modeOnce = undefined
  }

  /** nft or userland proxy for this root (probed once per root, see firewall-mode.ts). */
  mode(): Promise<FirewallMode> {
    const force = this.opts.userlandProxy ?? parseUserlandSwitch(process.env[USERLAND_PROXY_ENV])
    // The probe result lives in networks/: make the whole layout (the lock makes it only
    // when networks/ is missing).
    if (!this.modeOnce) this.store.ensureDirs()
    this.modeOnce ??= firewallMode(this.opts.root, force).catch((err: unknown) => {
      this.modeOnce = undefined
      throw err
    })
    return this.modeOnce
  }

  /** Where names the embedded DNS does not know go: the option, else the host's resolvers. */
  upstreams(): readonly string[] {
    if (this.opts.dnsUpstreams) return this.opts.dnsUpstreams
    try {
      return parseResolvConf(readFileSync('/etc/resolv.conf', 'utf8')).nameservers
    } catch {
      return []
    }
  }

  /** Runs fn under the root's network lock. */
  async locked<T>(fn: (lock: FileLock) => Promise<T>): Promise<T> {
    const lock = await this.store.lock()
    try {
      return await fn(lock)
    } finally {
      lock.release()
    }
  }

  list(): NetworkRecord[] {
    return this.store.list()
  }

  inspect(ref: string): NetworkRecord {
    return this.store.get(ref)
  }

  /**
   * Firewall and DNS follow the state: one nft transaction, one SIGHUP (or start/stop).
   * `compat` (default on; off when only ports changed) also updates our accept rules in
   * other firewalls' forward chains, which depend on the set of bridges only.
   */
  async syncServices(all: NetworkRecord[] = this.store.list(), opts: { dns?: boolean; nft?: boolean; compat?: boolean } = {}): Promise<void> {
    if (opts.nft !== false) {
      const mode = await this.mode()
      if (mode.nft) {
        // Reading the other firewalls' chains (one nft process) overlaps our table's
        // transaction: they are independent, and create/rm then pay for one nft run, not two.
        const owner = this.compatOwner(all)
        const compat = opts.compat !== false ? compatUpdate(owner).catch(() => '') : undefined
        await applyRuleset(this.table, all, tableComment(this.opts.root), { dnat: !mode.proxy })
        if (compat) await this.applyCompat(await compat, owner)
      }
    }
    if (opts.dns === false) return
    await syncDns(this.opts.root, renderDnsRecords(all, this.upstreams()), { listen: all.some((n) => n.dns) })
  }

  private compatOwner(all: NetworkRecord[]): CompatOwner {
    return {
      tag: rootTag(this.opts.root),
      root: resolve(this.opts.root),
      bridges: all.map((n) => n.bridge),
      rootGone: (root: string) => root.startsWith('/') && !existsSync(join(root, 'networks')),
    }
  }

  /** Accept rules for our bridges in foreign forward chains that would drop them (nft-compat.ts). */
  private async applyCompat(script: string, owner: CompatOwner): Promise<void> {
    if (!script) return
    try {
      await runNft(script)
    } catch {
      // Another program changed those chains between our read and our write (a rule handle
      // gone): read again, once.
      const again = await compatUpdate(owner)
      if (again) await runNft(again)
    }
  }

  /**
   * ifindex of a network's bridge; a bridge missing from the kernel (after a reboot, or
   * deleted by hand) is made again from the record, as dockerd does at start.
   */
  async bridgeIndex(bridge: string): Promise<number> {
    // sysfs shows the reading thread's netns: Node's main thread is in the host's. A file
    // read here saves a netlink round trip through the libuv pool on every attach.
    try {
      return Number(readFileSync(`/sys/class/net/${bridge}/ifindex`, 'utf8'))
    } catch {
      // missing: made again below
    }
    const rec = this.store.list().find((n) => n.bridge === bridge)
    if (!rec) throw new RuntimeError('NETWORK_NOT_FOUND', `no network owns bridge ${bridge}`)
    await createBridge(this.nl, { name: rec.bridge, subnet: rec.subnet, gateway: rec.gateway, alias: linkAlias(this.opts.root, 'network', rec.id), routeLocalnet: (await this.mode()).nft })
    if (!rec.internal) enableForwarding()
    await this.syncServices(this.store.list(), { dns: false })
    const again = await this.nl.linkIndex(bridge)
    if (again === undefined) throw new RuntimeError('NETWORK_BRIDGE_MISSING', `bridge ${bridge} could not be created`)
    return again
  }

  async create(o: CreateNetworkOptions): Promise<NetworkRecord> {
    if (o.driver && o.driver !== 'bridge') {
      throw new RuntimeError('NETWORK_DRIVER', `network driver "${o.driver}" is not supported (only bridge)`, { exitCode: 1 })
    }
    if (!NAME_RE.test(o.name)) {
      throw new RuntimeError('NETWORK_BAD_NAME', `invalid network name "${o.name}": only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`, { exitCode: 1 })
    }
    if (RESERVED.includes(o.name)) {
      throw new RuntimeError('NETWORK_RESERVED', `network name "${o.name}" is a predefined network mode and cannot be created`, { exitCode: 1 })
    }
    return this.locked(async () => {
      const all = this.store.list()
      const existing = all.find((n) => n.name === o.name)
      if (existing) {
        if (o.ifNotExists) return existing
        throw new RuntimeError('NETWORK_EXISTS', `network with name ${o.name} already exists`, { exitCode: 1 })
      }
      return this.createLocked(o, all, o.name === DEFAULT_NETWORK)
    })
  }

  /** The default `bridge` network, created on first use like docker0 (no embedded DNS). */
  async ensureDefault(all: NetworkRecord[]): Promise<NetworkRecord> {
    return all.find((n) => n.name === DEFAULT_NETWORK) ?? (await this.createLocked({ name: DEFAULT_NETWORK }, all, true))
  }

  private async createLocked(o: CreateNetworkOptions, all: NetworkRecord[], isDefault: boolean): Promise<NetworkRecord> {
    const ipam = await this.chooseIpam(o, all, isDefault)
    // The default network's id is derived from the root (network ls shows it before it exists).
    const id = isDefault ? builtinNetworkId(this.opts.root, DEFAULT_NETWORK) : randomBytes(32).toString('hex')
    const rec: NetworkRecord = {
      id,
      name: o.name,
      driver: 'bridge',
      created: new Date().toISOString(),
      internal: Boolean(o.internal),
      attachable: Boolean(o.attachable),
      labels: { ...(o.labels ?? {}) },
      options: { ...(o.options ?? {}) },
      subnet: ipam.subnet,
      gateway: ipam.gateway,
      ipRange: ipam.ipRange,
      userSubnet: Boolean(o.subnet),
      bridge: bridgeName(id),
      dns: !isDefault,
      endpoints: {},
    }
    this.store.write(rec)
    try {
      const spec = { name: rec.bridge, subnet: rec.subnet, gateway: rec.gateway, alias: linkAlias(this.opts.root, 'network', id), routeLocalnet: (await this.mode()).nft }
      try {
        await createBridge(this.nl, spec)
      } catch (err) {
        // The default network's bridge name is fixed per root: one left by a crash is ours.
        if (!(isDefault && err instanceof KernelError && err.errno === 'EEXIST')) throw err
        await deleteLinks(this.nl, [rec.bridge])
        await createBridge(this.nl, spec)
      }
      if (!rec.internal) enableForwarding()
      await this.syncServices([...all, rec], { dns: rec.dns })
    } catch (err) {
      await deleteLinks(this.nl, [rec.bridge]).catch(() => undefined)
      this.store.remove(id)
      await this.syncServices(all, { dns: false }).catch(() => undefined)
      throw err
    }
    return rec
  }

  private async chooseIpam(o: CreateNetworkOptions, all: NetworkRecord[], isDefault: boolean): Promise<{ subnet: string; gateway: string; ipRange?: string }> {
    let subnet: Cidr
    if (o.subnet) {
      subnet = parseCidr(o.subnet)
      if (formatCidr(subnet) !== o.subnet) {
        throw new RuntimeError('NETWORK_BAD_SUBNET', `invalid subnet ${o.subnet}: it has host bits set (did you mean ${formatCidr(subnet)}?)`, { exitCode: 1 })
      }
      if (subnet.prefix > 30) throw new RuntimeError('NETWORK_BAD_SUBNET', `subnet ${o.subnet} is too small (at most /30)`, { exitCode: 1 })
      const clash = all.find((n) => overlaps(parseCidr(n.subnet), subnet))
      if (clash) {
        throw new RuntimeError('NETWORK_POOL_OVERLAP', `invalid pool request: Pool overlaps with other one on this address space (network ${clash.name}, ${clash.subnet})`, { exitCode: 1 })
      }
    } else {
      // Host-wide lock: two state roots must not pick the same free pool at once.
      mkdirSync('/run/tsc-compose', { recursive: true })
      const poolLock = await lockFile('/run/tsc-compose/pool.lock', 'ex')
      try {
        const taken = [...all.map((n) => parseCidr(n.subnet)), ...(await this.hostSubnets())]
        const preferred = isDefault ? parseCidr('172.17.0.0/16') : undefined
        const picked = preferred && !taken.some((t) => overlaps(t, preferred)) ? preferred : pickSubnet(taken)
        if (!picked) {
          throw new RuntimeError('NETWORK_POOL_EXHAUSTED', 'all predefined address pools have been fully subnetted', { exitCode: 1 })
        }
        subnet = picked
      } finally {
        poolLock.release()
      }
    }
    let ipRange: Cidr | undefined
    if (o.ipRange) {
      ipRange = parseCidr(o.ipRange)
      if (!contains(subnet, ipRange.base) || ipRange.prefix < subnet.prefix) {
        throw new RuntimeError('NETWORK_BAD_RANGE', `ip-range ${o.ipRange} is not within subnet ${formatCidr(subnet)}`, { exitCode: 1 })
      }
    }
    let gateway = numToIp(subnet.base + 1)
    if (o.gateway) {
      const g = ipToNum(o.gateway)
      if (!contains(subnet, g) || g === subnet.base) {
        throw new RuntimeError('NETWORK_BAD_GATEWAY', `gateway ${o.gateway} is not a host address of subnet ${formatCidr(subnet)}`, { exitCode: 1 })
      }
      gateway = o.gateway
    }
    return { subnet: formatCidr(subnet), gateway, ipRange: ipRange ? formatCidr(ipRange) : undefined }
  }

  /** Subnets routed or addressed on the host (default routes excluded): pools must avoid them. */
  private async hostSubnets(): Promise<Cidr[]> {
    const out: Cidr[] = []
    for (const r of await this.nl.listRoutes()) {
      if (r.destination.endsWith('/0') || (r.table !== 254 && r.table !== 255)) continue
      out.push(parseCidr(r.destination))
    }
    for (const a of await this.nl.listAddresses()) out.push(parseCidr(`${a.address}/${a.prefixLength}`))
    return out
  }

  async remove(ref: string): Promise<void> {
    await this.locked(async (lock) => {
      const all = this.store.list()
      const rec = this.store.get(ref, all)
      const active = Object.values(rec.endpoints).filter((e) => e.active)
      if (active.length > 0) {
        throw new RuntimeError('NETWORK_IN_USE', `error while removing network: network ${rec.name} id ${rec.id} has active endpoints (${active.map((e) => e.containerName).join(', ')})`, { exitCode: 1 })
      }
      await this.removeLocked(rec, all, lock)
    })
  }

  /** `lock`: the store's lock this caller holds, which a handed-off deletion takes over. */
  async removeLocked(rec: NetworkRecord, all: NetworkRecord[], lock?: FileLock): Promise<void> {
    // The bridge's deletion (~40 ms of RCU waits in the kernel) and the firewall/DNS update
    // (nft processes, the responder's exit) are independent: run them together.
    this.store.remove(rec.id)
    const rest = all.filter((n) => n.id !== rec.id)
    const [deleted, synced] = await Promise.allSettled([this.deleteBridge(rec.bridge, lock), this.syncServices(rest)])
    if (deleted.status === 'rejected') {
      // The bridge is still there: so is the network, rules and names included.
      this.store.write(rec)
      await this.syncServices(all).catch(() => undefined)
      throw deleted.reason
    }
    if (synced.status === 'rejected') throw synced.reason
  }

  /**
   * Deletes a bridge, or (handOffBridgeDeletion, with the lock held) has a detached helper
   * delete it: the helper inherits the lock's open file on its fd 4, so the flock stays held
   * until it exits with the bridge gone, whatever this process does meanwhile. If the helper
   * cannot start, the deletion happens here. If it fails later, the bridge is left like a
   * crashed CLI's, tagged with this root: `network prune` / `system prune` reclaim it.
   */
  private async deleteBridge(name: string, lock: FileLock | undefined): Promise<void> {
    if (this.opts.handOffBridgeDeletion && lock) {
      try {
        const helper = await spawnDetached(supervisorPath(), ['link-delete', name], { env: {}, passFd: lock.fd })
        helper.report.destroy()
        return
      } catch {
        // no helper (binary missing, spawn refused): delete it ourselves
      }
    }
    await deleteLinks(this.nl, [name])
  }

  /** Removes every network without active endpoints (never the default one); returns names. */
  async prune(filter: (n: NetworkRecord) => boolean = () => true): Promise<string[]> {
    return this.locked(async () => {
      let all = this.store.list()
      const victims = all.filter((n) => n.name !== DEFAULT_NETWORK && filter(n) && !Object.values(n.endpoints).some((e) => e.active))
      if (victims.length === 0) return []
      await deleteLinks(this.nl, victims.map((v) => v.bridge))
      for (const v of victims) this.store.remove(v.id)
      all = all.filter((n) => !victims.includes(n))
      await this.syncServices(all)
      return victims.map((v) => v.name)
    })
  }
}

/** net.ipv4.ip_forward=1 like docker; remembers that we flipped it (nft then guards FORWARD). */
function enableForwarding(): void {
  const path = '/proc/sys/net/ipv4/ip_forward'
  if (readFileSync(path, 'utf8').trim() === '1') return
  writeFileSync(path, '1')
  mkdirSync('/run/tsc-compose', { recursive: true })
  if (!existsSync(FORWARDING_MARKER)) writeFileSync(FORWARDING_MARKER, `${new Date().toISOString()}\n`)
}
