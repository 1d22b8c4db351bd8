import { join } from 'node:path'
import type { Writable } from 'node:stream'
import { isTscError } from '../errors.js'
import { chainIds, shortId, type Digest } from '../images/digest.js'
import { IMAGE_NOT_FOUND } from '../images/errors.js'
import { hostArchitecture, type ContainerConfig, type HistoryEntry, type ImageConfig } from '../images/oci.js'
import type { BuildRuntime } from './builder.js'
import { type BuildCache, cacheKey, recordParent, type StepDescription } from './cache.js'
import { applyCopy, planCopy } from './copy-step.js'
import { mkdirInRoot, resolveChown } from './copy.js'
import { parseDockerfile, splitWordsKeepQuotes, type Instruction } from './dockerfile-parser.js'
import type { IgnoreMatcher } from './dockerignore.js'
import { BUILD_BASE_NOT_FOUND, BUILD_CANCELED, BUILD_NO_REGISTRY, BUILD_RUN_FAILED, BUILD_UNSUPPORTED, BuildError, buildError, lineError } from './errors.js'
import { writeImage, writeLayerImage, type StepImage } from './image-writer.js'
import { applyMetadata, commandLine, DEFAULT_SHELL, envValue, expand, expandWords, type EvalContext, type StageFlags } from './instructions.js'
import { parseRunMount, removeMountStubs, runBuildContainer, toMountRequest } from './run-step.js'
import { stageRef, type Stage, type StagedDockerfile } from './stages.js'
import { openWorkspace } from './workspace.js'

/** Marks history entries as the builder's. */
export const BUILD_COMMENT = 'tsc-compose.dockerfile.v0'

export interface StageResult {
  /** undefined only for `FROM scratch` with no step that wrote anything. */
  readonly image?: StepImage
  readonly config: ImageConfig
}

export interface StageContext {
  readonly rt: BuildRuntime
  readonly file: string
  readonly escape: string
  readonly staged: StagedDockerfile
  readonly stage: Stage
  readonly contextDir: string
  readonly ignore?: IgnoreMatcher
  readonly buildArgs: Readonly<Record<string, string>>
  readonly meta: ReadonlyMap<string, string | undefined>
  readonly builtins: Readonly<Record<string, string>>
  readonly results: ReadonlyMap<number, StageResult>
  readonly cache: BuildCache
  readonly noCache: boolean
  readonly network: 'none' | 'host'
  readonly pull: boolean
  readonly pullImage?: (ref: string) => Promise<unknown>
  readonly cgroupParent?: string
  readonly signal?: AbortSignal
  readonly say: (line: string) => void
  readonly sink: Writable
  readonly counter: { step: number; cached: number; total: number }
  readonly usedArgs: Set<string>
}

function scratchConfig(): ImageConfig {
  return { architecture: hostArchitecture(), os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: [] }, history: [] }
}

/** The old daemon's fields describe the base's builder, not this build. */
function baseConfig(c: ImageConfig): ImageConfig {
  const { container: _c, container_config: _cc, docker_version: _d, comment: _m, ...rest } = c as ImageConfig & Record<string, unknown>
  return rest as ImageConfig
}

/** One stage: FROM, then each instruction in order. */
export class StageRunner {
  private image?: StepImage
  private config: ImageConfig = scratchConfig()
  private readonly args = new Map<string, string | undefined>()
  private readonly flags: StageFlags = { cmdSet: false }

  constructor(private readonly c: StageContext) {}

  async run(): Promise<StageResult> {
    await this.from(this.c.stage.from)
    const triggers = this.config.config?.OnBuild ?? []
    if (triggers.length > 0) {
      // ONBUILD triggers of the base run first, and are not inherited further (docker).
      this.config = { ...this.config, config: { ...this.config.config, OnBuild: null } }
      this.c.say(`# Executing ${triggers.length} build trigger${triggers.length === 1 ? '' : 's'}`)
      for (const t of triggers) {
        const inst = parseDockerfile(t, this.c.file).instructions[0]!
        await this.instruction({ ...inst, line: this.c.stage.from.line, endLine: this.c.stage.from.line })
      }
    }
    for (const inst of this.c.stage.body) {
      this.checkCanceled()
      this.c.counter.step++
      this.c.say(`Step ${this.c.counter.step}/${this.c.counter.total} : ${inst.original}`)
      await this.instruction(inst)
    }
    return { ...(this.image ? { image: this.image } : {}), config: this.config }
  }

  private checkCanceled(): void {
    if (this.c.signal?.aborted) throw buildError(BUILD_CANCELED, 'build canceled', { exitCode: 130 })
  }

