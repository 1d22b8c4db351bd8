/**
 * End-to-end harness: the built `tsc-compose` binary driven as a user would, against a temp
 * state root (busybox imported with `image import`), a unique cgroup parent, and compose files
 * written into a temp project directory. Ends by checking what the kernel still holds.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCgroupManager } from '../../packages/runtime/src/cgroups/manager.js'
import { nftTableName, rootTag } from '../../packages/runtime/src/network/names.js'
import { makeBusyboxTar } from '../helpers/busybox.js'
import { leftoversSince, snapshotKernel, type KernelSnapshot } from '../helpers/leftovers.js'

const repo = join(import.meta.dirname, '..', '..')
const BIN = join(repo, 'packages/cli/bin/tsc-compose.js')

export interface CliResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

export interface CliOptions {
  readonly input?: string
  readonly timeoutMs?: number
  readonly env?: Readonly<Record<string, string>>
  /** Run in this directory (default: the project directory). */
  readonly cwd?: string
}

let built = false

/** `tsc -b` (incremental) then the bundle when it is older than the build, as `pnpm build` does. */
export function buildOnce(): void {
  if (built) return
  built = true
  try {
    execFileSync('npx', ['tsc', '-b', 'packages/runtime', 'packages/compose', 'packages/cli'], { cwd: repo, stdio: 'pipe', timeout: 110_000 })
  } catch (err) {
    // Others' half-done files may fail the build; what was emitted still runs, and the
    // tests will say what is broken.
    process.stderr.write(`tsc -b reported errors:\n${String((err as { stdout?: Buffer }).stdout ?? err)}\n`)
  }
  const bundle = join(repo, 'packages/cli/dist-bundle/main.js')
  const newest = (dir: string): number => Math.max(0, ...readdirSync(dir, { recursive: true }).map((f) => statSync(join(dir, String(f))).mtimeMs))
  const dists = ['cli', 'compose', 'runtime'].map((p) => newest(join(repo, 'packages', p, 'dist')))
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(...dists)) {
    execFileSync(process.execPath, [join(repo, 'scripts/bundle.mjs')], { cwd: repo, stdio: 'pipe', timeout: 60_000 })
  }
}

export class ComposeSuite {
  readonly root: string
  readonly dir: string
  readonly cgroupParent: string
  private readonly before: KernelSnapshot
  private readonly mark: { cgroupPrefix: string; processMarker: string }
  private readonly children = new Set<ChildProcess>()

  private constructor(readonly name: string) {
    this.root = mkdtempSync(join(tmpdir(), `tsc-e2e-${name}-`))
    this.dir = join(this.root, 'project')
    mkdirSync(this.dir)
    this.cgroupParent = `tsc-e2e-${name}-${randomBytes(3).toString('hex')}`
    this.mark = { cgroupPrefix: this.cgroupParent, processMarker: this.root }
    this.before = snapshotKernel(this.mark)
  }

  static async create(name: string): Promise<ComposeSuite> {
    buildOnce()
    const s = new ComposeSuite(name)
    const tar = makeBusyboxTar(join(s.root, 'busybox.tar'))
    await s.ok(['image', 'import', tar, 'busybox'])
    rmSync(tar, { force: true })
    return s
  }

