import { basename, isAbsolute, join, posix, relative, resolve } from 'node:path'
import { ComposeExecutionError } from '../../execute/execute-plan.js'
import { DEFAULT_FILE_NAMES, DEFAULT_OVERRIDE_FILE_NAMES } from '../../load/discovery.js'
import type { Project, Service } from '../../model/types.js'
import { shellSplit } from '../../normalize/units.js'
import { anyOf, dockerPatternMatcher, dotGitMatcher, ephemeralMatcher, isChildPath, type PathMatcher } from './path-matcher.js'

export const WATCH_ACTIONS = ['sync', 'rebuild', 'restart', 'sync+restart', 'sync+exec'] as const
export type WatchAction = (typeof WATCH_ACTIONS)[number]

/** `develop.watch[].exec` (a compose service hook), long syntax. */
export interface WatchExecHook {
  readonly command: readonly string[]
  readonly user?: string
  readonly privileged?: boolean
  readonly workingDir?: string
  /** KEY=VALUE */
  readonly environment: readonly string[]
}

/** One `develop.watch` entry, normalized: absolute path, lists, and its matchers. */
export interface WatchRule {
  readonly service: string
  /** Position in the service's `develop.watch` (messages, exec de-duplication). */
  readonly index: number
  readonly action: WatchAction
  /** Absolute host path (file or directory). */
  readonly path: string
  /** Container path (sync actions). */
  readonly target?: string
  readonly initialSync: boolean
  readonly exec?: WatchExecHook
  /** Undefined: everything under `path` is included. */
  readonly include?: PathMatcher
  /** `.dockerignore` of the build context, editor files, `.git`, and the rule's `ignore`. */
  readonly ignore: PathMatcher
  /** The rule's own `ignore` patterns plus the Dockerfile and compose files (initial sync). */
  readonly initialSyncIgnore: PathMatcher
}

/** A changed host path mapped by a rule: where it goes in the container (sync actions). */
export interface PathMapping {
  readonly hostPath: string
  readonly containerPath?: string
}

export interface WatchRulesIo {
  /** File text, or undefined when it does not exist. */
  readFile(path: string): string | undefined
}

export interface WatchSetup {
  readonly rules: readonly WatchRule[]
  /** Paths to watch (each rule's path, those skipped aside), de-duplicated. */
  readonly paths: readonly string[]
  readonly warnings: readonly string[]
}

const watchError = (code: string, message: string, hint?: string): ComposeExecutionError =>
  new ComposeExecutionError(code, message, { exitCode: 1, ...(hint ? { hint } : {}) })

const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

function hookOf(raw: unknown): WatchExecHook | undefined {
  if (!raw || typeof raw !== 'object') return undefined
  const h = raw as Record<string, unknown>
  const command = typeof h.command === 'string' ? shellSplit(h.command) : strings(h.command)
  const env = h.environment
  const environment = Array.isArray(env)
    ? strings(env)
    : env && typeof env === 'object'
      ? Object.entries(env as Record<string, unknown>).map(([k, v]) => (v === null || v === undefined ? k : `${k}=${String(v)}`))
      : []
  return {
    command,
    environment,
    ...(typeof h.user === 'string' ? { user: h.user } : {}),
    ...(h.privileged === true || h.privileged === 'true' ? { privileged: true } : {}),
    ...(typeof h.working_dir === 'string' ? { workingDir: h.working_dir } : {}),
  }
}

/**
 * The build context's ignore file as docker reads it: `<Dockerfile>.dockerignore` first,
 * then `.dockerignore`; no build section, no ignore.
 */
export function dockerignoreMatcher(service: Service, io: WatchRulesIo): PathMatcher | undefined {
  const ctx = service.build?.context
  if (!ctx || !isAbsolute(ctx)) return undefined
  const dockerfile = service.build?.dockerfile ?? 'Dockerfile'
  const text = io.readFile(join(ctx, `${dockerfile}.dockerignore`)) ?? io.readFile(join(ctx, '.dockerignore'))
  if (text === undefined) return undefined
  const lines = text.split(/\r?\n/).filter((l) => !l.startsWith('#'))
  return dockerPatternMatcher(ctx, lines)
}

/** Is the host path inside a bind mount's source (sync would fight the mount: docker skips it). */
export function boundByMount(service: Service, hostPath: string): boolean {
  return (service.volumes ?? []).some((v) => v.type === 'bind' && v.source !== undefined && isChildPath(v.source, hostPath))
}