  private get ctx(): EvalContext {
    const env = this.config.config?.Env
    return {
      file: this.c.file,
      escape: this.c.escape,
      // ENV wins over an ARG of the same name (Dockerfile reference).
      lookup: (n) => envValue(env, n) ?? this.argValue(n),
    }
  }

  private argValue(n: string): string | undefined {
    return this.args.has(n) ? this.args.get(n) : undefined
  }

  private async from(inst: Instruction): Promise<void> {
    const c = this.c
    c.counter.step++
    c.say(`Step ${c.counter.step}/${c.counter.total} : ${inst.original}`)
    const platform = inst.flags.find((f) => f.name === 'platform')?.value
    const name = processMeta(c, c.stage.baseWord)
    if (typeof platform === 'string') {
      const p = processMeta(c, platform)
      if (p !== c.builtins.TARGETPLATFORM && p !== 'linux' && p !== c.builtins.BUILDPLATFORM) {
        throw lineError(BUILD_UNSUPPORTED, c.file, inst.line, `FROM --platform=${p}: only this host's platform (${c.builtins.TARGETPLATFORM}) can be built here`)
      }
    }
    const stage = stageRef(c.staged, name, c.stage.index)
    if (stage) {
      const r = c.results.get(stage.index)!
      this.image = r.image
      this.config = r.config
    } else if (name.toLowerCase() === 'scratch') {
      this.image = undefined
      this.config = scratchConfig()
    } else {
      const id = await this.baseImage(name, inst)
      const store = c.rt.images
      await store.ensureSnapshots(id)
      this.config = baseConfig(store.config(id))
      this.image = { id, config: this.config, layers: store.manifest(id).layers }
    }
    c.say(` ---> ${this.image ? shortId(this.image.id) : 'scratch'}`)
  }

  private async baseImage(name: string, inst: Instruction): Promise<Digest> {
    const c = this.c
    if (c.pull) {
      if (!c.pullImage) {
        throw lineError(BUILD_NO_REGISTRY, c.file, inst.line, `--pull: cannot pull "${name}": no registry client is available to this build`, { hint: 'import or load the base image, then build without --pull' })
      }
      await c.pullImage(name)
    }
    try {
      return c.rt.images.find(name).id
    } catch (err) {
      if (!isTscError(err, IMAGE_NOT_FOUND)) throw err
      throw lineError(BUILD_BASE_NOT_FOUND, c.file, inst.line, `base image "${name}" not found in the local image store`, {
        cause: err,
        hint: `import it (tsc-compose image import ROOTFS.tar ${name}) or load it (tsc-compose image load -i IMAGE.tar), or build with --pull where a registry is reachable`,
      })
    }
  }

  private async instruction(inst: Instruction): Promise<void> {
    switch (inst.name) {
      case 'ARG':
        return this.arg(inst)
      case 'RUN':
        return this.runStep(inst)
      case 'COPY':
      case 'ADD':
        return this.copyStep(inst)
      case 'WORKDIR':
        return this.workdir(inst)
      case 'FROM':
        return
      default: {
        const r = applyMetadata(this.config.config ?? {}, inst, this.ctx, this.flags)!
        await this.step({ step: `${inst.name} ${JSON.stringify(r.config)}`, extra: r.author }, async () => writeImage(this.c.rt.images, this.next(r.config, r.createdBy, undefined, r.author), this.layers()))
      }
    }
  }

  private arg(inst: Instruction): void {
    for (const w of splitWordsKeepQuotes(inst.rest, this.c.escape)) {
      const eq = w.indexOf('=')
      const name = eq === -1 ? w : w.slice(0, eq)
      const dflt = eq === -1 ? undefined : expand(inst, w.slice(eq + 1), this.ctx)
      this.c.usedArgs.add(name)
      const fromBuild = name in this.c.buildArgs ? this.c.buildArgs[name] : undefined
      // An ARG without a default inherits the meta ARG (and the platform args) of that name.
      this.args.set(name, fromBuild ?? dflt ?? this.c.meta.get(name) ?? this.c.builtins[name])
    }
  }

  private layers() {
    return this.image?.layers ?? []
  }

  /** The next config: a history line, and the new layer's diff id for layer steps. */
  private next(cfg: ContainerConfig, createdBy: string, diffId?: Digest, author?: string): ImageConfig {
    const created = new Date().toISOString()
    const h: HistoryEntry = { created, created_by: createdBy, comment: BUILD_COMMENT, ...(diffId ? {} : { empty_layer: true }) }
    return {
      ...this.config,
      ...(author ? { author } : {}),
      created,
      config: cfg,
      rootfs: { type: 'layers', diff_ids: diffId ? [...this.config.rootfs.diff_ids, diffId] : this.config.rootfs.diff_ids },
      history: [...(this.config.history ?? []), h],
    }
  }

