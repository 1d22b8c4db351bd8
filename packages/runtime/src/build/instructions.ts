import { posix } from 'node:path'
import type { ContainerConfig, HealthConfig } from '../images/oci.js'
import { parseDuration } from '../util/index.js'
import { BUILD_SYNTAX, lineError } from './errors.js'
import { splitWordsKeepQuotes, type Instruction } from './dockerfile-parser.js'
import { processWord, SubstitutionError, type VarLookup } from './substitute.js'

/**
 * What the metadata instructions do to an image config (ENV, LABEL, EXPOSE, VOLUME, USER,
 * STOPSIGNAL, CMD, ENTRYPOINT, SHELL, HEALTHCHECK, ONBUILD, MAINTAINER, WORKDIR's path),
 * with Dockerfile variable substitution. Pure: config in, new config and the history line
 * out.
 */

export interface EvalContext {
  readonly file: string
  readonly escape: string
  /** Variables visible to substitution: ENV values first, then the stage's ARGs. */
  readonly lookup: VarLookup
}

export const DEFAULT_SHELL: readonly string[] = ['/bin/sh', '-c']

export function expand(inst: Instruction, word: string, ctx: EvalContext): string {
  try {
    return processWord(word, ctx.lookup, ctx.escape)
  } catch (err) {
    if (err instanceof SubstitutionError) throw lineError(BUILD_SYNTAX, ctx.file, inst.line, `${inst.name}: ${err.message}`)
    throw err
  }
}

/** JSON form as is, else blank-separated words, each substituted (COPY, VOLUME, EXPOSE...). */
export function expandWords(inst: Instruction, ctx: EvalContext): string[] {
  if (inst.json) return inst.json.map((w) => expand(inst, w, ctx))
  return splitWordsKeepQuotes(inst.rest, ctx.escape).map((w) => expand(inst, w, ctx))
}

/** `k=v k2="v 2"`, or the legacy single `KEY value with spaces` (ENV, LABEL). */
export function keyValues(inst: Instruction, ctx: EvalContext): Array<[string, string]> {
  const words = splitWordsKeepQuotes(inst.rest, ctx.escape)
  if (words.length === 0) throw lineError(BUILD_SYNTAX, ctx.file, inst.line, `${inst.name} requires at least one argument`)
  if (!words[0]!.includes('=')) {
    const m = /^(\S+)\s+([\s\S]+)$/.exec(inst.rest)
    if (!m) throw lineError(BUILD_SYNTAX, ctx.file, inst.line, `${inst.name} must have two arguments`)
    return [[expand(inst, m[1]!, ctx), expand(inst, m[2]!.trim(), ctx)]]
  }
  return words.map((w) => {
    const i = w.indexOf('=')
    if (i <= 0) throw lineError(BUILD_SYNTAX, ctx.file, inst.line, `${inst.name} names can not be blank: "${w}" is not KEY=VALUE`)
    return [expand(inst, w.slice(0, i), ctx), expand(inst, w.slice(i + 1), ctx)] as [string, string]
  })
}

/** RUN/CMD/ENTRYPOINT argv: exec form as is, shell form through the current SHELL. */
export function commandLine(inst: Instruction, shell: readonly string[]): string[] {
  return inst.json ? [...inst.json] : [...shell, inst.rest]
}

export function setEnv(env: readonly string[], key: string, value: string): string[] {
  const out = env.filter((e) => e.split('=', 1)[0] !== key)
  out.push(`${key}=${value}`)
  return out
}

export function envValue(env: readonly string[] | undefined, key: string): string | undefined {
  for (let i = (env ?? []).length - 1; i >= 0; i--) {
    const e = env![i]!
    const eq = e.indexOf('=')
    if ((eq === -1 ? e : e.slice(0, eq)) === key) return eq === -1 ? '' : e.slice(eq + 1)
  }
  return undefined
}

