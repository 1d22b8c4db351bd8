/**
 * Coexistence with other firewalls. nftables runs every base chain of a hook: an accept in
 * our table does not save a packet that another table drops. When docker (iptables-nft) has
 * set `ip filter FORWARD` to policy DROP, or firewalld ends its forward chain with a reject,
 * our forwarded traffic dies there; with br_netfilter loaded
 * (net.bridge.bridge-nf-call-iptables=1) so does traffic between two containers of one
 * bridge. So for every such foreign forward chain we insert, at its top, an accept for each
 * of our bridges (in docker's `DOCKER-USER` chain when the table has one: the place docker
 * keeps for user rules), tagged with a comment naming our root, and remove them with our
 * networks. Our own table still does the filtering (isolation, internal networks): a
 * foreign accept only lets the packet reach it.
 */
import { runCaptured } from '../native/spawn.js'

export interface NftChain {
  readonly family: string
  readonly table: string
  readonly name: string
  readonly type?: string
  readonly hook?: string
  readonly policy?: string
}

export interface NftRule {
  readonly family: string
  readonly table: string
  readonly chain: string
  readonly handle: number
  readonly comment?: string
  /** Unconditional drop/reject: the rule is one verdict with no match before it. */
  readonly dropsAll: boolean
  /** The chain an unconditional jump goes to (docker's `-j DOCKER-USER`). */
  readonly jumps?: string
}

/** Tables that are ours (every root's, and the mode probe's): never touched here. */
const OWN_TABLE = /^tsc_(compose|probe)/
const FAMILIES = new Set(['ip', 'inet'])
/** nft takes table and chain names unquoted: chains with other names are left alone. */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_.\/-]*$/

interface JsonOut {
  nftables?: Array<{ chain?: Record<string, unknown>; rule?: Record<string, unknown> }>
}

export function parseChains(json: string): NftChain[] {
  const out: NftChain[] = []
  for (const o of (JSON.parse(json || '{}') as JsonOut).nftables ?? []) {
    const c = o.chain
    if (!c) continue
    out.push({
      family: String(c.family),
      table: String(c.table),
      name: String(c.name),
      ...(c.type ? { type: String(c.type) } : {}),
      ...(c.hook ? { hook: String(c.hook) } : {}),
      ...(c.policy ? { policy: String(c.policy) } : {}),
    })
  }
  return out
}

export function parseRules(json: string): NftRule[] {
  const out: NftRule[] = []
  for (const o of (JSON.parse(json || '{}') as JsonOut).nftables ?? []) {
    const r = o.rule
    if (!r) continue
    const expr = (r.expr as Array<Record<string, unknown>> | undefined) ?? []
    const verdicts = expr.filter((e) => !('counter' in e))
    const dropsAll = verdicts.length === 1 && ('drop' in verdicts[0]! || 'reject' in verdicts[0]!)
    const jump = verdicts.length === 1 ? (verdicts[0]!.jump as { target?: string } | undefined)?.target : undefined
    out.push({
      family: String(r.family),
      table: String(r.table),
      chain: String(r.chain),
      handle: Number(r.handle),
      ...(r.comment ? { comment: String(r.comment) } : {}),
      dropsAll,
      ...(jump ? { jumps: jump } : {}),
    })
  }
  return out
}

/** Foreign forward base chains (and their tables' DOCKER-USER chains): where our rules may be. */
export function foreignChains(chains: readonly NftChain[]): NftChain[] {
  const named = chains.filter((c) => PLAIN_NAME.test(c.table) && PLAIN_NAME.test(c.name))
  const forward = named.filter((c) => FAMILIES.has(c.family) && !OWN_TABLE.test(c.table) && c.hook === 'forward' && (c.type ?? 'filter') === 'filter')
  const tables = new Set(forward.map((c) => `${c.family} ${c.table}`))
  const user = named.filter((c) => c.name === 'DOCKER-USER' && !c.hook && tables.has(`${c.family} ${c.table}`))
  return [...forward, ...user]
}

/**
 * The comment on our rules: the root's tag, the bridge, and the root's path when it fits
 * (nft keeps 128 bytes), so any root can remove the rules of a root that no longer exists.
 */
export function compatComment(tag: string, bridge: string, root?: string): string {
  const base = `tsc-compose ${tag} ${bridge}`
  const withRoot = root ? `${base} ${encodeURIComponent(root)}` : base
  return withRoot.length <= 127 ? withRoot : base
}

