import { BUILD_SYNTAX, BUILD_UNKNOWN_INSTRUCTION, BUILD_UNSUPPORTED, lineError } from './errors.js'

/**
 * Dockerfile text → instructions, the way BuildKit's frontend/dockerfile/parser splits it:
 * parser directives at the top (`# escape=`, `# syntax=` ignored), the escape character
 * ending a line continues it, comment lines vanish even inside a continuation, the first
 * word names the instruction (any case), `--flag[=value]` words follow, then the arguments
 * as written. Variable substitution is not done here: it needs the build's values and
 * happens per instruction in the builder (substitute.ts). Pure: text in, data out.
 */

export const INSTRUCTIONS = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
  'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
] as const
export type InstructionName = (typeof INSTRUCTIONS)[number]

/** Flags each instruction accepts (BuildKit's), and whether they take a value. */
const FLAGS: Partial<Record<InstructionName, Record<string, 'value' | 'bool'>>> = {
  FROM: { platform: 'value' },
  RUN: { mount: 'value', network: 'value', security: 'value' },
  COPY: { from: 'value', chown: 'value', chmod: 'value', link: 'bool', parents: 'bool', exclude: 'value' },
  ADD: { chown: 'value', chmod: 'value', link: 'bool', checksum: 'value', 'keep-git-dir': 'bool', exclude: 'value' },
  HEALTHCHECK: { interval: 'value', timeout: 'value', 'start-period': 'value', 'start-interval': 'value', retries: 'value' },
}

export interface Flag {
  readonly name: string
  /** `true` for a bare boolean flag. */
  readonly value: string | true
}

export interface Instruction {
  readonly name: InstructionName
  /** 1-based line where it starts, and where it ends (continuations). */
  readonly line: number
  readonly endLine: number
  /** The instruction's own text with continuations joined (for messages and history). */
  readonly original: string
  readonly flags: readonly Flag[]
  /** Everything after the flags, as written (leading/trailing blanks trimmed). */
  readonly rest: string
  /** The JSON (exec) form when `rest` is a JSON array of strings. */
  readonly json?: readonly string[]
  /** ONBUILD's wrapped instruction. */
  readonly inner?: Instruction
}

export interface ParsedDockerfile {
  readonly file: string
  readonly escape: string
  readonly directives: Readonly<Record<string, string>>
  readonly instructions: readonly Instruction[]
  readonly warnings: readonly string[]
}

const DIRECTIVE_RE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check'])

/** `["a", "b"]` → ['a','b']; anything that is not a JSON array of strings → undefined. */
export function parseJsonArray(rest: string): string[] | undefined {
  const t = rest.trim()
  if (!t.startsWith('[')) return undefined
  try {
    const v = JSON.parse(t) as unknown
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined
  } catch {
    return undefined
  }
}

/** Splits off leading `--name[=value]` words; a bare `--` ends them. */
function extractFlags(text: string): { flags: Flag[]; rest: string } {
  const flags: Flag[] = []
  let rest = text
  for (;;) {
    const m = /^--([^\s=]*)(?:=(\S*))?(?:\s+|$)/.exec(rest)
    if (!m) break
    rest = rest.slice(m[0].length)
    if (m[1] === '') break
    flags.push({ name: m[1]!, value: m[2] ?? true })
  }
  return { flags, rest: rest.trim() }
}

