/**
 * Crash cleanup for `network prune` / `system prune`: after a SIGKILLed CLI or a crashed
 * supervisor, every interface, netns file, nft rule and DNS entry of this root that no live
 * container owns goes. Interfaces are found by the IFLA_IFALIAS we put on each (it names
 * the root), so other roots' and other software's links are never touched.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { deleteLinks } from './bridge-driver.js'
import type { NetworkCore } from './manager.js'
import { parseLinkAlias, parseTableComment, rootTag } from './names.js'
import { listTables, runNft } from './nft.js'
import { killProxy, listProxies, reclaimProxies } from './proxy.js'
import type { NetworkRecord } from './types.js'

export interface ReclaimReport {
  readonly links: string[]
  readonly netns: string[]
  readonly endpoints: string[]
  /** Containers whose userland proxy was killed (no running container owned it). */
  readonly proxies: string[]
}

export interface ReclaimOptions {
  /** Whether a container still runs (default: its state dir exists and its netns file too). */
  readonly isAlive?: (containerId: string) => boolean
  /** Whether a container still exists at all (default: `<root>/containers/<id>` exists). */
  readonly exists?: (containerId: string) => boolean
}

export async function reclaimLeftovers(core: NetworkCore, o: ReclaimOptions = {}): Promise<ReclaimReport> {
  const root = core.opts.root
  const exists = o.exists ?? ((id: string) => existsSync(`${root}/containers/${id}`))
  const isAlive = o.isAlive ?? ((id: string) => exists(id) && existsSync(core.store.netnsPath(id)))
  return core.locked(async () => {
    core.reprobe()
    const report = { links: [] as string[], netns: [] as string[], endpoints: [] as string[], proxies: [] as string[] }
    // 1. Endpoints whose container is gone or not running: release them.
    for (const n of core.store.list()) {
      let changed = false
      const endpoints = { ...n.endpoints }
      for (const [cid, e] of Object.entries(n.endpoints)) {
        if (!exists(cid)) {
          delete endpoints[cid]
          changed = true
          report.endpoints.push(`${n.name}/${e.containerName}`)
        } else if (e.active && !isAlive(cid)) {
          if (e.explicit) endpoints[cid] = { ...e, active: undefined }
          else delete endpoints[cid]
          changed = true
          report.endpoints.push(`${n.name}/${e.containerName}`)
        }
      }
      if (changed) core.store.write({ ...n, endpoints } as NetworkRecord)
    }
    const all = core.store.list()
    const liveEndpoints = new Set(all.flatMap((n) => Object.values(n.endpoints).filter((e) => e.active).map((e) => e.containerId)))
    // 1b. Userland proxies of containers that no longer publish anything.
    const publishing = new Set(all.flatMap((n) => Object.values(n.endpoints).filter((e) => (e.active?.ports.length ?? 0) > 0).map((e) => e.containerId)))
    report.proxies.push(...(await reclaimProxies(root, publishing)))
    // 2. netns files nobody uses.
    let files: string[] = []
    try {
      files = readdirSync(core.store.netnsDir)
    } catch {
      // none
    }
    for (const f of files) {
      if (liveEndpoints.has(f) || isAlive(f)) continue
      await core.nl.deleteNetns(`${core.store.netnsDir}/${f}`)
      report.netns.push(f)
    }
    // 3. Links of this root that no record owns.
    const tag = rootTag(root)
    const bridges = new Set(all.map((n) => n.bridge))
    const veths = new Set(all.flatMap((n) => Object.values(n.endpoints).map((e) => e.active?.hostVeth).filter(Boolean)))
    const stale: string[] = []
    for (const l of await core.nl.listLinks()) {
      const a = parseLinkAlias(l.alias)
      if (!a || a.tag !== tag) continue
      if (a.kind === 'network' ? !bridges.has(l.name) : !veths.has(l.name)) stale.push(l.name)
    }
    await deleteLinks(core.nl, stale)
    report.links.push(...stale)
    // 4. Firewall and DNS follow the state that is left.
    await core.syncServices(all)
    // 5. Objects of roots that no longer exist (a test's temp root removed after a crash).
    report.links.push(...(await reclaimOrphans(core.nl)))
    return report
  })
}

const rootGone = (root: string | undefined): boolean => root !== undefined && root.startsWith('/') && !existsSync(join(root, 'networks'))

/**
 * Links, nft tables, DNS responders and userland proxies whose owning root has no `networks/` directory any
 * more: nobody can ever clean them through a root, so any root's prune does. Objects
 * without a root path in their alias/comment are left alone.
 */
export async function reclaimOrphans(nl: NetworkCore['nl']): Promise<string[]> {
  const gone: string[] = []
  for (const l of await nl.listLinks()) {
    if (rootGone(parseLinkAlias(l.alias)?.root)) gone.push(l.name)
  }
  await deleteLinks(nl, gone)
  const tables = (await listTables('tsc_compose')).filter((t) => rootGone(parseTableComment(t.comment)))
  if (tables.length > 0) await runNft(tables.map((t) => `delete table inet ${t.name}\n`).join(''))
  for (const p of listProxies()) if (rootGone(p.root)) await killProxy(p.pid)
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
      const i = argv.indexOf('tsc-compose-dns')
      if (i !== -1 && argv[i + 1] === '--root' && rootGone(argv[i + 2])) process.kill(Number(pid), 'SIGKILL')
    } catch {
      // exited meanwhile
    }
  }
  return gone
}
