import { readFileSync } from 'node:fs'
import { RuntimeError } from '../errors.js'
import { type CgroupFs, nodeCgroupFs } from './cgroup-fs.js'
import { NOT_MOUNTED } from './common.js'
import { type CgroupLayout, detectCgroupLayout, parseMountinfo } from './mountinfo.js'
import type { CgroupManager } from './types.js'
import { CgroupV1 } from './v1.js'
import { CgroupV2 } from './v2.js'

export interface CgroupManagerOptions {
  /** mountinfo text; default: /proc/self/mountinfo. */
  readonly mountinfo?: string
  readonly fs?: CgroupFs
  /** Parent cgroup of every container (tests use a unique one); default `tsc-compose`. */
  readonly parent?: string
  /** Force a backend (a hybrid host can run v2 on its unified mount, without controllers). */
  readonly version?: 'v1' | 'v2'
}

/** Picks the backend from the mounts: v2 on a unified host, v1 (plus the unified mount) on v1/hybrid. */
export function createCgroupManager(opts: CgroupManagerOptions = {}): CgroupManager {
  const layout = detectCgroupLayout(parseMountinfo(opts.mountinfo ?? readFileSync('/proc/self/mountinfo', 'utf8')))
  return managerForLayout(layout, opts)
}

export function managerForLayout(layout: CgroupLayout, opts: Omit<CgroupManagerOptions, 'mountinfo'> = {}): CgroupManager {
  const fs = opts.fs ?? nodeCgroupFs
  const version = opts.version ?? (layout.mode === 'v2' ? 'v2' : 'v1')
  if (version === 'v2') {
    if (!layout.unified) throw new RuntimeError(NOT_MOUNTED, 'no cgroup2 filesystem is mounted (see /proc/self/mountinfo)')
    return new CgroupV2({ fs, root: layout.unified, parent: opts.parent })
  }
  if (layout.mode === 'v2') throw new RuntimeError(NOT_MOUNTED, 'no cgroup v1 hierarchy is mounted (this host is cgroup v2 only)')
  return new CgroupV1({ fs, mounts: layout.v1, unified: layout.unified, parent: opts.parent })
}
