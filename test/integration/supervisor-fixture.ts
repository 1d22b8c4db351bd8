/**
 * Shared setup for the supervisor-*.test.ts suites: a temp state root per suite, a container
 * dir per test, a spec written with A's serializer (plus the supervisor's own keys), and a
 * leftover check keyed on the state root (every supervisor carries it in argv, and container
 * commands carry it as $0).
 */
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Writable } from 'node:stream'
import { expect } from 'vitest'
import { supervisorPath } from '../../packages/runtime/src/native/load.js'
import { serializeSpec, type SupervisorSpec } from '../../packages/runtime/src/containers/spec-file.js'
import { SupervisorClient } from '../../packages/runtime/src/containers/supervisor-client.js'
import { spawnSupervisor } from '../../packages/runtime/src/containers/supervisor-spawn.js'
import { attachSession } from '../../packages/runtime/src/containers/attach-session.js'
import { isSupervisorAlive, readState } from '../../packages/runtime/src/containers/state-file.js'
import { CLEAN, leftoversSince, snapshotKernel, type KernelSnapshot } from '../helpers/leftovers.js'
import { eventually } from '../helpers/eventually.js'

export interface Box {
  readonly dir: string
  readonly specPath: string
  readonly logPath: string
  readonly client: SupervisorClient
}

export interface Extra {
  readonly stdinOnce?: boolean
  readonly memoryCgroup?: string
  readonly eventAttrs?: Record<string, string>
  /** Log rotation (default: none). */
  readonly logMaxSize?: number
  readonly logMaxFiles?: number
}

export class SupervisorSuite {
  root = ''
  readonly eventsPath: () => string = () => join(this.root, 'events.log')
  private before?: KernelSnapshot
  private n = 0
  private readonly mark: { cgroupPrefix: string; processMarker: string }

  constructor(readonly prefix: string) {
    this.mark = { cgroupPrefix: prefix, processMarker: prefix }
  }

  setup(): void {
    this.before = snapshotKernel(this.mark)
    this.root = mkdtempSync(join(tmpdir(), this.prefix))
  }

  /** The supervisors must be gone by now; then nothing may be left. */
  async teardown(): Promise<void> {
    // mounts: only ours count (other suites may mount /run/netns meanwhile); containers
    // mount in their own namespaces, so anything under our root here would be a leak
    try {
      await eventually(() => {
        const left = leftoversSince(this.before!, this.mark)
        expect({ ...left, mounts: left.mounts.filter((m) => m.startsWith(this.root)) }).toEqual(CLEAN)
      }, 10_000)
    } finally {
      // after a failure, do not leave the next suites our processes
      for (const p of leftoversSince(this.before!, this.mark).processes) {
        try {
          process.kill(Number(p.split(' ')[0]), 'SIGKILL')
        } catch {
          // gone meanwhile
        }
      }
      rmSync(this.root, { recursive: true, force: true })
    }
  }

  /** A shell script as the container command; the state root as $0 marks its processes. */
  sh(script: string): string[] {
    return ['/bin/sh', '-c', script, this.root]
  }

  box(spec: Partial<SupervisorSpec> & Pick<SupervisorSpec, 'argv'>, extra: Extra = {}): Box {
    const id = `${this.prefix.replace(/[^a-z0-9]/g, '')}n${++this.n}n`.padEnd(64, '0')
    const dir = join(this.root, 'containers', id)
    mkdirSync(dir, { recursive: true })
    const logPath = join(dir, `${id}-json.log`)
    const full: SupervisorSpec = {
      id,
      name: `${this.prefix}c${this.n}`,
      dir,
      env: ['PATH=/usr/sbin:/usr/bin:/sbin:/bin', 'HOME=/root'],
      uid: 0,
      gid: 0,
      log: { path: logPath, maxSize: extra.logMaxSize ?? 0, maxFiles: extra.logMaxFiles ?? 1 },
      eventsPath: this.eventsPath(),
      // no-rootfs mode: the host filesystem, but its own pid namespace like a real container
      namespaces: { net: 'host' },
      ...spec,
    }
    const extraRecords: string[] = []
    if (extra.stdinOnce) extraRecords.push('stdin_once=1')
    if (extra.memoryCgroup) extraRecords.push(`cgroup.memory=${extra.memoryCgroup}`)
    for (const [k, v] of Object.entries(extra.eventAttrs ?? {})) extraRecords.push(`event.attr=${k}\x1f${v}`)
    const specPath = join(dir, 'spec')
    writeFileSync(specPath, Buffer.concat([serializeSpec(full), Buffer.from(extraRecords.map((r) => `${r}\0`).join(''))]))
    return { dir, specPath, logPath, client: new SupervisorClient(dir) }
  }

