/**
 * How a state root publishes ports: nftables DNAT in our own table (the default), or the
 * userland proxy (native/proxy/tsc-proxy.c) where nftables is not usable. Usability is probed
 * once per state root (one `nft -f -` transaction that adds and deletes a throwaway table
 * with the nat and filter chains we need) and kept in `<root>/networks/firewall.json`, so a
 * host without nft, or whose kernel refuses the nat hooks, pays for the probe once.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { isTscError } from '../errors.js'
import { runNft } from './nft.js'

/** `TSC_COMPOSE_USERLAND_PROXY=1` publishes ports with the userland proxy even where nft works. */
export const USERLAND_PROXY_ENV = 'TSC_COMPOSE_USERLAND_PROXY'

export interface FirewallMode {
  /** Our nft table can be applied (masquerade, isolation, and DNAT unless `proxy`). */
  readonly nft: boolean
  /** Published ports go through one tsc-proxy process per container instead of DNAT. */
  readonly proxy: boolean
  /** Why nft is not used (the probe's error), for `network inspect` and debugging. */
  readonly reason?: string
}

interface Probed {
  readonly nft: boolean
  readonly reason?: string
  readonly checked: string
}

/** The probe: every kind of chain and statement our table uses, gone again in the same transaction. */
export function probeScript(name: string): string {
  return (
    `table inet ${name} {\n` +
    `  chain p { type nat hook prerouting priority -100; policy accept; fib daddr type local tcp dport 1 dnat ip to 127.0.0.1:1; }\n` +
    `  chain o { type nat hook postrouting priority 100; policy accept; oifname "lo" ct status dnat masquerade; }\n` +
    `  chain f { type filter hook forward priority 0; policy accept; ct state established,related accept; }\n` +
    `}\n` +
    `delete table inet ${name}\n`
  )
}

/** Whether nft works here: the probe's outcome (nft missing, or the kernel refusing it, means no). */
export async function probeNft(run: (script: string) => Promise<void> = runNft): Promise<{ nft: boolean; reason?: string }> {
  try {
    await run(probeScript(`tsc_probe_${process.pid}`))
    return { nft: true }
  } catch (err) {
    if (isTscError(err, 'NETWORK_NFT_UNAVAILABLE') || isTscError(err, 'NETWORK_NFT_FAILED')) return { nft: false, reason: (err as Error).message }
    throw err
  }
}

export function parseUserlandSwitch(value: string | undefined): boolean {
  return value !== undefined && ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase())
}

/**
 * Forgets a failed probe (nft may have been installed since): `network prune` calls it, and
 * the next firewall change probes again. A working nft is never re-probed.
 */
export function forgetFailedProbe(root: string): boolean {
  const file = join(root, 'networks', 'firewall.json')
  try {
    if ((JSON.parse(readFileSync(file, 'utf8')) as Probed).nft !== false) return false
  } catch {
    return false
  }
  rmSync(file, { force: true })
  return true
}

/**
 * The mode of a root: the stored probe result (probing and storing it on first use), with
 * the proxy forced on by `forceProxy`. Called under the network lock.
 */
export async function firewallMode(root: string, forceProxy: boolean, run?: (script: string) => Promise<void>): Promise<FirewallMode> {
  const file = join(root, 'networks', 'firewall.json')
  let probed: Probed | undefined
  try {
    probed = JSON.parse(readFileSync(file, 'utf8')) as Probed
  } catch {
    // first use of this root (or a torn file): probe
  }
  if (!probed || typeof probed.nft !== 'boolean') {
    probed = { ...(await probeNft(run)), checked: new Date().toISOString() }
    mkdirSync(join(root, 'networks'), { recursive: true, mode: 0o700 })
    writeFileSync(file, `${JSON.stringify(probed)}\n`)
  }
  return { nft: probed.nft, proxy: forceProxy || !probed.nft, ...(probed.reason ? { reason: probed.reason } : {}) }
}
