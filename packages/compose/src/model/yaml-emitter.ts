import { yamlLibrary } from '../load/yaml-library.js'

/*
 * `config` output for large models: the `yaml` library's stringify builds a node tree and
 * asks every scalar which of a dozen schema tags it might be mistaken for, a quarter of a
 * second for 500 services. This emitter writes the same text (the layout of
 * stringify(value, OPTIONS), byte for byte: yaml-emitter.test.ts compares them) in one
 * pass: the common scalars (names, paths, image references, numbers) directly, any other
 * scalar by asking `yaml` about that scalar alone (memoized), and anything unexpected by
 * handing the whole value to `yaml`.
 */

/** The `yaml` stringify options this emitter reproduces. */
export const EMIT_OPTIONS = { indent: 2, lineWidth: 0, aliasDuplicateObjects: false, nullStr: 'null', version: '1.1' } as const

class Unsupported extends Error {}

// What the `yaml` library itself refuses to write plain (stringifyString.js plainString).
const UNSAFE_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/
// Plain scalars that YAML 1.1 reads as something else, among those starting with a letter:
// booleans, null, and floats with an empty mantissa (`e5`).
const YAML11_WORDS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|[eE][-+]?[0-9]+)$/
// Starts with a letter or `/`, printable ASCII only: no 1.1 number, date, `~`, `.inf`, `<<`.
const SIMPLE = /^[A-Za-z/][\x20-\x7e]*$/

const DIGITS = /^[0-9]{1,20}$/

function plainIsSafe(s: string): boolean {
  return s.length < 1000 && SIMPLE.test(s) && !UNSAFE_PLAIN.test(s) && !YAML11_WORDS.test(s)
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false
  const proto = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

export function emitYaml(value: unknown): string {
  try {
    return new Emitter().document(value)
  } catch (err) {
    if (!(err instanceof Unsupported)) throw err
    return yamlLibrary().stringify(value, EMIT_OPTIONS)
  }
}

class Emitter {
  private readonly out: string[] = []
  private readonly values = new Map<string, string>()
  private readonly keys = new Map<string, string>()

  document(value: unknown): string {
    if (isPlainObject(value) && Object.keys(value).length > 0) this.map(value, '')
    else if (Array.isArray(value) && value.length > 0) this.seq(value, '')
    else throw new Unsupported()
    return this.out.join('\n') + '\n'
  }

  private map(m: Record<string, unknown>, indent: string, firstPrefix?: string): void {
    let first = true
    for (const k of Object.keys(m)) {
      const v = m[k]
      if (v === undefined) continue
      const lead = first && firstPrefix !== undefined ? firstPrefix : indent
      first = false
      const key = lead + this.key(k)
      if (isPlainObject(v) && Object.keys(v).length > 0) {
        this.out.push(key + ':')
        this.map(v, indent + '  ')
      } else if (Array.isArray(v) && v.length > 0) {
        this.out.push(key + ':')
        this.seq(v, indent + '  ')
      } else {
        this.out.push(key + ': ' + this.scalar(v, indent))
      }
    }
    if (first) throw new Unsupported()
  }

  private seq(items: readonly unknown[], indent: string, firstPrefix?: string): void {
    items.forEach((item, i) => {
      const dash = (i === 0 && firstPrefix !== undefined ? firstPrefix : indent) + '- '
      if (isPlainObject(item) && Object.keys(item).length > 0) this.map(item, indent + '  ', dash)
      else if (Array.isArray(item) && item.length > 0) this.seq(item, indent + '  ', dash)
      else this.out.push(dash + this.scalar(item, indent))
    })
  }

  /** A scalar (or empty collection) after `key: ` or `- `; continuation lines get `indent`. */
  private scalar(v: unknown, indent: string): string {
    if (v === null) return 'null'
    if (v === true) return 'true'
    if (v === false) return 'false'
    if (typeof v === 'number') {
      if (Number.isSafeInteger(v) && !Object.is(v, -0)) return String(v)
      return this.asked(String(v), v, indent)
    }
    if (typeof v === 'string') {
      if (plainIsSafe(v)) return v
      // Digits alone always read as a YAML 1.1 integer: `yaml` double-quotes them (ports).
      if (DIGITS.test(v)) return `"${v}"`
      return this.asked(`s${v}`, v, indent)
    }
    if (Array.isArray(v)) return '[]'
    if (isPlainObject(v)) return '{}'
    throw new Unsupported()
  }

  // `yaml`'s own rendering of one value, as the value of a mapping key at column 0; block
  // scalars continue on lines indented relative to that column.
  private asked(memo: string, v: unknown, indent: string): string {
    let text = this.values.get(memo)
    if (text === undefined) {
      const doc = yamlLibrary().stringify({ k: v }, EMIT_OPTIONS)
      if (!doc.startsWith('k: ') && !doc.startsWith('k:\n')) throw new Unsupported()
      text = doc.slice(doc.startsWith('k: ') ? 3 : 2, -1)
      this.values.set(memo, text)
    }
    if (!text.includes('\n')) return text
    return text.split('\n').map((line, i) => (i === 0 || line === '' ? line : indent + line)).join('\n')
  }

  private key(k: string): string {
    if (plainIsSafe(k)) return k
    // `yaml` quotes a key starting like a document marker at some depths only.
    if (/^(?:%|---|\.\.\.)/m.test(k)) throw new Unsupported()
    let text = this.keys.get(k)
    if (text === undefined) {
      const doc = yamlLibrary().stringify({ [k]: null }, EMIT_OPTIONS)
      if (!doc.endsWith(': null\n') || doc.startsWith('? ') || doc.slice(0, -1).includes('\n')) throw new Unsupported()
      text = doc.slice(0, -': null\n'.length)
      this.keys.set(k, text)
    }
    return text
  }
}