export function parseCompatComment(comment: string | undefined): { tag: string; bridge: string; root?: string } | undefined {
  const m = /^tsc-compose ([0-9a-f]{8}) (\S+)(?: (\S+))?$/.exec(comment ?? '')
  if (!m) return undefined
  let root: string | undefined
  try {
    root = m[3] ? decodeURIComponent(m[3]) : undefined
  } catch {
    root = undefined
  }
  return { tag: m[1]!, bridge: m[2]!, ...(root ? { root } : {}) }
}

const chainRef = (c: { family: string; table: string; name: string }): string => `${c.family} ${c.table} ${c.name}`

export interface CompatOwner {
  readonly tag: string
  readonly root: string
  readonly bridges: readonly string[]
  /** Whether another root is gone (its rules are then removed too). */
  readonly rootGone?: (root: string) => boolean
}

/**
 * The nft commands that make our accept rules match `bridges` (this root's) in every foreign
 * forward chain that would drop our traffic, and remove ours from everywhere else (and those
 * of roots that are gone). Pure: the chains and the rules they hold are inputs. '' when
 * nothing changes.
 */
export function compatScript(owner: CompatOwner, chains: readonly NftChain[], rules: readonly NftRule[]): string {
  const { tag, bridges } = owner
  const foreign = foreignChains(chains)
  const key = (c: { family: string; table: string }): string => `${c.family} ${c.table}`
  const rulesOf = (c: NftChain): NftRule[] => rules.filter((r) => r.family === c.family && r.table === c.table && r.chain === c.name)
  const targets = new Map<string, NftChain>()
  for (const c of foreign) {
    if (!c.hook) continue
    const own = rulesOf(c)
    const drops = c.policy === 'drop' || own.at(-1)?.dropsAll === true
    if (!drops) continue
    const user = foreign.find((u) => !u.hook && key(u) === key(c) && u.name === 'DOCKER-USER')
    // DOCKER-USER only helps when the chain jumps to it (docker keeps that jump first);
    // otherwise the chain itself gets the rules.
    const target = user && own.some((r) => r.jumps === 'DOCKER-USER') ? user : c
    targets.set(`${key(target)} ${target.name}`, target)
  }
  const lines: string[] = []
  const wanted = new Set(bridges)
  for (const c of foreign) {
    const isTarget = targets.has(`${key(c)} ${c.name}`)
    const have = new Map<string, number>()
    for (const r of rulesOf(c)) {
      const p = parseCompatComment(r.comment)
      if (!p) continue
      if (p.tag !== tag) {
        if (p.root && owner.rootGone?.(p.root)) lines.push(`delete rule ${chainRef(c)} handle ${r.handle}`)
        continue
      }
      if (isTarget && wanted.has(p.bridge)) have.set(p.bridge, (have.get(p.bridge) ?? 0) + 1)
      else lines.push(`delete rule ${chainRef(c)} handle ${r.handle}`)
    }
    if (!isTarget) continue
    for (const br of bridges) {
      if (have.get(br) === 2) continue
      // A half-present pair (someone deleted one) is replaced whole.
      for (const r of rulesOf(c)) {
        const p = parseCompatComment(r.comment)
        if (p?.tag === tag && p.bridge === br) lines.push(`delete rule ${chainRef(c)} handle ${r.handle}`)
      }
      const comment = JSON.stringify(compatComment(tag, br, owner.root))
      lines.push(`insert rule ${chainRef(c)} oifname ${JSON.stringify(br)} accept comment ${comment}`)
      lines.push(`insert rule ${chainRef(c)} iifname ${JSON.stringify(br)} accept comment ${comment}`)
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}

async function nftJson(args: string[]): Promise<string> {
  const r = await runCaptured('nft', ['-j', ...args]).catch(() => undefined)
  return r && r.code === 0 ? r.stdout : ''
}

/**
 * Reads the host's chains (one `nft -j list chains`; the tables of foreign forward chains
 * only when there are any) and returns compatScript for them.
 */
export async function compatUpdate(owner: CompatOwner): Promise<string> {
  const chains = parseChains(await nftJson(['list', 'chains']))
  const foreign = foreignChains(chains)
  if (foreign.length === 0) return ''
  const tables = [...new Set(foreign.map((c) => `${c.family}\0${c.table}`))]
  const rules: NftRule[] = []
  for (const t of tables) {
    const [family, table] = t.split('\0') as [string, string]
    rules.push(...parseRules(await nftJson(['-a', 'list', 'table', family, table])))
  }
  return compatScript(owner, chains, rules)
}
