/**
 * Shared setup for the containers-*.test.ts suites: a temp state root and a unique cgroup
 * parent per suite, the busybox image imported, the built CLI driven as a child process
 * (NODE_EXTRA_CA_CERTS unset), and a final check that the suite left no mount, cgroup,
 * process or state behind.
 */
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { openRuntime, type Runtime } from '../../packages/runtime/src/index.js'
import { createCgroupManager } from '../../packages/runtime/src/cgroups/manager.js'
import { Networks } from '../../packages/runtime/src/network/networks.js'
import { rootTag } from '../../packages/runtime/src/network/names.js'
import { makeBusyboxRootfs } from '../helpers/busybox.js'
import { leftoversSince, snapshotKernel, type KernelSnapshot } from '../helpers/leftovers.js'

const repo = join(import.meta.dirname, '..', '..')
const BIN = join(repo, 'packages/cli/bin/tsc-compose.js')

function readAlias(link: string): string | undefined {
  try {
    return readFileSync(`/sys/class/net/${link}/ifalias`, 'utf8').trim()
  } catch {
    return undefined
  }
}

export interface CliResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** The bin prefers dist-bundle when it is not older than dist/main.js: rebuild a stale one. */
function ensureFreshBundle(): void {
  const bundle = join(repo, 'packages/cli/dist-bundle/main.js')
  const newest = (dir: string): number => Math.max(0, ...readdirSync(dir, { recursive: true }).map((f) => statSync(join(dir, String(f))).mtimeMs))
  if (!existsSync(bundle)) return
  const built = Math.max(newest(join(repo, 'packages/cli/dist')), newest(join(repo, 'packages/runtime/dist')))
  if (statSync(bundle).mtimeMs < built) execFileSync(process.execPath, [join(repo, 'scripts/bundle.mjs')], { stdio: 'inherit' })
}

export class ContainersSuite {
  readonly root: string
  readonly cgroupParent: string
  readonly rt: Runtime
  private readonly before: KernelSnapshot
  private readonly mark: { cgroupPrefix: string; processMarker: string }

  constructor(readonly name: string) {
    this.root = mkdtempSync(join(tmpdir(), `tsc-ct-${name}-`))
    this.cgroupParent = `tsc-ct-${name}-${randomBytes(3).toString('hex')}`
    this.mark = { cgroupPrefix: this.cgroupParent, processMarker: this.root }
    this.before = snapshotKernel(this.mark)
    this.rt = openRuntime({ root: this.root, cgroupParent: this.cgroupParent })
  }

  static async create(name: string): Promise<ContainersSuite> {
    ensureFreshBundle()
    const s = new ContainersSuite(name)
    const dir = makeBusyboxRootfs()
    try {
      await s.rt.images.importRootfs(dir, { ref: 'busybox:latest' })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    return s
  }

  env(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env, TSC_COMPOSE_CGROUP_PARENT: this.cgroupParent }
    delete env.NODE_EXTRA_CA_CERTS
    delete env.TSC_COMPOSE_ROOT
    return env
  }

  /** Runs `tsc-compose --root <root> ...args` and resolves with its exit code and output. */
  cli(args: readonly string[], opts: { input?: string; timeoutMs?: number } = {}): Promise<CliResult> {
    return new Promise((resolve) => {
      const child = execFile(
        process.execPath,
        [BIN, '--root', this.root, ...args],
        { env: this.env(), timeout: opts.timeoutMs ?? 30_000, maxBuffer: 64 << 20, encoding: 'utf8' },
        (err, stdout, stderr) => {
          const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0
          resolve({ code, stdout, stderr })
        },
      )
      if (opts.input !== undefined) child.stdin!.end(opts.input)
      else child.stdin!.end()
    })
  }

  /** cli() that must succeed; returns trimmed stdout. */
  async ok(args: readonly string[], opts: { input?: string; timeoutMs?: number } = {}): Promise<string> {
    const r = await this.cli(args, opts)
    if (r.code !== 0) throw new Error(`tsc-compose ${args.join(' ')} exited ${r.code}: ${r.stderr}${r.stdout}`)
    return r.stdout.trim()
  }

  containerDirs(): string[] {
    try {
      return readdirSync(join(this.root, 'containers'))
    } catch {
      return []
    }
  }

  /** Removes every container, then the cgroup parent; returns what the kernel still holds. */
  async cleanup(): Promise<KernelSnapshot & { stateDirs: string[] }> {
    for (const c of this.rt.containers.list({ all: true })) await this.rt.containers.remove(c.id, { force: true, volumes: true }).catch(() => undefined)
    const cg = createCgroupManager({ parent: this.cgroupParent })
    await cg.remove(this.cgroupParent).catch(() => undefined)
    // The default bridge (like docker0) and its nft table live as long as the state root.
    const nets = new Networks({ root: this.root })
    for (const n of nets.list()) await nets.remove(n.id).catch(() => undefined)
    await nets.reclaimLeftovers().catch(() => undefined)
    // netns and veth teardown is asynchronous in the kernel. Other state roots on this
    // machine (other suites, benchmarks) make netns mounts and links meanwhile: ours are the
    // mounts under our root and the links whose alias names our root (networking puts one
    // on every link it makes); links without such an alias are counted as ours.
    const tag = ` ${rootTag(this.root)} `
    const ours = (k: KernelSnapshot): KernelSnapshot => ({
      ...k,
      mounts: k.mounts.filter((m) => !m.includes('/netns/') || m.startsWith(this.root)),
      links: k.links.filter((l) => {
        const alias = readAlias(l)
        return !alias?.startsWith('tsc-compose ') || alias.includes(tag)
      }),
    })
    let left = { ...ours(leftoversSince(this.before, this.mark)), stateDirs: this.containerDirs() }
    for (let i = 0; i < 100 && JSON.stringify(left) !== JSON.stringify(NOTHING_LEFT); i++) {
      await new Promise((r) => setTimeout(r, 50))
      left = { ...ours(leftoversSince(this.before, this.mark)), stateDirs: this.containerDirs() }
    }
    rmSync(this.root, { recursive: true, force: true })
    return left
  }
}

export const NOTHING_LEFT = { mounts: [], links: [], netns: [], cgroups: [], processes: [], nftTables: [], stateDirs: [] }
