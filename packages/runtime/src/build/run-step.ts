import { createHash } from 'node:crypto'
import { lstatSync, mkdirSync, readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs'
import { join, posix } from 'node:path'
import type { MountRequest } from '../containers/config.js'
import type { RunOptions, RunResult } from '../containers/containers.js'
import type { CreateOptions } from '../containers/config.js'
import { resolveInRoot } from '../images/tar-path.js'
import { BUILD_SYNTAX, BUILD_UNSUPPORTED, lineError } from './errors.js'
import type { Instruction } from './dockerfile-parser.js'
import { pidAlive } from '../util/pid-alive.js'

/**
 * RUN: the command runs in a real container of the current image (our runtime, Docker's
 * security defaults), with the build's args in its environment, no network unless the
 * build asks for the host's, and its output streamed. The container's upper dir is the
 * new layer. `RUN --mount` supports cache, tmpfs and read-only context binds.
 */

export interface RunContainers {
  run(opts: CreateOptions, r: RunOptions): Promise<RunResult>
  remove(ref: string, opts?: { force?: boolean; volumes?: boolean }): Promise<unknown>
  list(f: { all?: boolean; filters?: ReadonlyArray<{ key: string; value: string }> }): ReadonlyArray<{ id: string; labels: Readonly<Record<string, string>> }>
}

/** RUN containers are labelled as the builder's, with its pid: a later build removes those of a killed one. */
export const BUILD_CONTAINER_LABEL = 'tsc-compose.build'
export const BUILD_PID_LABEL = 'tsc-compose.build.pid'

export interface RunRequest {
  readonly image: string
  readonly argv: readonly string[]
  readonly env: readonly string[]
  readonly user?: string
  readonly workdir?: string
  readonly network: 'none' | 'host'
  readonly mounts: readonly MountRequest[]
  readonly cgroupParent?: string
  /** Abort kills and removes the container (Ctrl-C). */
  readonly signal?: AbortSignal
  /** Receives the container's stdout and stderr. */
  readonly sink: NodeJS.WritableStream
  readonly onStart?: (id: string) => void
}

/**
 * Runs the command to completion in a fresh container and returns its id and exit code; the
 * caller reads its upper dir and removes it. A container that fails to start is removed here.
 */
export async function runBuildContainer(containers: RunContainers, r: RunRequest): Promise<{ id: string; exitCode: number }> {
  let id: string | undefined
  const cancel = (): void => {
    if (id) void containers.remove(id, { force: true, volumes: true }).catch(() => undefined)
  }
  r.signal?.addEventListener('abort', cancel)
  try {
    const res = await containers.run(
      {
        image: r.image,
        // The argv is the whole command: no image entrypoint in front of it.
        entrypoint: [],
        cmd: [...r.argv],
        env: [...r.env],
        ...(r.user ? { user: r.user } : {}),
        ...(r.workdir ? { workdir: r.workdir } : {}),
        network: { mode: r.network },
        // An inherited HEALTHCHECK must not run probes against a build step.
        healthcheck: { test: ['NONE'] },
        labels: { [BUILD_CONTAINER_LABEL]: 'true', [BUILD_PID_LABEL]: String(process.pid) },
        mounts: [...r.mounts],
        ...(r.cgroupParent ? { cgroupParent: r.cgroupParent } : {}),
      },
      {
        io: { stdout: r.sink, stderr: r.sink, tty: false },
        onCreated: (cid) => {
          id = cid
          r.onStart?.(cid)
        },
      },
    )
    return { id: res.id, exitCode: res.exitCode }
  } catch (err) {
    if (id) await containers.remove(id, { force: true, volumes: true }).catch(() => undefined)
    throw err
  } finally {
    r.signal?.removeEventListener('abort', cancel)
  }
}

export async function reclaimRunContainers(containers: RunContainers): Promise<void> {
  for (const c of containers.list({ all: true, filters: [{ key: 'label', value: BUILD_PID_LABEL }] })) {
    const pid = Number(c.labels[BUILD_PID_LABEL])
    if (!(pid > 0) || pidAlive(pid)) continue
    await containers.remove(c.id, { force: true, volumes: true }).catch(() => undefined)
  }
}

export interface RunMount {
  readonly type: 'cache' | 'tmpfs' | 'bind'
  readonly target: string
  readonly source?: string
  readonly id?: string
  readonly readOnly: boolean
}

/** `--mount=type=cache,target=/root/.cache` (CSV of key=value, BuildKit's syntax). */
export function parseRunMount(spec: string, file: string, inst: Instruction): RunMount {
  const kv = new Map<string, string>()
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=')
    kv.set((eq === -1 ? part : part.slice(0, eq)).trim().toLowerCase(), eq === -1 ? 'true' : part.slice(eq + 1))
  }
  const type = kv.get('type') ?? 'bind'
  const target = kv.get('target') ?? kv.get('dst') ?? kv.get('destination')
  if (type === 'secret' || type === 'ssh') {
    throw lineError(BUILD_UNSUPPORTED, file, inst.line, `RUN --mount=type=${type} is not supported by this builder`, { hint: 'pass the value as a build arg, or COPY it in a stage that is not part of the final image' })
  }
  if (type !== 'cache' && type !== 'tmpfs' && type !== 'bind') throw lineError(BUILD_SYNTAX, file, inst.line, `RUN --mount: unknown type "${type}"`)
  if (!target) throw lineError(BUILD_SYNTAX, file, inst.line, `RUN --mount=${spec}: target is required`)
  if (type === 'bind' && kv.has('from')) {
    throw lineError(BUILD_UNSUPPORTED, file, inst.line, 'RUN --mount=type=bind,from=... is not supported by this builder', { hint: 'COPY --from the files you need first' })
  }
  const ro = kv.get('readonly') ?? kv.get('ro')
  const rw = kv.get('readwrite') ?? kv.get('rw')
  const readOnly = type === 'bind' ? rw !== 'true' : ro === 'true'
  return { type, target, readOnly, ...(kv.has('source') || kv.has('src') ? { source: kv.get('source') ?? kv.get('src') } : {}), ...(kv.has('id') ? { id: kv.get('id') } : {}) }
}

