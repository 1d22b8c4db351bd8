/**
 * Crash cleanup for `network prune` / `system prune`: after a SIGKILLed CLI or a crashed
 * supervisor, every interface, netns file, nft rule and DNS entry of this root that no live
 * container owns goes. Interfaces are found by the IFLA_IFALIAS we put on each (it names
 * the root), so other roots' and other software's links are never touched.
 */
import { existsSync, readdirSync } from 'node:fs'
import { deleteLinks } from './bridge-driver.js'
import type { NetworkCore } from './manager.js'
import { parseLinkAlias, rootTag } from './names.js'
import type { NetworkRecord } from './types.js'

export interface ReclaimReport {
  readonly links: string[]
  readonly netns: string[]
  readonly endpoints: string[]
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
    const report = { links: [] as string[], netns: [] as string[], endpoints: [] as string[] }
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
    return report
  })
}
