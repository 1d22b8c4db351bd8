/**
 * The spec file the native supervisor reads (native/supervisor/spec.h is the contract):
 * records "key=value\0", compound values split by \x1f. Everything is resolved here (paths
 * absolute, flags numeric, user as uid/gid, capabilities as masks); C only parses.
 */
import { writeFileSync } from 'node:fs'
import { RuntimeError } from '../errors.js'

/** new = a fresh namespace, host = the supervisor's, or the path of a namespace file to join. */
export type NamespaceMode = 'new' | 'host' | `/${string}`
export type NamespaceKind = 'net' | 'ipc' | 'uts' | 'pid' | 'cgroup' | 'mnt'

export interface SpecMount {
  /** Filesystem type (`proc`, `tmpfs`...); `bind` (or anything) for binds, which go by flags. */
  readonly type: string
  readonly source: string
  /** Absolute path inside the container, without `..`. */
  readonly target: string
  /** MS_* flags (mounts/linux-constants.ts). With MS_BIND, flags other than MS_REC and
   * propagation are applied by a bind remount afterwards (how a bind becomes read-only). */
  readonly flags: number
  /** Filesystem data, e.g. `mode=755,size=65536k`. */
  readonly data?: string
  /** What to create at the target when it is missing. */
  readonly kind: 'dir' | 'file'
}

export interface SpecDevice {
  readonly path: string
  readonly type: 'c' | 'b'
  readonly major: number
  readonly minor: number
  /** Permission bits, e.g. 0o666. */
  readonly mode: number
  readonly uid: number
  readonly gid: number
}

export interface SpecSymlink {
  /** What the link points to (may be relative). */
  readonly target: string
  /** Absolute path of the link inside the container. */
  readonly link: string
}

export interface SpecRlimit {
  /** RLIMIT_* number. */
  readonly resource: number
  /** -1 = unlimited. */
  readonly soft: number | bigint
  readonly hard: number | bigint
}

/** Capability sets as bit masks (bit n = capability number n). */
export interface SpecCapabilities {
  readonly bounding: bigint
  readonly effective: bigint
  readonly permitted: bigint
  readonly inheritable: bigint
  readonly ambient: bigint
}

export interface SpecHealth {
  /** CMD form: CMD-SHELL already turned into ['/bin/sh', '-c', ...]. */
  readonly argv: readonly string[]
  readonly intervalMs: number
  readonly timeoutMs: number
  readonly retries: number
  readonly startPeriodMs: number
  readonly startIntervalMs: number
}

export interface SpecLog {
  readonly path: string
  /** Bytes; 0 = no rotation. */
  readonly maxSize: number
  readonly maxFiles: number
}

export type RestartPolicy = 'no' | 'always' | 'on-failure' | 'unless-stopped'

export interface SupervisorSpec {
  readonly id: string
  readonly name: string
  /** Container state dir (state.json, control.sock, log). */
  readonly dir?: string

  /** Resolved entrypoint + cmd; argv[0] without '/' is looked up in the container's PATH. */
  readonly argv: readonly string[]
  /** `K=V` entries. */
  readonly env: readonly string[]
  readonly cwd?: string
  readonly uid: number
  readonly gid: number
  readonly groups?: readonly number[]
  readonly tty?: boolean
  /** Keep stdin open. */
  readonly stdin?: boolean
  /** Default 0o022. */
  readonly umask?: number

  /** Absent: no-rootfs mode (host filesystem; debugging and early tests only). */
  readonly rootfs?: {
    /** Top-most first. */
    readonly lower: readonly string[]
    readonly upper?: string
    readonly work?: string
    /** Host directory the overlay is mounted on (inside the child's mount ns) and pivoted into. */
    readonly target: string
    readonly readonly?: boolean
  }
  /** Default: all new, except cgroup (host). mnt is always new. */
  readonly namespaces?: Readonly<Partial<Record<NamespaceKind, NamespaceMode>>>

  readonly mounts?: readonly SpecMount[]
  readonly devices?: readonly SpecDevice[]
  readonly symlinks?: readonly SpecSymlink[]
  readonly maskedPaths?: readonly string[]
  readonly readonlyPaths?: readonly string[]
  readonly hostname?: string
  readonly domainname?: string
  /** In order: [dotted key, value]. */
  readonly sysctls?: ReadonlyArray<readonly [string, string]>

