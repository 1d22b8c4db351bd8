import { readFileSync } from 'node:fs'
import { RuntimeError } from '../errors.js'

/** Linux capability numbers (linux/capability.h), through CAP_CHECKPOINT_RESTORE (5.9). */
export const CAPABILITIES: readonly string[] = [
  'CAP_CHOWN', // 0
  'CAP_DAC_OVERRIDE',
  'CAP_DAC_READ_SEARCH',
  'CAP_FOWNER',
  'CAP_FSETID',
  'CAP_KILL', // 5
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SETPCAP',
  'CAP_LINUX_IMMUTABLE',
  'CAP_NET_BIND_SERVICE', // 10
  'CAP_NET_BROADCAST',
  'CAP_NET_ADMIN',
  'CAP_NET_RAW',
  'CAP_IPC_LOCK',
  'CAP_IPC_OWNER', // 15
  'CAP_SYS_MODULE',
  'CAP_SYS_RAWIO',
  'CAP_SYS_CHROOT',
  'CAP_SYS_PTRACE',
  'CAP_SYS_PACCT', // 20
  'CAP_SYS_ADMIN',
  'CAP_SYS_BOOT',
  'CAP_SYS_NICE',
  'CAP_SYS_RESOURCE',
  'CAP_SYS_TIME', // 25
  'CAP_SYS_TTY_CONFIG',
  'CAP_MKNOD',
  'CAP_LEASE',
  'CAP_AUDIT_WRITE',
  'CAP_AUDIT_CONTROL', // 30
  'CAP_SETFCAP',
  'CAP_MAC_OVERRIDE',
  'CAP_MAC_ADMIN',
  'CAP_SYSLOG',
  'CAP_WAKE_ALARM', // 35
  'CAP_BLOCK_SUSPEND',
  'CAP_AUDIT_READ',
  'CAP_PERFMON',
  'CAP_BPF',
  'CAP_CHECKPOINT_RESTORE', // 40
]

export const CAP_LAST = CAPABILITIES.length - 1

const NUMBER = new Map(CAPABILITIES.map((c, i) => [c, i]))

/** Docker's default set (moby daemon/pkg/oci/caps/defaults.go), in its order. */
export const DEFAULT_CAPABILITIES: readonly string[] = [
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_FSETID',
  'CAP_FOWNER',
  'CAP_MKNOD',
  'CAP_NET_RAW',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SETFCAP',
  'CAP_SETPCAP',
  'CAP_NET_BIND_SERVICE',
  'CAP_SYS_CHROOT',
  'CAP_KILL',
  'CAP_AUDIT_WRITE',
]

export const INVALID_CAPABILITY = 'INVALID_CAPABILITY'

export function capNumber(name: string): number {
  const n = NUMBER.get(name)
  if (n === undefined) throw new RuntimeError(INVALID_CAPABILITY, `unknown capability "${name}"`, { exitCode: 125 })
  return n
}

export function capName(n: number): string {
  const name = CAPABILITIES[n]
  if (!name) throw new RuntimeError(INVALID_CAPABILITY, `unknown capability number ${n}`)
  return name
}

/** `net_admin`, `CAP_NET_ADMIN`, `Net_Admin` → `CAP_NET_ADMIN`; `all` → `ALL` (docker NormalizeLegacyCapabilities). */
export function normalizeCapability(raw: string, flag = '--cap-add'): string {
  const up = raw.trim().toUpperCase()
  if (up === 'ALL') return 'ALL'
  const name = up.startsWith('CAP_') ? up : `CAP_${up}`
  if (!NUMBER.has(name)) {
    throw new RuntimeError(INVALID_CAPABILITY, `unknown capability "${raw}" in ${flag}`, {
      exitCode: 125,
      hint: 'capability names are like NET_ADMIN or CAP_NET_ADMIN (see capabilities(7)), or ALL',
    })
  }
  return name
}

export function capMask(names: Iterable<string>): bigint {
  let m = 0n
  for (const n of names) m |= 1n << BigInt(capNumber(n))
  return m
}

export function capNamesOf(mask: bigint): string[] {
  const out: string[] = []
  for (let i = 0; i < CAPABILITIES.length; i++) if (mask & (1n << BigInt(i))) out.push(CAPABILITIES[i]!)
  return out
}

/** The spec's cap.* keys are hex masks, like /proc/<pid>/status CapEff. */
export function capMaskHex(mask: bigint): string {
  return mask.toString(16).padStart(16, '0')
}

export interface CapabilityOptions {
  readonly capAdd?: readonly string[]
  readonly capDrop?: readonly string[]
  readonly privileged?: boolean
  /** Container user uid: non-root ends with empty effective/permitted sets, as after execve under docker. */
  readonly uid?: number
  /** Highest capability the kernel knows (/proc/sys/kernel/cap_last_cap); privileged gets 0..lastCap. */
  readonly lastCap?: number
  /**
   * Capabilities this process can hand out (its bounding set, see ownCapabilities): privileged
   * and `--cap-add ALL` get those of "all" that it has. In a container or VM that withholds one
   * (CAP_SYS_RESOURCE here), asking the kernel for every capability fails the start with EPERM;
   * docker and podman limit "all" to the bounding set the same way. Capabilities named one by
   * one are not filtered: a missing one still fails, naming itself.
   */
  readonly available?: bigint
}

export interface ResolvedCapabilities {
  /** Capability names in the bounding set, in the order docker computes them. */
  readonly names: readonly string[]
  readonly bounding: bigint
  readonly effective: bigint
  readonly permitted: bigint
  /** Docker leaves inheritable and ambient empty (since the 2022 inheritable fix). */
  readonly inheritable: bigint
  readonly ambient: bigint
}

/**
 * docker's TweakCapabilities: privileged → every capability the kernel has; `ALL` in
 * --cap-add → all but the dropped; `ALL` in --cap-drop → only the added; otherwise the
 * defaults minus drops plus adds. Names are case-insensitive, with or without `CAP_`.
 */
export function resolveCapabilities(opts: CapabilityOptions = {}): ResolvedCapabilities {
  const last = Math.min(opts.lastCap ?? CAP_LAST, CAP_LAST)
  const available = opts.available
  const all = CAPABILITIES.slice(0, last + 1).filter((_, i) => available === undefined || (available & (1n << BigInt(i))) !== 0n)
  const adds = (opts.capAdd ?? []).map((c) => normalizeCapability(c, '--cap-add'))
  const drops = (opts.capDrop ?? []).map((c) => normalizeCapability(c, '--cap-drop'))
  let names: string[]
  if (opts.privileged) names = [...all]
  else if (adds.includes('ALL')) names = all.filter((c) => !drops.includes(c))
  else if (drops.includes('ALL')) names = adds.filter((c) => c !== 'ALL')
  else names = [...DEFAULT_CAPABILITIES.filter((c) => !drops.includes(c)), ...adds]
  names = [...new Set(names)]
  const bounding = capMask(names)
  const root = (opts.uid ?? 0) === 0
  return {
    names,
    bounding,
    effective: root ? bounding : 0n,
    permitted: root ? bounding : 0n,
    inheritable: 0n,
    ambient: 0n,
  }
}

/** This process' bounding set (CapBnd in /proc/self/status); undefined where unreadable. */
export function ownCapabilities(statusText?: string): bigint | undefined {
  let text = statusText
  if (text === undefined) {
    try {
      text = readFileSync('/proc/self/status', 'utf8')
    } catch {
      return undefined
    }
  }
  const m = /^CapBnd:\s*([0-9a-f]+)$/m.exec(text)
  return m ? BigInt(`0x${m[1]}`) : undefined
}