  /** Looks the step up in the cache, else produces it and records it. */
  private async step(d: StepDescription, produce: () => Promise<StepImage>): Promise<void> {
    const c = this.c
    const key = cacheKey(this.image?.id ?? 'scratch', d)
    const hit = c.noCache ? undefined : c.cache.get(key)
    if (hit) {
      const store = c.rt.images
      // Unpacks a snapshot a crash lost; a no-op (a few stats) otherwise.
      await store.ensureSnapshots(hit)
      this.config = store.config(hit)
      this.image = { id: hit, config: this.config, layers: store.manifest(hit).layers }
      c.counter.cached++
      c.say(' ---> Using cache')
    } else {
      const parent = this.image?.id
      this.image = await produce()
      this.config = this.image.config
      c.cache.set(key, this.image.id)
      if (parent) recordParent(c.rt.root, parent, this.image.id)
    }
    c.say(` ---> ${shortId(this.image.id)}`)
  }

  /** The image a RUN container starts from (FROM scratch has none until now). */
  private async parentImage(): Promise<StepImage> {
    this.image ??= await writeImage(this.c.rt.images, this.config, [])
    return this.image
  }

  private lowerDirs(): string[] {
    return chainIds(this.config.rootfs.diff_ids).reverse().map((id) => this.c.rt.images.paths.snapshotFs(id))
  }

  private argEnv(): string[] {
    const env = this.config.config?.Env
    const out: string[] = []
    for (const [k, v] of this.args) if (v !== undefined && envValue(env, k) === undefined) out.push(`${k}=${v}`)
    // Proxy args reach RUN without an ARG line, as docker's predefined args do.
    for (const k of ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy']) {
      if (k in this.c.buildArgs && !this.args.has(k)) out.push(`${k}=${this.c.buildArgs[k]}`)
    }
    return out.sort()
  }

  private async runStep(inst: Instruction): Promise<void> {
    const c = this.c
    const cfg = this.config.config ?? {}
    const argv = commandLine(inst, cfg.Shell ?? DEFAULT_SHELL)
    const env = this.argEnv()
    const netFlag = inst.flags.find((f) => f.name === 'network')?.value
    const network = netFlag === 'host' ? 'host' : netFlag === 'none' ? 'none' : c.network
    if (typeof netFlag === 'string' && !['host', 'none', 'default'].includes(netFlag)) throw lineError(BUILD_UNSUPPORTED, c.file, inst.line, `RUN --network=${netFlag}: want default, none or host`)
    if (inst.flags.some((f) => f.name === 'security')) throw lineError(BUILD_UNSUPPORTED, c.file, inst.line, 'RUN --security is not supported by this builder')
    const mounts = inst.flags.filter((f) => f.name === 'mount').map((f) => parseRunMount(String(f.value), c.file, inst))
    const shown = inst.json ? JSON.stringify(argv) : argv.join(' ')
    const createdBy = `RUN ${env.length ? `|${env.length} ${env.join(' ')} ` : ''}${shown}`
    await this.step({ step: `RUN ${JSON.stringify(argv)}`, extra: { env, network, mounts } }, async () => {
      const parent = await this.parentImage()
      const requests = mounts.map((m) => toMountRequest(m, c.rt.root, c.contextDir, cfg.WorkingDir ?? '/'))
      let ran: { id: string; exitCode: number }
      try {
        ran = await runBuildContainer(c.rt.containers, {
          image: parent.id,
          argv,
          env,
          ...(cfg.User ? { user: cfg.User } : {}),
          ...(cfg.WorkingDir ? { workdir: cfg.WorkingDir } : {}),
          network,
          mounts: requests,
          ...(c.cgroupParent ? { cgroupParent: c.cgroupParent } : {}),
          ...(c.signal ? { signal: c.signal } : {}),
          sink: c.sink,
          onStart: (cid) => c.say(` ---> Running in ${shortId(cid)}`),
        })
      } catch (err) {
        this.checkCanceled()
        throw lineError(BUILD_RUN_FAILED, c.file, inst.line, `${inst.original}: the command could not be started: ${(err as Error).message}`, { cause: err })
      }
      const { id, exitCode } = ran
      try {
        this.checkCanceled()
        if (exitCode !== 0) {
          throw lineError(BUILD_RUN_FAILED, c.file, inst.line, `step ${c.counter.step}/${c.counter.total} (${inst.original.split('\n')[0]}): process "${argv.join(' ')}" did not complete successfully: exit code: ${exitCode}`)
        }
        const upper = join(c.rt.paths.container(id), 'upper')
        removeMountStubs(upper, this.lowerDirs(), requests.map((r) => r.target))
        return await writeLayerImage(c.rt.images, upper, this.layers(), this.config.rootfs.diff_ids, (diffId) => this.next(cfg, createdBy, diffId))
      } finally {
        await c.rt.containers.remove(id, { force: true, volumes: true }).catch(() => undefined)
      }
    })
  }