function duration(inst: Instruction, ctx: EvalContext, name: string, v: string): number {
  try {
    const ms = parseDuration(v)
    if (ms < 0) throw new Error('negative')
    return Math.round(ms * 1e6)
  } catch {
    throw lineError(BUILD_SYNTAX, ctx.file, inst.line, `HEALTHCHECK --${name}=${v}: invalid duration`)
  }
}

function flag(inst: Instruction, name: string): string | undefined {
  const f = [...inst.flags].reverse().find((x) => x.name === name)
  return f === undefined || f.value === true ? undefined : f.value
}

export interface MetaResult {
  readonly config: ContainerConfig
  readonly createdBy: string
  readonly author?: string
}

export interface StageFlags {
  /** CMD set in this stage: ENTRYPOINT keeps it; an inherited CMD is reset. */
  cmdSet: boolean
}

/** Applies one metadata instruction; returns undefined for instructions it does not handle. */
export function applyMetadata(config: ContainerConfig, inst: Instruction, ctx: EvalContext, flags: StageFlags): MetaResult | undefined {
  const c: ContainerConfig = structuredClone(config)
  const shell = c.Shell ?? DEFAULT_SHELL
  const need = (): void => {
    if (inst.rest === '') throw lineError(BUILD_SYNTAX, ctx.file, inst.line, `${inst.name} requires at least one argument`)
  }
  switch (inst.name) {
    case 'ENV': {
      const pairs = keyValues(inst, ctx)
      let env = c.Env ?? []
      for (const [k, v] of pairs) env = setEnv(env, k, v)
      c.Env = env
      return { config: c, createdBy: `ENV ${pairs.map(([k, v]) => `${k}=${v}`).join(' ')}` }
    }
    case 'LABEL': {
      const pairs = keyValues(inst, ctx)
      c.Labels = { ...(c.Labels ?? {}), ...Object.fromEntries(pairs) }
      return { config: c, createdBy: `LABEL ${pairs.map(([k, v]) => `${k}=${v}`).join(' ')}` }
    }
    case 'EXPOSE': {
      need()
      const ports = { ...(c.ExposedPorts ?? {}) }
      const added: string[] = []
      for (const p of expandWords(inst, ctx)) {
        const m = /^(?:[^:]*:)?(\d{1,5})(?:-(\d{1,5}))?(?:\/(tcp|udp|sctp))?$/i.exec(p)
        if (!m) throw lineError(BUILD_SYNTAX, ctx.file, inst.line, `EXPOSE: invalid port "${p}"`)
        const from = Number(m[1])
        const to = m[2] ? Number(m[2]) : from
        if (from < 1 || to > 65535 || to < from) throw lineError(BUILD_SYNTAX, ctx.file, inst.line, `EXPOSE: invalid port range "${p}"`)
        const proto = (m[3] ?? 'tcp').toLowerCase()
        for (let port = from; port <= to; port++) ports[`${port}/${proto}`] = {}
        added.push(`${m[1]}${m[2] ? `-${m[2]}` : ''}/${proto}`)
      }
      c.ExposedPorts = ports
      return { config: c, createdBy: `EXPOSE ${added.join(' ')}` }
    }
    case 'VOLUME': {
      need()
      const vols = { ...(c.Volumes ?? {}) }
      const list = expandWords(inst, ctx)
      for (const v of list) {
        if (v.trim() === '') throw lineError(BUILD_SYNTAX, ctx.file, inst.line, 'VOLUME specified can not be an empty string')
        vols[v] = {}
      }
      c.Volumes = vols
      return { config: c, createdBy: `VOLUME [${list.join(' ')}]` }
    }
    case 'USER': {
      need()
      c.User = expand(inst, inst.rest, ctx)
      return { config: c, createdBy: `USER ${c.User}` }
    }
    case 'STOPSIGNAL': {
      need()
      c.StopSignal = expand(inst, inst.rest, ctx)
      return { config: c, createdBy: `STOPSIGNAL ${c.StopSignal}` }
    }
    case 'WORKDIR': {
      need()
      c.WorkingDir = posix.resolve(c.WorkingDir || '/', expand(inst, inst.rest, ctx))
      return { config: c, createdBy: `WORKDIR ${c.WorkingDir}` }
    }
    case 'CMD': {
      need()
      c.Cmd = commandLine(inst, shell)
      flags.cmdSet = true
      return { config: c, createdBy: `CMD ${JSON.stringify(c.Cmd)}` }
    }
    case 'ENTRYPOINT': {
      need()
      c.Entrypoint = commandLine(inst, shell)
      if (!flags.cmdSet) c.Cmd = null
      return { config: c, createdBy: `ENTRYPOINT ${JSON.stringify(c.Entrypoint)}` }
    }
    case 'SHELL': {
      if (!inst.json || inst.json.length === 0) throw lineError(BUILD_SYNTAX, ctx.file, inst.line, 'SHELL requires the arguments to be in JSON form: SHELL ["executable", "parameters"]')
      c.Shell = [...inst.json]
      return { config: c, createdBy: `SHELL ${JSON.stringify(c.Shell)}` }
    }
    case 'HEALTHCHECK':
      return { config: healthcheck(c, inst, ctx, shell), createdBy: inst.original.replace(/^\S+/, "HEALTHCHECK") }
    case 'ONBUILD': {
      const trigger = `${inst.inner!.name} ${inst.inner!.original.replace(/^\S+\s*/, '')}`.trim()
      c.OnBuild = [...(c.OnBuild ?? []), trigger]
      return { config: c, createdBy: `ONBUILD ${trigger}` }
    }
    case 'MAINTAINER':
      need()
      return { config: c, createdBy: `MAINTAINER ${inst.rest}`, author: expand(inst, inst.rest, ctx) }
    default:
      return undefined
  }
}