const HEREDOC_RE = /(^|\s)<<-?\s*(["']?)[A-Za-z_][A-Za-z0-9_]*\2(\s|$)/

function parseInstruction(text: string, line: number, endLine: number, file: string, nested = false): Instruction {
  const m = /^(\S+)\s*([\s\S]*)$/.exec(text)!
  const word = m[1]!
  const name = word.toUpperCase() as InstructionName
  if (!(INSTRUCTIONS as readonly string[]).includes(name)) {
    throw lineError(BUILD_UNKNOWN_INSTRUCTION, file, line, `unknown instruction: ${word}`, { hint: `instructions are ${INSTRUCTIONS.join(', ')}` })
  }
  if (name === 'ONBUILD') {
    if (nested) throw lineError(BUILD_SYNTAX, file, line, 'chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed')
    const body = m[2]!.trim()
    if (body === '') throw lineError(BUILD_SYNTAX, file, line, 'ONBUILD requires at least one argument')
    const inner = parseInstruction(body, line, endLine, file, true)
    if (inner.name === 'FROM' || inner.name === 'MAINTAINER') throw lineError(BUILD_SYNTAX, file, line, `${inner.name} isn't allowed as an ONBUILD trigger`)
    return { name, line, endLine, original: text, flags: [], rest: body, inner }
  }
  const allowed = FLAGS[name] ?? {}
  const { flags, rest } = extractFlags(m[2]!)
  for (const f of flags) {
    const kind = allowed[f.name]
    if (!kind) throw lineError(BUILD_SYNTAX, file, line, `unknown flag: --${f.name} on ${name}`, Object.keys(allowed).length ? { hint: `${name} takes ${Object.keys(allowed).map((k) => `--${k}`).join(', ')}` } : {})
    if (kind === 'value' && f.value === true) throw lineError(BUILD_SYNTAX, file, line, `missing a value on flag: --${f.name}`)
  }
  if ((name === 'RUN' || name === 'COPY' || name === 'ADD') && HEREDOC_RE.test(rest)) {
    throw lineError(BUILD_UNSUPPORTED, file, line, `heredocs (<<EOF) are not supported by this builder: ${name} ${rest.split('\n')[0]}`, {
      hint: 'put the script in a file in the build context and COPY it, or use a RUN line with && and \\ continuations',
    })
  }
  const json = name === 'RUN' || name === 'CMD' || name === 'ENTRYPOINT' || name === 'SHELL' || name === 'VOLUME' || name === 'COPY' || name === 'ADD' || name === 'HEALTHCHECK' ? parseJsonArray(rest) : undefined
  return { name, line, endLine, original: text, flags, rest, ...(json ? { json } : {}) }
}

/** Parses a whole Dockerfile; errors name `file:line`. */
export function parseDockerfile(text: string, file = 'Dockerfile'): ParsedDockerfile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const directives: Record<string, string> = {}
  const warnings: string[] = []
  let i = 0
  // Directives: only before anything else, one per line, each at most once.
  for (; i < lines.length; i++) {
    const m = DIRECTIVE_RE.exec(lines[i]!.trim())
    if (!m || !lines[i]!.trim().startsWith('#')) break
    const key = m[1]!.toLowerCase()
    if (!KNOWN_DIRECTIVES.has(key)) break
    if (key in directives) throw lineError(BUILD_SYNTAX, file, i + 1, `only one ${key} parser directive can be used`)
    directives[key] = m[2]!
  }
  const escape = directives.escape ?? '\\'
  if (escape !== '\\' && escape !== '`') throw lineError(BUILD_SYNTAX, file, i, `invalid escape token '${escape}' does not match ` + '` or \\')
  const continuation = new RegExp(`${escape === '\\' ? '\\\\' : '`'}[ \\t]*$`)
  const isComment = (l: string): boolean => /^\s*#/.test(l)

  const instructions: Instruction[] = []
  for (; i < lines.length; i++) {
    const first = lines[i]!
    if (first.trim() === '' || isComment(first)) continue
    const start = i
    let acc = ''
    let cur = first.replace(/^\s+/, '')
    let emptyInside = false
    for (;;) {
      if (continuation.test(cur)) {
        acc += cur.replace(continuation, '')
        i++
        // Comments and blank lines inside a continuation are dropped (BuildKit warns on blanks).
        while (i < lines.length && (isComment(lines[i]!) || lines[i]!.trim() === '')) {
          if (lines[i]!.trim() === '') emptyInside = true
          i++
        }
        if (i >= lines.length) break
        cur = lines[i]!
        continue
      }
      acc += cur
      break
    }
    if (emptyInside) warnings.push(`${file}:${start + 1}: empty continuation line`)
    const textLine = acc.trim()
    if (textLine === '') continue
    instructions.push(parseInstruction(textLine, start + 1, Math.min(i, lines.length - 1) + 1, file))
  }
  if (instructions.length === 0) throw lineError(BUILD_SYNTAX, file, 1, 'the Dockerfile has no instructions', { hint: 'a Dockerfile starts with FROM (optionally after ARG lines)' })
  return { file, escape, directives, instructions, warnings }
}

/** Words separated by blanks, keeping quotes for the substitution step (BuildKit parseWords). */
export function splitWordsKeepQuotes(s: string, escape = '\\'): string[] {
  const out: string[] = []
  let cur = ''
  let quote: string | undefined
  let inWord = false
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (!inWord && /\s/.test(c)) continue
    inWord = true
    if (quote === undefined && /\s/.test(c)) {
      out.push(cur)
      cur = ''
      inWord = false
      continue
    }
    if (c === escape && i + 1 < s.length && quote !== "'") {
      cur += c + s[++i]!
      continue
    }
    if (quote === undefined && (c === '"' || c === "'")) quote = c
    else if (quote === c) quote = undefined
    cur += c
  }
  if (inWord) out.push(cur)
  return out
}