  /** cgroup.procs files the container pid is written to (one per v1 hierarchy, or the v2 one). */
  readonly cgroupProcs?: readonly string[]
  readonly cgroupFreezer?: string
  /** cgroup v2: BPF device program (struct bpf_insn[]) the supervisor attaches to cgroupDir. */
  readonly deviceFilter?: { readonly cgroupDir: string; readonly program: Uint8Array }
  readonly rlimits?: readonly SpecRlimit[]
  readonly oomScoreAdj?: number
  /** Absent: capabilities left as inherited. */
  readonly capabilities?: SpecCapabilities
  readonly noNewPrivileges?: boolean
  /** Raw BPF program file (struct sock_filter[]). */
  readonly seccomp?: string
  /** Signal the init gets when the supervisor dies (0/absent = none). */
  readonly pdeathsig?: number

  readonly log?: SpecLog
  readonly eventsPath?: string
  readonly restart?: { readonly policy: RestartPolicy; readonly max?: number }
  readonly health?: SpecHealth
  readonly stopSignal?: number
  readonly stopTimeout?: number
  /** Run detached after the container exited for good (e.g. auto-remove). */
  readonly exitHook?: readonly string[]
}

/** Spec record keys (spec.h). Public contract with the native side: never rename one. */
export const SPEC_KEYS = [
  'id', 'name', 'dir', 'arg', 'env', 'cwd', 'uid', 'gid', 'group', 'tty', 'stdin', 'umask',
  'rootfs.lower', 'rootfs.upper', 'rootfs.work', 'rootfs.target', 'rootfs.readonly',
  'ns.net', 'ns.ipc', 'ns.uts', 'ns.pid', 'ns.cgroup', 'ns.mnt',
  'mount', 'device', 'symlink', 'masked', 'readonly', 'hostname', 'domainname', 'sysctl',
  'cgroup.procs', 'cgroup.freezer', 'cgroup.devices', 'rlimit', 'oom_score_adj',
  'cap.bounding', 'cap.effective', 'cap.permitted', 'cap.inheritable', 'cap.ambient',
  'nnp', 'seccomp', 'pdeathsig',
  'log.path', 'log.max_size', 'log.max_files', 'events.path', 'restart', 'restart.max',
  'health.arg', 'health.interval_ms', 'health.timeout_ms', 'health.retries', 'health.start_period_ms',
  'health.start_interval_ms', 'stop.signal', 'stop.timeout', 'hook.exit',
] as const
export type SpecKey = (typeof SPEC_KEYS)[number]

export const SPEC_FIELD_SEPARATOR = '\x1f'

const NS_KINDS: readonly NamespaceKind[] = ['net', 'ipc', 'uts', 'pid', 'cgroup', 'mnt']

function invalid(key: string, value: unknown, why: string): RuntimeError {
  return new RuntimeError('SPEC_INVALID', `spec: bad value for ${key}: ${JSON.stringify(String(value))} (${why})`)
}

function text(key: string, v: string): string {
  if (v.includes('\0')) throw invalid(key, v, 'contains a NUL byte')
  return v
}

function field(key: string, v: string): string {
  if (v.includes(SPEC_FIELD_SEPARATOR)) throw invalid(key, v, 'contains the \\x1f field separator')
  return text(key, v)
}

function abs(key: string, v: string): string {
  if (!v.startsWith('/')) throw invalid(key, v, 'not an absolute path')
  return v
}

function uint(key: string, v: number, max = 0xffffffff): string {
  if (!Number.isSafeInteger(v) || v < 0 || v > max) throw invalid(key, v, `expected an integer from 0 to ${max}`)
  return String(v)
}

function octal(key: string, v: number, max: number): string {
  uint(key, v, max)
  return v.toString(8)
}

function limit(key: string, v: number | bigint): bigint {
  const b = typeof v === 'bigint' ? v : Number.isSafeInteger(v) ? BigInt(v) : NaN
  if (typeof b !== 'bigint' || b < -1n || b > 0xffffffffffffffffn) throw invalid(key, v, 'expected an integer, -1 = unlimited')
  return b
}

function mask(key: string, v: bigint): string {
  if (v < 0n || v > 0xffffffffffffffffn) throw invalid(key, v, 'expected a 64-bit mask')
  return v.toString(16)
}