/**
 * Reads `develop.watch` of the selected services into rules, with docker compose's checks and
 * words. `services` empty = every service of the project.
 */
export function watchRules(project: Project, services: readonly string[], io: WatchRulesIo): WatchSetup {
  const rules: WatchRule[] = []
  const paths = new Set<string>()
  const warnings: string[] = []
  const names = services.length ? services : Object.keys(project.model.services)
  for (const name of names) {
    const service = project.model.services[name]
    if (!service) continue
    const develop = (service.develop ?? service['x-develop']) as { watch?: unknown } | undefined
    if (service['x-develop'] && !service.develop) warnings.push('x-develop is DEPRECATED, please use the official `develop` attribute')
    const entries = Array.isArray(develop?.watch) ? (develop.watch as Array<Record<string, unknown>>) : []
    if (entries.length === 0) continue
    const dockerignore = dockerignoreMatcher(service, io)
    const dockerfileNames = ['Dockerfile', ...DEFAULT_FILE_NAMES, ...DEFAULT_OVERRIDE_FILE_NAMES, ...(service.build?.dockerfile ? [basename(service.build.dockerfile)] : [])]
    entries.forEach((entry, index) => {
      const action = entry.action as WatchAction
      if (typeof entry.path !== 'string' || entry.path === '') throw watchError('COMPOSE_WATCH_INVALID', `service "${name}": watch rules MUST define a path`)
      const path = resolve(project.workingDir, entry.path)
      if (action === 'rebuild' && !service.build) {
        throw watchError('COMPOSE_WATCH_NO_BUILD', `can't watch service "${name}" with action rebuild without a build context`, 'add a "build:" section to the service, or use a sync or restart action')
      }
      const exec = hookOf(entry.exec)
      if (action === 'sync+exec' && !exec?.command.length) {
        throw watchError('COMPOSE_WATCH_NO_EXEC', `can't watch with action "sync+exec" on service ${name} without a command`, 'add "exec: { command: ... }" to the watch rule')
      }
      const target = typeof entry.target === 'string' ? entry.target : undefined
      const isSync = action === 'sync' || action === 'sync+restart' || action === 'sync+exec'
      if (isSync && !target) throw watchError('COMPOSE_WATCH_NO_TARGET', `service "${name}": watch action ${action} on ${entry.path} needs a target`)
      if (isSync && boundByMount(service, path)) {
        warnings.push(`path '${path}' also declared by a bind mount volume, this path won't be monitored!`)
        return
      }
      const own = strings(entry.ignore)
      const includes = strings(entry.include)
      const initialSync = entry.initial_sync === true || entry['x-initialSync'] === true
      if (entry['x-initialSync'] === true && entry.initial_sync === undefined) warnings.push('x-initialSync is DEPRECATED, please use the official `initial_sync` attribute')
      const ownIgnore = dockerPatternMatcher(path, own)
      rules.push({
        service: name,
        index,
        action,
        path,
        ...(target !== undefined ? { target } : {}),
        initialSync,
        ...(exec ? { exec } : {}),
        ...(includes.length ? { include: dockerPatternMatcher(path, includes) } : {}),
        ignore: anyOf([...(dockerignore ? [dockerignore] : []), ephemeralMatcher, dotGitMatcher, ownIgnore]),
        initialSyncIgnore: anyOf([...(dockerignore ? [dockerignore] : []), ephemeralMatcher, dotGitMatcher, ownIgnore, dockerPatternMatcher('/', dockerfileNames.map((n) => `**/${n}`))]),
      })
      paths.add(path)
    })
  }
  if (paths.size === 0) {
    throw watchError('COMPOSE_WATCH_NOT_CONFIGURED', 'none of the selected services is configured for watch, consider setting a \'develop\' section', 'see https://docs.docker.com/compose/how-tos/file-watch/')
  }
  return { rules, paths: [...paths], warnings }
}

/** A changed host path through one rule: undefined when outside it, not included, or ignored. */
export function matchRule(rule: WatchRule, hostPath: string): PathMapping | undefined {
  if (!isChildPath(rule.path, hostPath)) return undefined
  if (rule.include && !rule.include.matches(hostPath)) return undefined
  if (rule.ignore.matches(hostPath)) return undefined
  if (rule.target === undefined) return { hostPath }
  const rel = relative(rule.path, hostPath).split(/[\\/]/).join('/')
  return { hostPath, containerPath: rel ? posix.join(rule.target, rel) : rule.target }
}