  private async copyStep(inst: Instruction): Promise<void> {
    const c = this.c
    const words = expandWords(inst, this.ctx)
    const fromWord = inst.flags.find((f) => f.name === 'from')?.value
    const cfg = this.config.config ?? {}
    let release = (): void => {}
    let plan
    if (typeof fromWord === 'string') {
      const from = await this.fromSource(processMeta(c, fromWord), inst)
      const ws = openWorkspace(join(c.rt.root, 'build', 'tmp'), from.lowers, c.rt.images.fs, { readOnly: true })
      release = () => ws.dispose()
      try {
        plan = planCopy(inst, c.file, words, ws.root, cfg.WorkingDir ?? '/', undefined, `from:${from.id}`)
      } catch (err) {
        release()
        throw err
      }
    } else {
      plan = planCopy(inst, c.file, words, c.contextDir, cfg.WorkingDir ?? '/', c.ignore, undefined)
    }
    try {
      const d = { step: `${inst.name} ${plan.sourceHash} ${plan.dest}${plan.dirHint ? '/' : ''}`, extra: { chown: plan.chown ?? null, chmod: plan.chmod ?? null, items: plan.items.map((i) => i.path) } }
      await this.step(d, () => this.layerStep(cfg, plan.createdBy, (root) => applyCopy(inst, c.file, plan, root, c.rt.images.fs)))
    } finally {
      release()
    }
  }

  /** `--from=<stage|image>`: that filesystem's layers, and what identifies its content. */
  private async fromSource(word: string, inst: Instruction): Promise<{ id: string; lowers: string[] }> {
    const c = this.c
    const stage = stageRef(c.staged, word, c.stage.index)
    const store = c.rt.images
    if (stage) {
      const r = c.results.get(stage.index)!
      return { id: r.image?.id ?? 'scratch', lowers: chainIds(r.config.rootfs.diff_ids).reverse().map((x) => store.paths.snapshotFs(x)) }
    }
    const id = await this.baseImage(word, inst)
    const resolved = await store.resolve(id)
    return { id, lowers: resolved.lowerDirs }
  }

  /** Writes through an overlay of the current layers; an untouched upper is an empty layer. */
  private async layerStep(cfg: ContainerConfig, createdBy: string, write: (root: string) => Promise<void> | void): Promise<StepImage> {
    const c = this.c
    const ws = openWorkspace(join(c.rt.root, 'build', 'tmp'), this.lowerDirs(), c.rt.images.fs)
    try {
      await write(ws.root)
      ws.unmount()
      if (ws.isEmpty()) return await writeImage(c.rt.images, this.next(cfg, createdBy), this.layers())
      return await writeLayerImage(c.rt.images, ws.upper, this.layers(), this.config.rootfs.diff_ids, (diffId) => this.next(cfg, createdBy, diffId))
    } finally {
      ws.dispose()
    }
  }

  private async workdir(inst: Instruction): Promise<void> {
    const r = applyMetadata(this.config.config ?? {}, inst, this.ctx, this.flags)!
    const dir = r.config.WorkingDir!
    const user = r.config.User
    await this.step({ step: `WORKDIR ${dir}`, extra: { user: user ?? '' } }, () =>
      this.layerStep(r.config, r.createdBy, (root) => {
        // BuildKit creates the directory as the current USER.
        const owner = user ? resolveChown(root, user, `WORKDIR ${dir} as USER ${user}`) : undefined
        mkdirInRoot(root, dir, owner)
      }),
    )
  }
}

function processMeta(c: StageContext, word: string): string {
  let out = ''
  try {
    out = expandWithMeta(c, word)
  } catch (err) {
    throw err instanceof BuildError ? err : lineError('BUILD_SYNTAX', c.file, c.stage.from.line, (err as Error).message)
  }
  return out
}

function expandWithMeta(c: StageContext, word: string): string {
  const ctx = { file: c.file, escape: c.escape, lookup: (n: string) => c.meta.get(n) ?? undefined }
  return expand(c.stage.from, word, ctx)
}
