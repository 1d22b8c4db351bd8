/**
 * Dockerfile variable substitution (BuildKit's shell.Lex.ProcessWord): `$VAR`, `${VAR}`,
 * `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}`, `${VAR+alt}`, `${VAR:?msg}`,
 * `${VAR?msg}`; single quotes are literal, double quotes expand, the escape character makes
 * the next character literal; quotes are removed. Unset variables expand to ''. Pure.
 */

export type VarLookup = (name: string) => string | undefined

export class SubstitutionError extends Error {}

class Scanner {
  i = 0
  constructor(readonly s: string) {}
  peek(): string | undefined {
    return this.s[this.i]
  }
  next(): string | undefined {
    return this.s[this.i++]
  }
  eof(): boolean {
    return this.i >= this.s.length
  }
}

function isNameChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_]/.test(c)
}

/** Expands one word; `escape` is `\` or the `# escape=` character. */
export function processWord(word: string, lookup: VarLookup, escape = '\\'): string {
  const sc = new Scanner(word)
  return processUntil(sc, lookup, escape, undefined)
}

/** Reads until `stop` (a `}` ending a `${...}` default), handling quotes and expansions. */
function processUntil(sc: Scanner, lookup: VarLookup, escape: string, stop: string | undefined): string {
  let out = ''
  while (!sc.eof()) {
    const c = sc.peek()!
    if (stop !== undefined && c === stop) return out
    if (c === escape) {
      sc.next()
      const n = sc.next()
      if (n !== undefined) out += n
      else out += escape
      continue
    }
    if (c === "'") {
      sc.next()
      out += singleQuoted(sc)
      continue
    }
    if (c === '"') {
      sc.next()
      out += doubleQuoted(sc, lookup, escape)
      continue
    }
    if (c === '$') {
      sc.next()
      out += dollar(sc, lookup, escape)
      continue
    }
    out += sc.next()
  }
  if (stop !== undefined) throw new SubstitutionError(`missing '}' in "${sc.s}"`)
  return out
}

function singleQuoted(sc: Scanner): string {
  let out = ''
  for (;;) {
    const c = sc.next()
    if (c === undefined) throw new SubstitutionError(`unexpected end of statement while looking for matching single-quote in "${sc.s}"`)
    if (c === "'") return out
    out += c
  }
}

function doubleQuoted(sc: Scanner, lookup: VarLookup, escape: string): string {
  let out = ''
  for (;;) {
    const c = sc.peek()
    if (c === undefined) throw new SubstitutionError(`unexpected end of statement while looking for matching double-quote in "${sc.s}"`)
    if (c === '"') {
      sc.next()
      return out
    }
    if (c === '$') {
      sc.next()
      out += dollar(sc, lookup, escape)
      continue
    }
    sc.next()
    if (c === escape) {
      const n = sc.peek()
      // Inside double quotes the escape only protects ", $ and itself (sh rules).
      if (n === '"' || n === '$' || n === escape) {
        out += n
        sc.next()
      } else out += c
      continue
    }
    out += c
  }
}

function dollar(sc: Scanner, lookup: VarLookup, escape: string): string {
  const c = sc.peek()
  if (c === '{') {
    sc.next()
    let name = ''
    while (isNameChar(sc.peek())) name += sc.next()
    if (name === '') throw new SubstitutionError(`bad substitution in "${sc.s}": missing variable name`)
    const after = sc.next()
    if (after === '}') return lookup(name) ?? ''
    if (after === undefined) throw new SubstitutionError(`missing '}' in "${sc.s}"`)
    let colon = false
    let op = after
    if (op === ':') {
      colon = true
      op = sc.next() ?? ''
    }
    if (op !== '-' && op !== '+' && op !== '?') throw new SubstitutionError(`unsupported modifier (${colon ? ':' : ''}${op}) in substitution of "${name}" in "${sc.s}"`)
    const word = processUntil(sc, lookup, escape, '}')
    sc.next() // the closing }
    const value = lookup(name)
    const set = colon ? value !== undefined && value !== '' : value !== undefined
    switch (op) {
      case '-':
        return set ? value! : word
      case '+':
        return set ? word : ''
      default:
        if (!set) throw new SubstitutionError(`${name}: ${word || 'is not allowed to be unset'}`)
        return value!
    }
  }
  if (isNameChar(c)) {
    let name = ''
    // $1 style positional names are one digit in sh; Dockerfiles have none: treat as a name.
    while (isNameChar(sc.peek())) name += sc.next()
    return lookup(name) ?? ''
  }
  return '$'
}

/** Names the word refers to (for "unused build-arg" warnings and cache keys). */
export function referencedNames(word: string): string[] {
  const out: string[] = []
  const re = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g
  let m: RegExpExecArray | null
  while ((m = re.exec(word))) out.push(m[1]!)
  return out
}
