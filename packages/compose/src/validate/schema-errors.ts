import { ComposeFileError, type SourceLocation } from '../errors.js'
import { composeSchema } from '../schema/compose-schema.js'
import type { SchemaError } from '../schema/validator.js'
import { VALIDATION_CODES as C } from './error-codes.js'
import { didYouMean } from './did-you-mean.js'
import { formatPath, type KeyPath } from '../normalize/context.js'

export interface Locator {
  readonly file: string
  locate(path: KeyPath): SourceLocation | undefined
  locateKey?(path: KeyPath): SourceLocation | undefined
}

const KIND_WORDS: Record<string, string> = {
  object: 'a mapping', array: 'a sequence', string: 'a string', number: 'a number',
  integer: 'an integer', boolean: 'a boolean', null: 'null',
}

/** What a YAML value is, in compose words. */
export function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'null'
  if (Array.isArray(v)) return 'a sequence'
  if (typeof v === 'object') return 'a mapping'
  if (typeof v === 'number') return Number.isInteger(v) ? `the number ${v}` : `the number ${v}`
  if (typeof v === 'boolean') return `the boolean ${v}`
  return `the string "${String(v)}"`
}

function toKeyPath(instancePath: string): (string | number)[] {
  if (instancePath === '') return []
  return instancePath.slice(1).split('/').map((s) => {
    const seg = s.replace(/~1/g, '/').replace(/~0/g, '~')
    return /^\d+$/.test(seg) ? Number(seg) : seg
  })
}

function valueAt(doc: unknown, path: readonly (string | number)[]): unknown {
  let v = doc
  for (const p of path) v = (v as Record<string | number, unknown> | undefined)?.[p]
  return v
}

/** The schema node an error's schemaPath points into (minus the keyword itself). */
function schemaNode(schemaPath: string): Record<string, unknown> | undefined {
  const segs = schemaPath.replace(/^#\//, '').split('/').map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))
  segs.pop()
  let node: unknown = composeSchema
  for (const s of segs) node = (node as Record<string, unknown> | undefined)?.[s]
  return node as Record<string, unknown> | undefined
}

function list(words: string[]): string {
  const uniq = [...new Set(words)]
  return uniq.length <= 1 ? (uniq[0] ?? '') : `${uniq.slice(0, -1).join(', ')} or ${uniq[uniq.length - 1]}`
}

function depth(e: SchemaError): number {
  return e.instancePath === '' ? 0 : e.instancePath.split('/').length - 1
}

/**
 * Picks the most useful error among ajv's: the deepest position wins (it is closest to the
 * mistake); at equal depth, an error from a branch whose type matched (unknown key, bad enum
 * value) beats the "wrong type" errors of branches that did not.
 */
export function pickError(errors: readonly SchemaError[]): SchemaError[] {
  const concrete = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if')
  const pool = concrete.length > 0 ? concrete : [...errors]
  const maxDepth = Math.max(...pool.map(depth))
  const deepest = pool.filter((e) => depth(e) === maxDepth)
  const firstPath = deepest[0]!.instancePath
  const samePath = deepest.filter((e) => e.instancePath === firstPath)
  const nonType = samePath.filter((e) => e.keyword !== 'type')
  return nonType.length > 0 ? [nonType[0]!] : samePath
}

/** Turns ajv's errors for one file into one located, compose-worded error. */
export function schemaError(errors: readonly SchemaError[], doc: unknown, loc: Locator): ComposeFileError {
  const picked = pickError(errors)
  const e = picked[0]!
  const path = toKeyPath(e.instancePath)
  const value = valueAt(doc, path)
  const where = (p: KeyPath): SourceLocation => loc.locate(p) ?? { file: loc.file }
  const at = formatPath(path) || '(top level)'
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty)
      const keyPath = [...path, key]
      const location = loc.locateKey?.(keyPath) ?? where(keyPath)
      const node = schemaNode(e.schemaPath)
      const props = node?.properties ? Object.keys(node.properties as object) : []
      if (props.length === 0) {
        const what = path.length === 1 ? String(path[0]).replace(/s$/, '') : 'key'
        return new ComposeFileError(C.INVALID_VALUE, `${at}: invalid ${what} name "${key}": names may only contain letters, digits, ".", "_" and "-"`, { location })
      }
      const suggestion = didYouMean(key, props)
      const where2 = path.length === 0 ? '' : `${at}: `
      return new ComposeFileError(C.UNKNOWN_KEY,
        `${where2}unknown key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
        { location, hint: suggestion ? undefined : `allowed keys here: ${props.join(', ')}` })
    }
    case 'type': {
      const expected = picked.flatMap((p) => [p.params.type].flat().map((t) => KIND_WORDS[String(t)] ?? String(t)))
      return new ComposeFileError(C.INVALID_TYPE, `${at}: found ${kindOf(value)}, expected ${list(expected)}`, { location: where(path) })
    }
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String)
      const suggestion = didYouMean(String(value), allowed)
      return new ComposeFileError(C.INVALID_VALUE,
        `${at}: found ${kindOf(value)}, expected one of ${allowed.join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
        { location: where(path) })
    }
    case 'required': {
      const key = String(e.params.missingProperty)
      return new ComposeFileError(C.MISSING_KEY, `${at}: missing required key "${key}"`, { location: where(path) })
    }
    case 'uniqueItems': {
      const arr = value as unknown[]
      const j = Number(e.params.j)
      return new ComposeFileError(C.INVALID_VALUE, `${at}: duplicate entry ${JSON.stringify(arr[j])}, entries must be unique`, { location: where([...path, j]) })
    }
    case 'minimum':
    case 'maximum':
      return new ComposeFileError(C.INVALID_VALUE,
        `${at}: found ${kindOf(value)}, expected ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${String(e.params.limit)}`, { location: where(path) })
    case 'pattern':
      return new ComposeFileError(C.INVALID_VALUE, `${at}: found ${kindOf(value)}, which is not an allowed value`, { location: where(path) })
    default:
      return new ComposeFileError(C.INVALID_VALUE, `${at}: ${e.message ?? 'invalid value'}`, { location: where(path) })
  }
}
