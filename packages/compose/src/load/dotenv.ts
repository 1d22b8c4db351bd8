import { ComposeFileError, COMPOSE_ERROR_CODES } from '../errors.js'
import { substitute, TemplateError, type Lookup } from './template.js'

export interface DotenvOptions {
  /** Process environment: consulted first when expanding `${VAR}` and for bare `KEY` lines. */
  readonly lookup: Lookup
  /** File name for error messages. */
  readonly file?: string
  /** Called for unset variables referenced in values. */
  readonly warn?: (name: string) => void
}

/**
 * Parses a .env / env_file text exactly as docker compose (compose-go's dotenv package) does:
 * - `KEY=VAL`, `KEY: VAL`, `export KEY=VAL`; blank lines and `#` comment lines ignored;
 * - a bare `KEY` takes its value from `lookup`, and is omitted when unset;
 * - unquoted values end at the newline, lose an inline comment starting at ` #`, are
 *   right-trimmed and interpolated;
 * - 'single quotes' are literal (only \' is unescaped) and may span lines;
 * - "double quotes" may span lines, unescape \a \b \f \n \r \t \v \\ \" \$ and \0NNN (octal),
 *   then interpolate;
 * - `${VAR}` resolves from `lookup` first, then from keys defined earlier in the file.
 * Errors are ComposeFileErrors with `file:line`.
 */
export function parseDotenv(text: string, opts: DotenvOptions): Record<string, string> {
  const out: Record<string, string> = Object.create(null)
  parseInto(text, out, opts, (name) => opts.lookup(name) ?? (Object.hasOwn(out, name) ? out[name] : undefined))
  return { ...out }
}

/**
 * Reads several env files in order (later wins), as `--env-file a --env-file b` does:
 * `${VAR}` in a file resolves from `lookup` first, then from every value read so far.
 * The result holds the files' values only.
 */
export function parseDotenvFiles(
  files: readonly { readonly file: string; readonly text: string }[],
  opts: Omit<DotenvOptions, 'file'>,
): Record<string, string> {
  const acc: Record<string, string> = Object.create(null)
  for (const f of files) {
    const current: Record<string, string> = Object.create(null)
    parseInto(f.text, current, { ...opts, file: f.file }, (name) =>
      opts.lookup(name) ??
      (Object.hasOwn(current, name) ? current[name] : Object.hasOwn(acc, name) ? acc[name] : undefined))
    Object.assign(acc, current)
  }
  return { ...acc }
}

const BOM = '\uFEFF'

