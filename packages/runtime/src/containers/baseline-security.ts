import { RuntimeError } from '../errors.js'
import type { ContainerRecord } from './config.js'
import type { SecurityPlan, SecurityPlanner } from './security-plan.js'

/**
 * Docker's baseline (RUNTIME-FACTS §2) for when src/security's planner is not wired in:
 * default caps with --cap-add/--cap-drop/--privileged, masked and read-only paths, default
 * sysctls, no-new-privileges. No seccomp filter: src/security compiles that.
 */
const CAPS = [
  'CHOWN', 'DAC_OVERRIDE', 'DAC_READ_SEARCH', 'FOWNER', 'FSETID', 'KILL', 'SETGID', 'SETUID', 'SETPCAP',
  'LINUX_IMMUTABLE', 'NET_BIND_SERVICE', 'NET_BROADCAST', 'NET_ADMIN', 'NET_RAW', 'IPC_LOCK', 'IPC_OWNER',
  'SYS_MODULE', 'SYS_RAWIO', 'SYS_CHROOT', 'SYS_PTRACE', 'SYS_PACCT', 'SYS_ADMIN', 'SYS_BOOT', 'SYS_NICE',
  'SYS_RESOURCE', 'SYS_TIME', 'SYS_TTY_CONFIG', 'MKNOD', 'LEASE', 'AUDIT_WRITE', 'AUDIT_CONTROL', 'SETFCAP',
  'MAC_OVERRIDE', 'MAC_ADMIN', 'SYSLOG', 'WAKE_ALARM', 'BLOCK_SUSPEND', 'AUDIT_READ', 'PERFMON', 'BPF',
  'CHECKPOINT_RESTORE',
]
const DEFAULT_CAPS = ['CHOWN', 'DAC_OVERRIDE', 'FSETID', 'FOWNER', 'MKNOD', 'NET_RAW', 'SETGID', 'SETUID', 'SETFCAP', 'SETPCAP', 'NET_BIND_SERVICE', 'SYS_CHROOT', 'KILL', 'AUDIT_WRITE']
export const MASKED_PATHS = ['/proc/acpi', '/proc/asound', '/proc/interrupts', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/sched_debug', '/proc/scsi', '/proc/timer_list', '/proc/timer_stats', '/sys/devices/virtual/powercap', '/sys/firmware']
export const READONLY_PATHS = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger']

function capIndex(name: string): number {
  const n = name.toUpperCase().replace(/^CAP_/, '')
  const i = CAPS.indexOf(n)
  if (i === -1) throw new RuntimeError('INVALID_CAPABILITY', `unknown capability: "${name}"`, { exitCode: 125 })
  return i
}

export function capabilityMask(rec: ContainerRecord): bigint {
  const h = rec.HostConfig
  if (h.Privileged) return (1n << BigInt(CAPS.length)) - 1n
  let set = new Set(DEFAULT_CAPS.map(capIndex))
  const all = (l: readonly string[]) => l.some((c) => c.toUpperCase() === 'ALL')
  if (all(h.CapAdd)) set = new Set(CAPS.map((_, i) => i))
  else for (const c of h.CapAdd) set.add(capIndex(c))
  if (all(h.CapDrop)) set = new Set(all(h.CapAdd) ? [] : h.CapAdd.map(capIndex))
  else for (const c of h.CapDrop) set.delete(capIndex(c))
  let m = 0n
  for (const i of set) m |= 1n << BigInt(i)
  return m
}

export class BaselineSecurity implements SecurityPlanner {
  plan(rec: ContainerRecord, opts: { privateNetns: boolean }): SecurityPlan {
    const h = rec.HostConfig
    const caps = capabilityMask(rec)
    // A non-root user keeps the bounding set but ends with no effective caps (no ambient).
    const nonRoot = rec.Process.uid !== 0
    return {
      caps: { bounding: caps, effective: nonRoot ? 0n : caps, permitted: nonRoot ? 0n : caps, inheritable: 0n, ambient: 0n },
      noNewPrivileges: h.SecurityOpt.some((o) => /^no-new-privileges(?:[:=]true)?$/.test(o)),
      maskedPaths: h.Privileged ? [] : MASKED_PATHS,
      readonlyPaths: h.Privileged ? [] : READONLY_PATHS,
      sysctls: {
        ...(opts.privateNetns ? { 'net.ipv4.ip_unprivileged_port_start': '0', 'net.ipv4.ping_group_range': '0 2147483647' } : {}),
        ...h.Sysctls,
      },
    }
  }
}
