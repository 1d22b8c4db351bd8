import { BUILD_SYNTAX, BUILD_TARGET_NOT_FOUND, buildError, lineError } from './errors.js'
import { splitWordsKeepQuotes, type Instruction, type ParsedDockerfile } from './dockerfile-parser.js'
import { processWord } from './substitute.js'

/**
 * Multi-stage structure: the ARGs before the first FROM (meta args, visible to FROM lines
 * only), the stages (`FROM image [AS name]` and what follows), which one is the target,
 * and which stages the target needs (FROM <stage>, COPY --from=<stage>), so stages nothing
 * uses are skipped, as BuildKit does. Pure.
 */

export interface Stage {
  readonly index: number
  readonly name?: string
  readonly from: Instruction
  /** The base as written (before substitution) and the AS name. */
  readonly baseWord: string
  readonly body: readonly Instruction[]
}

export interface StagedDockerfile {
  readonly metaArgs: readonly Instruction[]
  readonly stages: readonly Stage[]
}

const STAGE_NAME_RE = /^[a-z][a-z0-9-_.]*$/

export function splitStages(df: ParsedDockerfile): StagedDockerfile {
  const metaArgs: Instruction[] = []
  const stages: Array<{ index: number; name?: string; from: Instruction; baseWord: string; body: Instruction[] }> = []
  for (const inst of df.instructions) {
    if (inst.name === 'FROM') {
      const words = splitWordsKeepQuotes(inst.rest, df.escape)
      if (words.length !== 1 && !(words.length === 3 && words[1]!.toLowerCase() === 'as')) {
        throw lineError(BUILD_SYNTAX, df.file, inst.line, 'FROM requires either one or three arguments: FROM <image> [AS <name>]')
      }
      const name = words[2]?.toLowerCase()
      if (name !== undefined) {
        if (!STAGE_NAME_RE.test(name)) throw lineError(BUILD_SYNTAX, df.file, inst.line, `invalid name for build stage: "${words[2]}", name can't start with a number or contain symbols`)
        if (stages.some((s) => s.name === name)) throw lineError(BUILD_SYNTAX, df.file, inst.line, `duplicate stage name "${name}"`)
      }
      stages.push({ index: stages.length, ...(name ? { name } : {}), from: inst, baseWord: words[0]!, body: [] })
      continue
    }
    if (stages.length === 0) {
      if (inst.name !== 'ARG') throw lineError(BUILD_SYNTAX, df.file, inst.line, `${inst.name} before the first FROM: only ARG may come before FROM`, { hint: 'a Dockerfile starts with FROM (optionally after ARG lines)' })
      metaArgs.push(inst)
      continue
    }
    stages.at(-1)!.body.push(inst)
  }
  if (stages.length === 0) throw lineError(BUILD_SYNTAX, df.file, df.instructions.at(-1)!.line, 'no FROM instruction: a Dockerfile needs at least one build stage')
  return { metaArgs, stages }
}

export function targetStage(staged: StagedDockerfile, target: string | undefined): Stage {
  if (target === undefined || target === '') return staged.stages.at(-1)!
  const t = staged.stages.find((s) => s.name === target.toLowerCase())
  if (!t) {
    const names = staged.stages.map((s) => s.name).filter(Boolean)
    throw buildError(BUILD_TARGET_NOT_FOUND, `target stage "${target}" could not be found`, names.length ? { hint: `stages: ${names.join(', ')}` } : {})
  }
  return t
}

/** Finds the stage a FROM base or a --from value names (by name or index, earlier only). */
export function stageRef(staged: StagedDockerfile, word: string, before: number): Stage | undefined {
  const w = word.toLowerCase()
  if (/^\d+$/.test(w)) {
    const i = Number(w)
    return i < before ? staged.stages[i] : undefined
  }
  return staged.stages.slice(0, before).find((s) => s.name === w)
}

/** Stages the target depends on, itself included. `expandMeta` substitutes meta args. */
export function neededStages(staged: StagedDockerfile, target: Stage, expandMeta: (word: string) => string): Set<number> {
  const need = new Set<number>()
  const visit = (s: Stage): void => {
    if (need.has(s.index)) return
    need.add(s.index)
    const base = stageRef(staged, expandMeta(s.baseWord), s.index)
    if (base) visit(base)
    for (const inst of s.body) {
      if (inst.name !== 'COPY') continue
      for (const f of inst.flags) {
        if (f.name !== 'from' || f.value === true) continue
        const dep = stageRef(staged, expandMeta(f.value), s.index)
        if (dep) visit(dep)
      }
    }
  }
  visit(target)
  return need
}

/** Meta ARG values: the build's --build-arg wins over the default written in the file. */
export function metaArgValues(staged: StagedDockerfile, buildArgs: Readonly<Record<string, string>>, escape: string, builtins: Readonly<Record<string, string>>): Map<string, string | undefined> {
  const values = new Map<string, string | undefined>()
  const lookup = (n: string): string | undefined => values.get(n) ?? builtins[n]
  for (const inst of staged.metaArgs) {
    for (const w of splitWordsKeepQuotes(inst.rest, escape)) {
      const eq = w.indexOf('=')
      const name = eq === -1 ? w : w.slice(0, eq)
      const dflt = eq === -1 ? undefined : processWord(w.slice(eq + 1), lookup, escape)
      values.set(name, name in buildArgs ? buildArgs[name] : dflt ?? builtins[name])
    }
  }
  return values
}
