import { existsSync, readFileSync, statSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import { Writable } from 'node:stream'
import { shortId, type Digest } from '../images/digest.js'
import { hostArchitecture, type ImageConfig } from '../images/oci.js'
import { familiarString, normalizeReference } from '../images/reference.js'
import type { ImageStore } from '../images/store.js'
import { BuildCache, cacheKey, recordParent } from './cache.js'
import { parseDockerfile } from './dockerfile-parser.js'
import { BUILD_CONTEXT_NOT_FOUND, BUILD_DOCKERFILE_NOT_FOUND, BUILD_INVALID_ARGUMENT, buildError } from './errors.js'
import { loadIgnore } from './sources.js'
import { metaArgValues, neededStages, splitStages, targetStage } from './stages.js'
import { processWord } from './substitute.js'
import { StageRunner, type StageResult } from './stage-runner.js'
import { reclaimRunContainers, type RunContainers } from './run-step.js'
import { writeImage } from './image-writer.js'
import { reclaimWorkspaces } from './workspace.js'

/**
 * `docker build` on our own runtime: parse the Dockerfile, build the stages the target needs
 * in order (each step an image in the store, looked up in the build cache first), then tag
 * the target's image. Tags are set only after every step succeeded, so a failed build
 * leaves no tagged partial image; RUN containers are always removed.
 */

export interface BuildRuntime {
  readonly root: string
  readonly images: ImageStore
  readonly containers: RunContainers
  readonly paths: { container(id: string): string }
}

export interface BuildOptions {
  /** The build context directory. */
  readonly contextDir: string
  /** Dockerfile path; relative paths are taken from the context (compose's rule). Default `Dockerfile`. */
  readonly dockerfile?: string
  /** The Dockerfile's text itself (compose `dockerfile_inline`, `-f -`). */
  readonly dockerfileInline?: string
  readonly tags?: readonly string[]
  readonly buildArgs?: Readonly<Record<string, string>>
  readonly target?: string
  readonly noCache?: boolean
  /** Labels added to the final image (`--label`, compose `build.labels`). */
  readonly labels?: Readonly<Record<string, string>>
  /** Network of RUN steps: none (default) or host. */
  readonly network?: string
  /** Pull base images first (`--pull`); needs `pullImage`. */
  readonly pull?: boolean
  readonly pullImage?: (ref: string) => Promise<unknown>
  /** Progress lines and RUN output; nothing is written without it. */
  readonly output?: NodeJS.WritableStream
  /** Parent cgroup of RUN containers (tests). */
  readonly cgroupParent?: string
  /** Cancels the build (Ctrl-C): a running RUN container is killed and removed. */
  readonly signal?: AbortSignal
}

export interface BuildResult {
  readonly id: Digest
  readonly tags: readonly string[]
  readonly warnings: readonly string[]
  /** Steps run and steps taken from the cache. */
  readonly steps: number
  readonly cached: number
}

/** Args every build may pass without an ARG line, as docker's predefined proxy args. */
export const PREDEFINED_ARGS = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy']

/** BuildKit's automatic platform args (all builds here are for this host's platform). */
export function platformArgs(): Record<string, string> {
  const arch = hostArchitecture()
  const platform = `linux/${arch}`
  return { TARGETPLATFORM: platform, TARGETOS: 'linux', TARGETARCH: arch, TARGETVARIANT: '', BUILDPLATFORM: platform, BUILDOS: 'linux', BUILDARCH: arch, BUILDVARIANT: '' }
}

function readDockerfile(opts: BuildOptions): { text: string; file: string; path?: string } {
  if (opts.dockerfileInline !== undefined) return { text: opts.dockerfileInline, file: 'Dockerfile' }
  const path = resolve(opts.contextDir, opts.dockerfile ?? 'Dockerfile')
  try {
    return { text: readFileSync(path, 'utf8'), file: opts.dockerfile && isAbsolute(opts.dockerfile) ? path : opts.dockerfile ?? 'Dockerfile', path }
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (err as Error).message
    throw buildError(BUILD_DOCKERFILE_NOT_FOUND, `failed to read dockerfile: open ${path}: ${why}`, { cause: err, hint: 'pass the Dockerfile with -f, or put one at the root of the build context' })
  }
}

/** A sink that forwards to `out` without ever ending it (attach ends its streams). */
function forwardTo(out: NodeJS.WritableStream | undefined): Writable {
  return new Writable({
    write(chunk: Buffer, _enc, cb) {
      if (out) out.write(chunk)
      cb()
    },
  })
}

export async function buildImage(rt: BuildRuntime, opts: BuildOptions): Promise<BuildResult> {
  const contextDir = resolve(opts.contextDir)
  if (!existsSync(contextDir) || !statSync(contextDir).isDirectory()) {
    const what = existsSync(contextDir) ? 'is not a directory' : 'not found'
    throw buildError(BUILD_CONTEXT_NOT_FOUND, `unable to prepare context: path "${opts.contextDir}" ${what}`, { hint: 'the build context must be a local directory (URLs and git contexts are not supported)' })
  }
  // Tags are checked before any work, so a typo does not cost a build.
  const refs = (opts.tags ?? []).map((t) => {
    const r = normalizeReference(t)
    if (r.digest) throw buildError(BUILD_INVALID_ARGUMENT, `invalid tag "${t}": a build tag can not contain a digest`)
    return r
  })
  const { text, file, path } = readDockerfile(opts)
  const df = parseDockerfile(text, file)
  const staged = splitStages(df)
  const buildArgs = opts.buildArgs ?? {}
  const builtins = platformArgs()
  const meta = metaArgValues(staged, buildArgs, df.escape, builtins)
  const expandMeta = (w: string): string => processWord(w, (n) => meta.get(n) ?? undefined, df.escape)
  const target = targetStage(staged, opts.target)
  const needed = neededStages(staged, target, expandMeta)
  const warnings = [...df.warnings]
  const out = opts.output
  const sink = forwardTo(out)
  const say = (line: string): void => {
    out?.write(`${line}\n`)
  }
  const total = staged.stages.filter((s) => needed.has(s.index)).reduce((n, s) => n + 1 + s.body.length, 0)
  const cache = new BuildCache(rt.root, (id) => rt.images.record(id) !== undefined)
  const used = new Set<string>(staged.metaArgs.flatMap((i) => i.rest.split(/\s+/).map((w) => w.split('=')[0]!)))
  const results = new Map<number, StageResult>()
  const counter = { step: 0, cached: 0, total }
  const ignore = loadIgnore(contextDir, path)
  reclaimWorkspaces(join(rt.root, 'build', 'tmp'), rt.images.fs)
  await reclaimRunContainers(rt.containers)

  for (const stage of staged.stages) {
    if (!needed.has(stage.index)) continue
    const runner = new StageRunner({
      rt,
      file,
      escape: df.escape,
      staged,
      stage,
      contextDir,
      ignore,
      buildArgs,
      meta,
      builtins,
      results,
      cache,
      noCache: Boolean(opts.noCache),
      network: opts.network === 'host' ? 'host' : 'none',
      pull: Boolean(opts.pull),
      pullImage: opts.pullImage,
      cgroupParent: opts.cgroupParent,
      signal: opts.signal,
      say,
      sink,
      counter,
      usedArgs: used,
    })
    results.set(stage.index, await runner.run())
  }

  let final = results.get(target.index)!
  if (opts.labels && Object.keys(opts.labels).length > 0) {
    final = await labelStep(rt, cache, final, opts.labels, Boolean(opts.noCache))
  }
  const image = final.image ?? (await writeImage(rt.images, final.config, []))
  const unused = Object.keys(buildArgs).filter((a) => !used.has(a) && !PREDEFINED_ARGS.includes(a) && !(a in builtins))
  if (unused.length > 0) {
    const w = `One or more build-args [${unused.sort().join(' ')}] were not consumed`
    warnings.push(w)
    say(`[Warning] ${w}`)
  }
  say(`Successfully built ${shortId(image.id)}`)
  const tags: string[] = []
  for (const r of refs) {
    const name = familiarString(r.tag ? r : { ...r, tag: 'latest' })
    await rt.images.tag(image.id, name)
    tags.push(name)
    say(`Successfully tagged ${name}`)
  }
  return { id: image.id, tags, warnings, steps: counter.step, cached: counter.cached }
}

/** `--label` on the command line: one more image, no history line (BuildKit does the same). */
async function labelStep(rt: BuildRuntime, cache: BuildCache, s: StageResult, labels: Readonly<Record<string, string>>, noCache: boolean): Promise<StageResult> {
  const parent = s.image?.id ?? 'scratch'
  const key = cacheKey(parent, { step: `LABELS ${JSON.stringify(Object.entries(labels).sort())}` })
  const hit = noCache ? undefined : cache.get(key)
  if (hit) return { image: { id: hit, config: rt.images.config(hit), layers: rt.images.manifest(hit).layers }, config: rt.images.config(hit) }
  const config: ImageConfig = { ...s.config, config: { ...(s.config.config ?? {}), Labels: { ...(s.config.config?.Labels ?? {}), ...labels } } }
  const image = await writeImage(rt.images, config, s.image?.layers ?? [])
  cache.set(key, image.id)
  if (s.image) recordParent(rt.root, s.image.id, image.id)
  return { image, config }
}
