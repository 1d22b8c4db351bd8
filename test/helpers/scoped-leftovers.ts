import { readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { expect } from 'vitest'
import { leftoversSince, snapshotKernel, type KernelSnapshot } from './leftovers.js'

/**
 * The leftover check of a suite that shares the machine with suites running meanwhile: only
 * what this one could leave counts (mounts whose path carries its prefix, processes whose
 * argv does, cgroups named after it, and files in tmpdir() named after it), so the links,
 * netns and mounts of the others do not fail it.
 */
export class ScopedLeftovers {
  private readonly mark: { cgroupPrefix: string; processMarker: string }
  private readonly before: KernelSnapshot

  /** Takes the snapshot: call it before the suite makes anything. */
  constructor(readonly prefix: string) {
    this.mark = { cgroupPrefix: prefix, processMarker: prefix }
    this.before = snapshotKernel(this.mark)
  }

  /** Fails the suite when any of its processes, mounts, cgroups or temp files is left. */
  expectClean(): void {
    const left = leftoversSince(this.before, this.mark)
    const files = readdirSync(tmpdir()).filter((n) => n.startsWith(this.prefix))
    const mounts = left.mounts.filter((m) => m.includes(this.prefix))
    expect({ mounts, processes: left.processes, cgroups: left.cgroups, files }).toEqual({ mounts: [], processes: [], cgroups: [], files: [] })
  }
}