  env(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env, TSC_COMPOSE_CGROUP_PARENT: this.cgroupParent, ...extra }
    delete env.NODE_EXTRA_CA_CERTS
    delete env.TSC_COMPOSE_ROOT
    delete env.COMPOSE_PROJECT_NAME
    delete env.COMPOSE_FILE
    delete env.COMPOSE_PROFILES
    return env
  }

  /** Writes `compose.yaml` (or `file`) into the project directory; returns its path. */
  write(yaml: string, file = 'compose.yaml'): string {
    const path = join(this.dir, file)
    writeFileSync(path, yaml)
    return path
  }

  /** Starts `tsc-compose --root <root> ...args` without waiting (Ctrl-C, kill and concurrency tests). */
  spawn(args: readonly string[], opts: CliOptions = {}): { child: ChildProcess; result: Promise<CliResult> } {
    const child = spawn(process.execPath, [BIN, '--root', this.root, ...args], { cwd: opts.cwd ?? this.dir, env: this.env(opts.env), stdio: ['pipe', 'pipe', 'pipe'] })
    this.children.add(child)
    let stdout = ''
    let stderr = ''
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    if (opts.input !== undefined) child.stdin!.end(opts.input)
    else child.stdin!.end()
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000)
    const result = new Promise<CliResult>((resolve) => {
      child.on('close', (code, signal) => {
        clearTimeout(timer)
        this.children.delete(child)
        resolve({ code: code ?? (signal === 'SIGKILL' ? 137 : 128), stdout, stderr })
      })
    })
    return { child, result }
  }

  cli(args: readonly string[], opts: CliOptions = {}): Promise<CliResult> {
    return this.spawn(args, opts).result
  }

  /** cli() that must exit 0; returns trimmed stdout. */
  async ok(args: readonly string[], opts: CliOptions = {}): Promise<string> {
    const r = await this.cli(args, opts)
    if (r.code !== 0) throw new Error(`tsc-compose ${args.join(' ')} exited ${r.code}:\n${r.stderr}${r.stdout}`)
    return r.stdout.trim()
  }

  /** `ps --format json` rows (all containers with `all`). */
  async ps(args: readonly string[] = [], all = false): Promise<Array<Record<string, unknown> & { Name: string; Service: string; State: string; ID: string }>> {
    const out = await this.ok([...args, 'ps', ...(all ? ['-a'] : []), '--format', 'json'])
    return out ? out.split('\n').map((l) => JSON.parse(l)) : []
  }

  /**
   * Kernel objects this suite added: mounts under its root (netns files included), cgroups
   * under its parent (the parent itself aside), processes naming its root (supervisors, the
   * DNS responder). Links and nft tables are global and other suites create them
   * concurrently: ours are the links whose IFLA_IFALIAS names this root's tag (every bridge
   * and veth the runtime makes carries one) and this root's own nft table.
   */
  leftovers(): KernelSnapshot {
    const left = leftoversSince(this.before, this.mark)
    const ours = (x: string): boolean => x.includes(this.cgroupParent) || x.includes(this.root)
    return {
      mounts: left.mounts.filter((m) => m.includes(this.root)),
      links: left.links.filter((l) => ours(l) || this.ownsLink(l)),
      netns: left.netns.filter(ours),
      cgroups: left.cgroups.filter((p) => !p.endsWith(`/${this.cgroupParent}`)),
      processes: left.processes,
      nftTables: left.nftTables.filter((t) => ours(t) || t === `table inet ${this.nftTable}`),
    }
  }

  /** This root's nftables table (`inet`). */
  get nftTable(): string {
    return nftTableName(this.root)
  }

  /** Whether a link in the host's netns was made for this root (its alias names the root's tag). */
  ownsLink(name: string): boolean {
    try {
      return readFileSync(`/sys/class/net/${name}/ifalias`, 'utf8').includes(` ${rootTag(this.root)} `)
    } catch {
      return false
    }
  }

  /** Links of this root now in the host's netns (bridges and host ends of veths). */
  links(): string[] {
    return readdirSync('/sys/class/net').filter((l) => this.ownsLink(l))
  }

  stateDirs(): string[] {
    try {
      return readdirSync(join(this.root, 'containers')).filter((e) => !e.startsWith('.'))
    } catch {
      return []
    }
  }

  /** Kills stray CLIs, force-removes what is left, drops the cgroup parent; returns the leftovers. */
  async cleanup(): Promise<KernelSnapshot & { stateDirs: string[] }> {
    for (const c of this.children) c.kill('SIGKILL')
    const ids = await this.cli(['container', 'ps', '-aq', '--no-trunc'], { cwd: this.root, timeoutMs: 20_000 })
    for (const id of ids.stdout.split('\n').filter(Boolean)) await this.cli(['container', 'rm', '-f', '-v', id], { cwd: this.root, timeoutMs: 20_000 })
    // Networks outlive their containers (external ones, and the default `bridge` that a
    // plain `container run` makes): remove them all, then what a crash could have left.
    if (existsSync(join(this.root, 'networks'))) {
      const { Networks } = await import('../../packages/runtime/src/network/networks.js')
      const nets = new Networks({ root: this.root, dnsUpstreams: ['127.0.0.1:9'] })
      await nets.removeAll().catch((err: unknown) => process.stderr.write(`network cleanup of ${this.root}: ${String(err)}\n`))
      await nets.reclaimLeftovers().catch((err: unknown) => process.stderr.write(`network reclaim of ${this.root}: ${String(err)}\n`))
    }
    // A netns (and with it the container end of each veth) goes asynchronously in the kernel.
    const deadline = Date.now() + 5000
    while (Date.now() < deadline && (this.leftovers().links.length > 0 || this.leftovers().processes.length > 0)) await new Promise((r) => setTimeout(r, 50))
    const left = { ...this.leftovers(), stateDirs: this.stateDirs() }
    await createCgroupManager({ parent: this.cgroupParent }).remove(this.cgroupParent).catch(() => undefined)
    rmSync(this.root, { recursive: true, force: true })
    return left
  }
}

export const NOTHING_LEFT = { mounts: [], links: [], netns: [], cgroups: [], processes: [], nftTables: [], stateDirs: [] }
export const CLEAN_KERNEL = { mounts: [], links: [], netns: [], cgroups: [], processes: [], nftTables: [] }