/** The spec as ordered records; serializeSpec joins them. Validates every value. */
export function specRecords(spec: SupervisorSpec): Array<[SpecKey, string]> {
  const out: Array<[SpecKey, string]> = []
  const put = (k: SpecKey, v: string) => out.push([k, v])
  const join = (k: SpecKey, fields: string[]) => put(k, fields.map((f) => field(k, f)).join(SPEC_FIELD_SEPARATOR))

  put('id', text('id', spec.id))
  put('name', text('name', spec.name))
  if (spec.dir !== undefined) put('dir', abs('dir', text('dir', spec.dir)))
  if (spec.argv.length === 0) throw invalid('arg', '', 'the command is empty')
  for (const a of spec.argv) put('arg', text('arg', a))
  for (const e of spec.env) {
    if (!e.includes('=')) throw invalid('env', e, 'expected K=V')
    put('env', text('env', e))
  }
  if (spec.cwd !== undefined) put('cwd', abs('cwd', text('cwd', spec.cwd)))
  put('uid', uint('uid', spec.uid, 0xfffffffe))
  put('gid', uint('gid', spec.gid, 0xfffffffe))
  for (const g of spec.groups ?? []) put('group', uint('group', g, 0xfffffffe))
  if (spec.tty) put('tty', '1')
  if (spec.stdin) put('stdin', '1')
  if (spec.umask !== undefined) put('umask', octal('umask', spec.umask, 0o777))

  const r = spec.rootfs
  if (r) {
    if (r.lower.length === 0) throw invalid('rootfs.lower', '', 'at least one lower directory is needed')
    if ((r.upper === undefined) !== (r.work === undefined)) throw invalid('rootfs.work', r.work ?? '', 'upper and work go together')
    for (const l of r.lower) put('rootfs.lower', abs('rootfs.lower', text('rootfs.lower', l)))
    if (r.upper !== undefined) put('rootfs.upper', abs('rootfs.upper', text('rootfs.upper', r.upper)))
    if (r.work !== undefined) put('rootfs.work', abs('rootfs.work', text('rootfs.work', r.work)))
    put('rootfs.target', abs('rootfs.target', text('rootfs.target', r.target)))
    if (r.readonly) put('rootfs.readonly', '1')
  }
  for (const kind of NS_KINDS) {
    const mode = spec.namespaces?.[kind]
    if (mode === undefined) continue
    const key = `ns.${kind}` as SpecKey
    if (mode !== 'new' && mode !== 'host' && !mode.startsWith('/')) throw invalid(key, mode, 'expected new, host or a path')
    put(key, text(key, mode))
  }

  for (const m of spec.mounts ?? []) {
    if (!m.target.startsWith('/') || m.target.split('/').includes('..')) throw invalid('mount', m.target, 'target must be absolute, without ..')
    join('mount', [m.type, m.source, m.target, uint('mount', m.flags), m.data ?? '', m.kind])
  }
  for (const d of spec.devices ?? []) {
    abs('device', d.path)
    join('device', [d.path, d.type, uint('device', d.major, 0xfffff), uint('device', d.minor, 0xfffff),
      octal('device', d.mode, 0o7777), uint('device', d.uid), uint('device', d.gid)])
  }
  for (const l of spec.symlinks ?? []) join('symlink', [l.target, abs('symlink', l.link)])
  for (const p of spec.maskedPaths ?? []) put('masked', abs('masked', text('masked', p)))
  for (const p of spec.readonlyPaths ?? []) put('readonly', abs('readonly', text('readonly', p)))
  if (spec.hostname !== undefined) put('hostname', text('hostname', spec.hostname))
  if (spec.domainname !== undefined) put('domainname', text('domainname', spec.domainname))
  for (const [k, v] of spec.sysctls ?? []) {
    if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_*:-]+)*$/.test(k)) throw invalid('sysctl', k, 'not a dotted sysctl name')
    join('sysctl', [k, v])
  }

  for (const p of spec.cgroupProcs ?? []) put('cgroup.procs', abs('cgroup.procs', text('cgroup.procs', p)))
  if (spec.cgroupFreezer !== undefined) put('cgroup.freezer', abs('cgroup.freezer', text('cgroup.freezer', spec.cgroupFreezer)))
  const df = spec.deviceFilter
  if (df) {
    if (df.program.length === 0 || df.program.length % 8 !== 0) throw invalid('cgroup.devices', df.program.length, 'expected whole 8-byte BPF instructions')
    join('cgroup.devices', [abs('cgroup.devices', df.cgroupDir), Buffer.from(df.program).toString('hex')])
  }
  for (const l of spec.rlimits ?? []) {
    const soft = limit('rlimit', l.soft)
    const hard = limit('rlimit', l.hard)
    const rank = (n: bigint) => (n === -1n ? 1n << 64n : n)
    if (rank(soft) > rank(hard)) throw invalid('rlimit', `${soft}:${hard}`, 'soft limit above hard limit')
    join('rlimit', [uint('rlimit', l.resource, 63), String(soft), String(hard)])
  }
  if (spec.oomScoreAdj !== undefined) {
    if (!Number.isInteger(spec.oomScoreAdj) || spec.oomScoreAdj < -1000 || spec.oomScoreAdj > 1000)
      throw invalid('oom_score_adj', spec.oomScoreAdj, 'expected -1000..1000')
    put('oom_score_adj', String(spec.oomScoreAdj))
  }
  const c = spec.capabilities
  if (c) {
    put('cap.bounding', mask('cap.bounding', c.bounding))
    put('cap.effective', mask('cap.effective', c.effective))
    put('cap.permitted', mask('cap.permitted', c.permitted))
    put('cap.inheritable', mask('cap.inheritable', c.inheritable))
    put('cap.ambient', mask('cap.ambient', c.ambient))
  }
  if (spec.noNewPrivileges) put('nnp', '1')
  if (spec.seccomp !== undefined) put('seccomp', abs('seccomp', text('seccomp', spec.seccomp)))
  if (spec.pdeathsig) put('pdeathsig', uint('pdeathsig', spec.pdeathsig, 64))

  if (spec.log) {
    put('log.path', abs('log.path', text('log.path', spec.log.path)))
    put('log.max_size', uint('log.max_size', spec.log.maxSize, Number.MAX_SAFE_INTEGER))
    put('log.max_files', uint('log.max_files', spec.log.maxFiles))
  }
  if (spec.eventsPath !== undefined) put('events.path', abs('events.path', text('events.path', spec.eventsPath)))
  if (spec.restart) {
    put('restart', spec.restart.policy)
    if (spec.restart.max !== undefined) put('restart.max', uint('restart.max', spec.restart.max))
  }
  const h = spec.health
  if (h) {
    if (h.argv.length === 0) throw invalid('health.arg', '', 'the healthcheck command is empty')
    for (const a of h.argv) put('health.arg', text('health.arg', a))
    put('health.interval_ms', uint('health.interval_ms', h.intervalMs, Number.MAX_SAFE_INTEGER))
    put('health.timeout_ms', uint('health.timeout_ms', h.timeoutMs, Number.MAX_SAFE_INTEGER))
    put('health.retries', uint('health.retries', h.retries))
    put('health.start_period_ms', uint('health.start_period_ms', h.startPeriodMs, Number.MAX_SAFE_INTEGER))
    put('health.start_interval_ms', uint('health.start_interval_ms', h.startIntervalMs, Number.MAX_SAFE_INTEGER))
  }
  if (spec.stopSignal !== undefined) {
    if (spec.stopSignal < 1) throw invalid('stop.signal', spec.stopSignal, 'expected a signal number 1-64')
    put('stop.signal', uint('stop.signal', spec.stopSignal, 64))
  }
  if (spec.stopTimeout !== undefined) put('stop.timeout', uint('stop.timeout', spec.stopTimeout))
  for (const a of spec.exitHook ?? []) put('hook.exit', text('hook.exit', a))
  return out
}

/** The spec file's bytes. Throws RuntimeError SPEC_INVALID naming the offending value. */
export function serializeSpec(spec: SupervisorSpec): Buffer {
  return Buffer.from(specRecords(spec).map(([k, v]) => `${k}=${v}\0`).join(''), 'utf8')
}

/** Writes the spec file (mode 0600: it names host paths and the container's environment). */
export function writeSpecFile(path: string, spec: SupervisorSpec): void {
  writeFileSync(path, serializeSpec(spec), { mode: 0o600 })
}

/** The records of a spec file, for tests and debugging (values keep their \x1f separators). */
export function parseSpecRecords(data: Buffer | string): Array<[string, string]> {
  const s = typeof data === 'string' ? data : data.toString('utf8')
  return s
    .split('\0')
    .filter(Boolean)
    .map((r) => {
      const eq = r.indexOf('=')
      return [r.slice(0, eq), r.slice(eq + 1)] as [string, string]
    })
}
