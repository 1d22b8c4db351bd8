import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { execFileSync } from 'node:child_process'

/**
 * What the kernel holds that a test could leave behind. Take one snapshot before a suite and
 * compare after it: every difference is a cleanup bug.
 */
export interface KernelSnapshot {
  mounts: string[]
  links: string[]
  netns: string[]
  cgroups: string[]
  processes: string[]
  nftTables: string[]
}

function mounts(): string[] {
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split(' ')[4]!)
    .sort()
}

function links(): string[] {
  return readdirSync('/sys/class/net').sort()
}

function netns(): string[] {
  return existsSync('/run/netns') ? readdirSync('/run/netns').sort() : []
}

/** cgroup directories whose name mentions the prefix, in every mounted hierarchy. */
function cgroups(prefix: string): string[] {
  const out: string[] = []
  const walk = (dir: string, depth: number): void => {
    if (depth > 4) return
    let entries: import('node:fs').Dirent[]
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries) {
      if (!e.isDirectory()) continue
      const p = `${dir}/${e.name}`
      if (e.name.includes(prefix)) out.push(p)
      else walk(p, depth + 1)
    }
  }
  walk('/sys/fs/cgroup', 0)
  return out.sort()
}

/** Processes whose command line mentions the marker (supervisors carry the state root in argv). */
function processes(marker: string): string[] {
  const out: string[] = []
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')
      if (cmd.includes(marker)) out.push(`${pid} ${cmd.trim()}`)
    } catch {
      // exited meanwhile
    }
  }
  return out
}

function nftTables(): string[] {
  try {
    return execFileSync('nft', ['list', 'tables'], { encoding: 'utf8' }).split('\n').filter(Boolean).sort()
  } catch {
    return []
  }
}

export function snapshotKernel(opts: { cgroupPrefix: string; processMarker: string }): KernelSnapshot {
  return {
    mounts: mounts(),
    links: links(),
    netns: netns(),
    cgroups: cgroups(opts.cgroupPrefix),
    processes: processes(opts.processMarker),
    nftTables: nftTables(),
  }
}

/** Everything present now that was not in `before`, per kind; empty arrays mean clean. */
export function leftoversSince(before: KernelSnapshot, opts: { cgroupPrefix: string; processMarker: string }): KernelSnapshot {
  const now = snapshotKernel(opts)
  const added = (a: string[], b: string[]): string[] => {
    const seen = new Map<string, number>()
    for (const x of a) seen.set(x, (seen.get(x) ?? 0) + 1)
    const out: string[] = []
    for (const x of b) {
      const n = seen.get(x) ?? 0
      if (n > 0) seen.set(x, n - 1)
      else out.push(x)
    }
    return out
  }
  return {
    mounts: added(before.mounts, now.mounts),
    links: added(before.links, now.links),
    netns: added(before.netns, now.netns),
    cgroups: added(before.cgroups, now.cgroups),
    processes: added(before.processes, now.processes),
    nftTables: added(before.nftTables, now.nftTables),
  }
}

export const CLEAN: KernelSnapshot = { mounts: [], links: [], netns: [], cgroups: [], processes: [], nftTables: [] }
