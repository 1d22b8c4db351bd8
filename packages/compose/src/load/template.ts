import { ComposeFileError, COMPOSE_ERROR_CODES } from '../errors.js'

/** Returns a variable's value, or undefined when it is not set ("" means set but empty). */
export type Lookup = (name: string) => string | undefined

export interface SubstituteOptions {
  /** Called for each `$VAR`/`${VAR}` that is unset (and therefore becomes ""). */
  readonly warn?: (name: string) => void
}

/** A problem in one template string; interpolate() adds the file position and key path. */
export class TemplateError extends Error {
  constructor(
    readonly kind: 'invalid_template' | 'missing_required',
    message: string,
    readonly variable?: string,
  ) {
    super(message)
  }
}

/**
 * Substitutes `$VAR`, `${VAR}`, `${VAR:-d}`, `${VAR-d}`, `${VAR:?msg}`, `${VAR?msg}`,
 * `${VAR:+alt}`, `${VAR+alt}` and `$$` in one string, as compose-go's template package does:
 * names are `[_a-zA-Z][_a-zA-Z0-9]*`; a `$` not followed by a name, `{` or `$` is literal;
 * defaults, alternatives and error messages are templates themselves, evaluated only when
 * taken (so an untaken branch never warns); the closing brace is found by counting braces,
 * so `${X:-{"a":1}}` keeps its inner braces.
 * Throws TemplateError.
 */
export function substitute(template: string, lookup: Lookup, opts: SubstituteOptions = {}): string {
  if (template.indexOf('$') < 0) return template
  let out = ''
  let i = 0
  const n = template.length
  while (i < n) {
    const dollar = template.indexOf('$', i)
    if (dollar < 0) {
      out += template.slice(i)
      break
    }
    out += template.slice(i, dollar)
    const next = template.charCodeAt(dollar + 1)
    if (next === 36 /* $ */) {
      out += '$'
      i = dollar + 2
    } else if (isNameStart(next)) {
      let end = dollar + 2
      while (end < n && isNameChar(template.charCodeAt(end))) end++
      out += plain(template.slice(dollar + 1, end), lookup, opts)
      i = end
    } else if (next === 123 /* { */) {
      const r = braced(template, dollar, lookup, opts)
      out += r.value
      i = r.end
    } else {
      out += '$'
      i = dollar + 1
    }
  }
  return out
}

function plain(name: string, lookup: Lookup, opts: SubstituteOptions): string {
  const v = lookup(name)
  if (v === undefined) {
    opts.warn?.(name)
    return ''
  }
  return v
}

type Op = ':-' | '-' | ':?' | '?' | ':+' | '+'

/** Evaluates the `${...}` starting at `start` (the `$`); returns its value and the index after `}`. */
function braced(t: string, start: number, lookup: Lookup, opts: SubstituteOptions): { value: string; end: number } {
  const n = t.length
  let p = start + 2
  if (!isNameStart(t.charCodeAt(p))) throw invalid(t)
  while (p < n && isNameChar(t.charCodeAt(p))) p++
  const name = t.slice(start + 2, p)
  const c = t[p]
  if (c === '}') return { value: plain(name, lookup, opts), end: p + 1 }

  let op: Op
  if (c === ':' && (t[p + 1] === '-' || t[p + 1] === '?' || t[p + 1] === '+')) {
    op = (':' + t[p + 1]) as Op
    p += 2
  } else if (c === '-' || c === '?' || c === '+') {
    op = c as Op
    p += 1
  } else {
    throw invalid(t)
  }

  const close = closingBrace(t, start, p)
  if (close < 0) throw invalid(t)
  const arg = t.slice(p, close)
  const v = lookup(name)
  const end = close + 1
  switch (op) {
    case ':-':
      return { value: v === undefined || v === '' ? substitute(arg, lookup, opts) : v, end }
    case '-':
      return { value: v === undefined ? substitute(arg, lookup, opts) : v, end }
    case ':+':
      return { value: v !== undefined && v !== '' ? substitute(arg, lookup, opts) : '', end }
    case '+':
      return { value: v !== undefined ? substitute(arg, lookup, opts) : '', end }
    case ':?':
    case '?': {
      const missing = v === undefined || (op === ':?' && v === '')
      if (!missing) return { value: v!, end }
      const msg = substitute(arg, lookup, opts)
      throw new TemplateError(
        'missing_required',
        `required variable ${name} is missing a value${msg === '' ? '' : `: ${msg}`}`,
        name,
      )
    }
  }
}

/**
 * Index of the `}` closing the `${` at `start`. Every `{` counts as an opening, so JSON-ish
 * defaults keep their braces (`${X:-{"a":1}}`). When the braces do not balance, the first
 * `}` after the operator closes the expression, as compose-go's pattern does. -1 when none.
 */
function closingBrace(t: string, start: number, argStart: number): number {
  let depth = 0
  for (let i = start + 1; i < t.length; i++) {
    const ch = t.charCodeAt(i)
    if (ch === 123 /* { */) depth++
    else if (ch === 125 /* } */) {
      depth--
      if (depth === 0) return i
    }
  }
  return t.indexOf('}', argStart)
}

function invalid(template: string): TemplateError {
  return new TemplateError('invalid_template', `Invalid template: ${JSON.stringify(template)}`)
}

function isNameStart(c: number): boolean {
  return c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57)
}

/**
 * Public single-string interpolation: like substitute() but failures are ComposeFileErrors
 * (COMPOSE_INVALID_INTERPOLATION / COMPOSE_MISSING_VARIABLE).
 */
export function interpolateString(template: string, lookup: Lookup, opts: SubstituteOptions = {}): string {
  try {
    return substitute(template, lookup, opts)
  } catch (err) {
    throw toComposeError(err, undefined)
  }
}

export function toComposeError(err: unknown, where: { path: string; location?: import('../errors.js').SourceLocation } | undefined): unknown {
  if (!(err instanceof TemplateError)) return err
  if (err.kind === 'missing_required') {
    return new ComposeFileError(
      COMPOSE_ERROR_CODES.MISSING_VARIABLE,
      `${where ? `error while interpolating ${where.path}: ` : ''}${err.message}`,
      { location: where?.location, cause: err, hint: `set ${err.variable} in the environment or in the .env file` },
    )
  }
  return new ComposeFileError(
    COMPOSE_ERROR_CODES.INVALID_INTERPOLATION,
    where
      ? `invalid interpolation format for ${where.path}: ${err.message.replace(/^Invalid template: /, '')}`
      : err.message,
    { location: where?.location, cause: err, hint: 'you may need to escape any $ with another $' },
  )
}
