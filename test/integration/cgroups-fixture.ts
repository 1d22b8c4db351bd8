/**
 * Shared setup of the cgroups-v*.test.ts suites: a manager under a parent cgroup of their own,
 * the processes they spawn (their argv carries the parent's name as a marker), and a
 * teardown that kills and reaps those, removes the tree and checks nothing is left.
 */
import { type ChildProcess, spawn, type StdioOptions } from 'node:child_process'
import { expect } from 'vitest'
import { type CgroupManager, type CgroupManagerOptions, createCgroupManager } from '../../packages/runtime/src/cgroups/index.js'
import { CLEAN, type KernelSnapshot, leftoversSince, snapshotKernel } from '../helpers/leftovers.js'

/** Resolves once the child exited, with how (now when it already has). */
export const exited = (c: ChildProcess) =>
  new Promise<{ code: number | null; signal: string | null }>((r) => {
    if (c.exitCode !== null || c.signalCode !== null) r({ code: c.exitCode, signal: c.signalCode })
    else c.once('exit', (code, signal) => r({ code, signal }))
  })

export class CgroupSuite {
  private before?: KernelSnapshot
  private mgr?: CgroupManager
  private readonly children: ChildProcess[] = []
  private readonly mark: { cgroupPrefix: string; processMarker: string }

  /** `tag` names the parent cgroup and marks the processes: unique per run. */
  constructor(
    readonly tag: string,
    private readonly options: Omit<CgroupManagerOptions, 'parent'> = {},
  ) {
    this.mark = { cgroupPrefix: tag, processMarker: tag }
  }

  setup(): CgroupManager {
    this.before = snapshotKernel(this.mark)
    this.mgr = createCgroupManager({ ...this.options, parent: this.tag })
    return this.mgr
  }

  async teardown(): Promise<void> {
    for (const c of this.children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL')
    await Promise.all(this.children.map(exited))
    // A failed test may leave processes behind in its cgroup: kill them before removing.
    for (const p of this.mgr!.listUnder()) await this.mgr!.killAll(p)
    await this.mgr!.remove(this.mgr!.parent)
    expect(leftoversSince(this.before!, this.mark)).toEqual(CLEAN)
  }

  /** A busybox shell running `script`, marked with the tag ($0) and killed at teardown. */
  shell(script: string, stdio: StdioOptions): ChildProcess {
    const c = spawn('/bin/busybox', ['sh', '-c', script, this.tag], { stdio })
    this.children.push(c)
    return c
  }
}