function parseInto(src: string, out: Record<string, string>, opts: DotenvOptions, expandLookup: Lookup): void {
  if (src.startsWith(BOM)) src = src.slice(BOM.length)
  const file = opts.file ?? '.env'
  let pos = 0
  const n = src.length
  const lineAt = (offset: number): number => {
    let line = 1
    for (let i = 0; i < offset && i < n; i++) if (src.charCodeAt(i) === 10) line++
    return line
  }
  const fail = (offset: number, msg: string): never => {
    const line = lineAt(offset)
    throw new ComposeFileError(COMPOSE_ERROR_CODES.DOTENV_SYNTAX, msg, {
      location: { file, line },
    })
  }
  const expand = (value: string, at: number): string => {
    try {
      return substitute(value, expandLookup, { warn: opts.warn })
    } catch (err) {
      if (err instanceof TemplateError) {
        const line = lineAt(at)
        throw new ComposeFileError(
          err.kind === 'missing_required' ? COMPOSE_ERROR_CODES.MISSING_VARIABLE : COMPOSE_ERROR_CODES.INVALID_INTERPOLATION,
          err.message,
          { location: { file, line }, cause: err },
        )
      }
      throw err
    }
  }

  for (;;) {
    // Statement start: skip whitespace (newlines included) and whole comment lines.
    while (pos < n) {
      while (pos < n && isUnicodeSpace(src[pos])) pos++
      if (pos < n && src[pos] === '#') {
        const nl = src.indexOf('\n', pos)
        pos = nl < 0 ? n : nl
        continue
      }
      break
    }
    if (pos >= n) return
    const stmt = pos

    // `export` prefix (followed by whitespace).
    if (/^export\s/.test(src.slice(pos, pos + 7))) {
      pos += 6
      while (pos < n && isInlineSpace(src[pos])) pos++
    }

    // Key: up to `=`, `:` or a newline (bare key = inherited from the environment).
    const keyStart = pos
    let term: string | undefined
    while (pos < n) {
      const ch = String.fromCodePoint(src.codePointAt(pos)!)
      if (ch === '=' || ch === ':' || ch === '\n') {
        term = ch
        break
      }
      if (!isInlineSpace(ch) && !isKeyChar(ch)) {
        const lineEnd = src.indexOf('\n', keyStart)
        fail(stmt, `unexpected character ${JSON.stringify(ch)} in variable name ${JSON.stringify(src.slice(keyStart, lineEnd < 0 ? n : lineEnd))}`)
      }
      pos += ch.length
    }
    const key = src.slice(keyStart, pos).replace(/\s+$/u, '')
    if (key.includes(' ')) fail(stmt, 'key cannot contain a space')

    if (term === undefined || term === '\n') {
      // `KEY` alone on its line (or at end of file): inherit from the environment.
      const v = opts.lookup(key)
      if (v !== undefined) out[key] = v
      continue
    }
    pos++ // past `=` or `:`
    while (pos < n && isInlineSpace(src[pos])) pos++

    const quote = src[pos]
    if (quote === '"' || quote === "'") {
      const valueStart = pos
      let chars = ''
      let escaped = false
      let closed = -1
      for (let i = pos + 1; i < n; i++) {
        const ch = src[i]
        if (escaped) {
          escaped = false
          // An escaped quote drops its backslash; any other escape is kept for later.
          if (ch !== quote) chars += '\\'
          chars += ch
          continue
        }
        if (ch === '\\') escaped = true
        else if (ch === quote) {
          closed = i
          break
        } else chars += ch
      }
      if (closed < 0) {
        const nl = src.indexOf('\n', valueStart)
        fail(valueStart, `unterminated quoted value ${src.slice(valueStart, nl < 0 ? n : nl)}`)
      }
      out[key] = quote === '"' ? expand(unescapeDoubleQuoted(chars), valueStart) : chars
      pos = closed + 1
      continue
    }

    const nl = src.indexOf('\n', pos)
    const lineEnd = nl < 0 ? n : nl
    let value = src.slice(pos, lineEnd)
    const comment = value.indexOf(' #')
    if (comment >= 0) value = value.slice(0, comment)
    value = value.replace(/\s+$/u, '')
    out[key] = expand(value, pos)
    pos = lineEnd
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"',
}

/** Escapes of double-quoted values; `\$` becomes `$$` so interpolation leaves a literal `$`. */
function unescapeDoubleQuoted(s: string): string {
  return s.replace(/\\(?:[abcfnrtv$"\\]|0\d{0,3})/g, (m) => {
    const c = m[1]
    if (c === '$') return '$$'
    if (c === '0') {
      // Go's strconv.UnquoteChar after rewriting `\0NNN` to `\NNN`: exactly three octal
      // digits up to 0377, otherwise the sequence stays as written.
      const digits = m.slice(2)
      if (!/^[0-7]{3}$/.test(digits)) return m
      const code = parseInt(digits, 8)
      return code > 255 ? m : String.fromCharCode(code)
    }
    return SIMPLE_ESCAPES[c] ?? m
  })
}

// compose-go's isSpace: horizontal whitespace (and \r), never a line break.
function isInlineSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\v' || ch === '\f' || ch === '\r' || ch === '\x85' || ch === '\xa0'
}

function isUnicodeSpace(ch: string): boolean {
  return /\s/u.test(ch) || ch === '\x85'
}

function isKeyChar(ch: string): boolean {
  return ch === '_' || ch === '.' || ch === '-' || ch === '[' || ch === ']' || /[\p{L}\p{N}]/u.test(ch)
}