  start(b: Box): ReturnType<typeof spawnSupervisor> {
    return spawnSupervisor(supervisorPath(), b.specPath, b.dir)
  }

  events(id?: string): Array<{ action: string; id: string; timeNano: number; attributes: Record<string, string> }> {
    let text = ''
    try {
      text = readFileSync(this.eventsPath(), 'utf8')
    } catch {
      return []
    }
    return text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .filter((e) => id === undefined || e.id === id)
  }
}

/** Waits until the supervisor recorded the container as gone for good and exited. */
export async function gone(b: Box, timeoutMs = 10_000): Promise<void> {
  await eventually(() => {
    const s = readState(b.dir)
    expect(s?.status).toBe('exited')
    // a zombie counts as gone: re-parented supervisors wait for this host's pid 1 to reap them
    expect(isSupervisorAlive(s!.supervisorPid)).toBe(false)
  }, timeoutMs)
}

/** Waits until the container printed `text` (e.g. "ready" once its signal traps are set). */
export async function printed(b: Box, text: string, timeoutMs = 5000): Promise<void> {
  await eventually(() => expect(readFileSync(b.logPath, 'utf8')).toContain(text), timeoutMs)
}

export function idOf(b: Box): string {
  return b.dir.split('/').pop()!
}

/** A writable that keeps what it is given, as text. */
export function sink(): { readonly stream: Writable; readonly text: () => string } {
  let acc = ''
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      acc += chunk.toString('utf8')
      cb()
    },
  })
  return { stream, text: () => acc }
}

export interface Session {
  /** The container's stdin (when attached with stdin); end() is stdin EOF. */
  readonly stdin: PassThrough
  readonly out: () => string
  readonly err: () => string
  /** The exit code of the run, as the CLI gets it. */
  readonly exit: Promise<number>
  /** Resizes the terminal through the session (tty only). */
  resize(rows: number, cols: number): void
  /** Detaches (the container keeps running); the session rejects with an AbortError. */
  detach(): Promise<void>
}

/** An attach session the way the CLI runs one, on our own streams. */
export function attach(b: Box, opts: { stdin?: boolean; tty?: boolean; stdout?: Writable } = {}): Session {
  const stdin = new PassThrough()
  const out = sink()
  const err = sink()
  const abort = new AbortController()
  let resizer: ((rows: number, cols: number) => void) | undefined
  const exit = attachSession(
    b.dir,
    {
      ...(opts.stdin ? { stdin } : {}),
      stdout: opts.stdout ?? out.stream,
      stderr: err.stream,
      tty: opts.tty ?? false,
      onResize: (resize) => (resizer = resize),
    },
    b.logPath,
    { signal: abort.signal },
  )
  // a detached session rejects: handled here, checked in detach()
  exit.catch(() => undefined)
  return {
    stdin,
    out: out.text,
    err: err.text,
    exit,
    resize(rows, cols) {
      if (!resizer) throw new Error('the session has no tty (yet)')
      resizer(rows, cols)
    },
    async detach() {
      abort.abort()
      await expect(exit).rejects.toMatchObject({ name: 'AbortError' })
    },
  }
}