function healthcheck(c: ContainerConfig, inst: Instruction, ctx: EvalContext, shell: readonly string[]): ContainerConfig {
  const m = /^(\S+)\s*([\s\S]*)$/.exec(inst.rest)
  const kind = m?.[1]?.toUpperCase()
  if (kind === 'NONE') {
    if (m![2]!.trim() !== '' || inst.flags.length > 0) throw lineError(BUILD_SYNTAX, ctx.file, inst.line, 'HEALTHCHECK NONE takes no arguments or options')
    c.Healthcheck = { Test: ['NONE'] }
    return c
  }
  if (kind !== 'CMD') throw lineError(BUILD_SYNTAX, ctx.file, inst.line, `HEALTHCHECK: unknown type "${m?.[1] ?? ''}": want CMD or NONE`)
  const body = m![2]!.trim()
  if (body === '') throw lineError(BUILD_SYNTAX, ctx.file, inst.line, 'HEALTHCHECK CMD requires a command')
  let json: string[] | undefined
  if (body.startsWith('[')) {
    try {
      const v = JSON.parse(body) as unknown
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) json = v as string[]
    } catch {
      // shell form
    }
  }
  // docker keeps CMD-SHELL's command as one string; the shell runs it at check time.
  void shell
  const h: HealthConfig = { Test: json ? ['CMD', ...json] : ['CMD-SHELL', body] }
  const interval = flag(inst, 'interval')
  const timeout = flag(inst, 'timeout')
  const startPeriod = flag(inst, 'start-period')
  const startInterval = flag(inst, 'start-interval')
  const retries = flag(inst, 'retries')
  if (interval) h.Interval = duration(inst, ctx, 'interval', interval)
  if (timeout) h.Timeout = duration(inst, ctx, 'timeout', timeout)
  if (startPeriod) h.StartPeriod = duration(inst, ctx, 'start-period', startPeriod)
  if (startInterval) h.StartInterval = duration(inst, ctx, 'start-interval', startInterval)
  if (retries !== undefined) {
    if (!/^\d+$/.test(retries)) throw lineError(BUILD_SYNTAX, ctx.file, inst.line, `HEALTHCHECK --retries=${retries}: want a non-negative integer`)
    h.Retries = Number(retries)
  }
  c.Healthcheck = h
  return c
}
