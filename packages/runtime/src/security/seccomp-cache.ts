import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { type SeccompNative, seccompNative } from '../native/seccomp.js'
import { fromSystemError } from '../errors.js'
import type { ResolvedSeccomp } from './seccomp-types.js'

/** A stable text of the resolved filter: the cache key (bigints as decimal strings). */
export function seccompKey(resolved: ResolvedSeccomp): string {
  const text = JSON.stringify(resolved, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))
  return createHash('sha256').update(text).digest('hex')
}

/**
 * `<stateRoot>/seccomp/<sha256>.bpf`, compiled once per distinct resolved filter and shared
 * by every container that resolves to it (crun caches the same way): a container start
 * costs a stat, not a libseccomp compile. The spec's `seccomp=` key points at the file.
 */
export function seccompBpfPath(stateRoot: string, resolved: ResolvedSeccomp, native: SeccompNative = seccompNative()): string {
  const path = bpfPath(stateRoot, resolved)
  if (!existsSync(path)) store(path, native.compile(resolved).bpf)
  return path
}

/** seccompBpfPath with the compile (tens of ms for three arches) off the JS thread. */
export async function seccompBpfPathAsync(stateRoot: string, resolved: ResolvedSeccomp, native: SeccompNative = seccompNative()): Promise<string> {
  const path = bpfPath(stateRoot, resolved)
  if (!existsSync(path)) store(path, (await native.compileAsync(resolved)).bpf)
  return path
}

function bpfPath(stateRoot: string, resolved: ResolvedSeccomp): string {
  return join(stateRoot, 'seccomp', `${seccompKey(resolved)}.bpf`)
}

function store(path: string, bpf: Buffer): void {
  const dir = dirname(path)
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    // write-then-rename: a concurrent CLI sees either no file or the whole program.
    const tmp = `${path}.${process.pid}.${Date.now()}.tmp`
    writeFileSync(tmp, bpf, { mode: 0o600 })
    renameSync(tmp, path)
  } catch (err) {
    throw fromSystemError(err, 'write', path)
  }
}