/** RunMount → the runtime's mount request (cache dirs live under `<root>/build/mounts/`). */
export function toMountRequest(m: RunMount, root: string, contextDir: string, workdir: string): MountRequest {
  const target = posix.resolve(workdir || '/', m.target)
  if (m.type === 'tmpfs') return { type: 'tmpfs', target }
  if (m.type === 'cache') {
    const dir = join(root, 'build', 'mounts', createHash('sha256').update(m.id ?? target).digest('hex').slice(0, 32))
    mkdirSync(dir, { recursive: true, mode: 0o755 })
    return { type: 'bind', source: dir, target, readOnly: m.readOnly }
  }
  const source = resolveInRoot(contextDir, m.source ?? '.', true)
  return { type: 'bind', source, target, readOnly: m.readOnly }
}

/**
 * Mount points the runtime had to create in the upper dir for RUN --mount targets missing
 * from the image: removed (empty ones only) so they do not end up in the layer.
 */
export function removeMountStubs(upper: string, lowers: readonly string[], targets: readonly string[]): void {
  for (const t of targets) {
    let rel = t.replace(/^\/+/, '')
    while (rel !== '' && rel !== '.') {
      if (lowers.some((l) => exists(join(l, rel)))) break
      const p = join(upper, rel)
      try {
        const st = lstatSync(p)
        if (st.isDirectory()) {
          if (readdirSync(p).length > 0) break
          rmdirSync(p)
        } else if (st.isFile() && statSync(p).size === 0) unlinkSync(p)
        else break
      } catch {
        // not there: the runtime did not create it
      }
      rel = posix.dirname(rel)
    }
  }
}

function exists(p: string): boolean {
  try {
    lstatSync(p)
    return true
  } catch {
    return false
  }
}
