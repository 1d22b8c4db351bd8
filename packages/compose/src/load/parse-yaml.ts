import type { Document, Node, Pair, Scalar, YAMLMap } from 'yaml'
import { ComposeFileError, COMPOSE_ERROR_CODES, type SourceLocation } from '../errors.js'
import { fastParseDocuments } from './fast-yaml.js'
import { yamlLibrary } from './yaml-library.js'
import { mergeComposeFiles } from './merge.js'
import { OverrideTag, ResetTag, markClean } from './merge-tags.js'
import type { TreePath } from './tree-path.js'

/** One compose file as plain JS, with a way back to its source positions. */
export interface ParsedFile {
  readonly file: string
  /** Plain JS value of the file (null for an empty file). May hold ResetTag/OverrideTag markers. */
  readonly doc: unknown
  /** Position of the value at `path`, or of its nearest existing ancestor. 1-based. */
  locate(path: TreePath): SourceLocation | undefined
  /** Position of the value at `path` only if that exact node exists. */
  locateExact(path: TreePath): SourceLocation | undefined
  /** Position of the key of the last path segment (for "unknown key" messages). */
  locateKey(path: TreePath): SourceLocation | undefined
}

// Aliases are expanded into the plain tree; the library's default cap (100) is meant for
// untrusted input and trips on large files built from `<<: *defaults` in every service.
const MAX_ALIAS_COUNT = 1_000_000

const RESET = '!reset'
const OVERRIDE = '!override'

/**
 * Parses compose YAML the way docker compose reads it: YAML 1.2 core schema (so `yes`/`no`
 * stay strings; interpolate() casts them where compose does), anchors, aliases and `<<`
 * merge keys, duplicate keys rejected. Several documents in one file are merged in order.
 *
 * js-yaml parses first (fast-yaml.ts: same values, no positions). Positions come from the
 * `yaml` library, which re-parses the file only when one is asked for (an error to locate).
 * Whatever js-yaml rejects is parsed by `yaml` alone, which reports the located error.
 */
export function parseComposeYaml(text: string, file: string): ParsedFile {
  let values: unknown[]
  try {
    values = fastParseDocuments(text)
  } catch {
    return parseWithPositions(text, file)
  }
  let positioned: Positioned | undefined
  const positions = (): Positioned => (positioned ??= composeDocuments(text, file))
  const doc = combine(values)
  if (!text.includes(RESET) && !text.includes(OVERRIDE)) markClean(doc)
  return {
    file,
    doc,
    locate: (path) => locator(positions(), 'value')(path),
    locateExact: (path) => locator(positions(), 'exact')(path),
    locateKey: (path) => locator(positions(), 'key')(path),
  }
}

/** The `yaml` library's parse alone: positions from the start (and its error messages). */
export function parseWithPositions(text: string, file: string): ParsedFile {
  const p = composeDocuments(text, file)
  const values: unknown[] = []
  const tagged = text.includes(RESET) || text.includes(OVERRIDE)
  for (const d of p.documents) {
    if (tagged) replaceMergeTags(d)
    try {
      values.push(d.toJS({ maxAliasCount: MAX_ALIAS_COUNT }))
    } catch (cause) {
      throw new ComposeFileError(COMPOSE_ERROR_CODES.YAML_SYNTAX, (cause as Error).message, {
        location: { file }, cause,
      })
    }
  }
  return {
    file,
    doc: combine(values),
    locate: locator(p, 'value'),
    locateExact: locator(p, 'exact'),
    locateKey: locator(p, 'key'),
  }
}

interface Positioned {
  readonly documents: readonly Document[]
  where(offset: number): SourceLocation
}

/** Parses with `yaml` into Documents (node ranges kept); a syntax error throws, located. */
function composeDocuments(text: string, file: string): Positioned {
  const { LineCounter, parseAllDocuments } = yamlLibrary()
  const lineCounter = new LineCounter()
  const docs = parseAllDocuments(text, {
    lineCounter,
    merge: true,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
  })
  const documents: Document[] = Array.isArray(docs) ? docs : []
  const where = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset)
    return { file, line, column: col }
  }
  for (const d of documents) {
    const err = d.errors[0]
    if (err) {
      throw new ComposeFileError(COMPOSE_ERROR_CODES.YAML_SYNTAX, firstLine(err.message), {
        location: where(err.pos[0]), cause: err,
      })
    }
  }
  return { documents, where }
}

function locator(p: Positioned, mode: 'value' | 'exact' | 'key') {
  return (path: TreePath): SourceLocation | undefined => {
    const { documents, where } = p
    let best: { depth: number; offset: number } | undefined
    for (let i = documents.length - 1; i >= 0; i--) {
      const found = findNode(documents[i], path, mode === 'key')
      if (!found) continue
      if (found.depth === path.length) return where(found.offset)
      if (!best || found.depth > best.depth) best = found
    }
    if (mode === 'exact' || !best) return undefined
    return where(best.offset)
  }
}

function combine(values: unknown[]): unknown {
  return values.length === 0 ? null : values.length === 1 ? values[0] : mergeDocuments(values)
}

// Several documents in one file merge like several files.
function mergeDocuments(docs: unknown[]): unknown {
  return docs.reduce((acc: unknown, d) => mergeComposeFiles(acc, d), {})
}

function firstLine(msg: string): string {
  const i = msg.indexOf('\n')
  return (i < 0 ? msg : msg.slice(0, i)).trim()
}

/** Turns `!reset`/`!override` tagged nodes into marker scalars before conversion to JS. */
function replaceMergeTags(doc: Document): void {
  const { Scalar, visit } = yamlLibrary()
  visit(doc, {
    Node(_key, node) {
      const tag = (node as { tag?: string }).tag
      if (tag !== RESET && tag !== OVERRIDE) return undefined
      const inner = tag === RESET ? null : clearTag(node).toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT })
      const marker = new Scalar(tag === RESET ? new ResetTag(inner) : new OverrideTag(inner))
      marker.range = node.range
      if (node.anchor) marker.anchor = node.anchor
      return marker
    },
  })
}

function clearTag(node: Node): Node {
  node.tag = undefined
  return node
}

interface Found {
  depth: number
  offset: number
}

/** Walks `path` through the document's nodes; returns the deepest node reached. */
function findNode(doc: Document, path: TreePath, wantKey: boolean): Found | undefined {
  const { isMap, isSeq } = yamlLibrary()
  let node: unknown = doc.contents
  if (!node || !(node as Node).range) return undefined
  let found: Found = { depth: 0, offset: (node as Node).range![0] }
  for (let i = 0; i < path.length; i++) {
    node = deref(doc, node)
    const seg = path[i]
    if (isMap(node)) {
      const pair = findPair(doc, node, String(seg), new Set())
      if (!pair) return found
      const key = pair.key as Node | null
      const value = pair.value as Node | null
      const last = i === path.length - 1
      const keyOffset = key?.range?.[0]
      if (last && wantKey && keyOffset !== undefined) return { depth: i + 1, offset: keyOffset }
      const valueOffset = value && !isNullPlaceholder(value) ? value.range?.[0] : undefined
      const offset = valueOffset ?? keyOffset
      if (offset === undefined) return found
      found = { depth: i + 1, offset }
      node = value
    } else if (isSeq(node)) {
      const idx = typeof seg === 'number' ? seg : Number(seg)
      const item = Number.isInteger(idx) ? (node.items[idx] as Node | undefined) : undefined
      if (!item || !item.range) return found
      found = { depth: i + 1, offset: item.range[0] }
      node = item
    } else {
      return found
    }
  }
  return found
}

// `key:` with nothing after it parses as an empty scalar positioned at the end of the
// line; pointing at the key reads better.
function isNullPlaceholder(n: Node): boolean {
  const { isScalar } = yamlLibrary()
  return isScalar(n) && n.value === null && !!n.range && n.range[0] === n.range[1]
}

function deref(doc: Document, node: unknown): unknown {
  const { isAlias } = yamlLibrary()
  let n = node
  for (let i = 0; i < 100 && isAlias(n); i++) n = n.resolve(doc)
  return n
}

function findPair(doc: Document, map: YAMLMap, key: string, seen: Set<unknown>): Pair | undefined {
  const { isMap, isScalar, isSeq } = yamlLibrary()
  if (seen.has(map)) return undefined
  seen.add(map)
  for (const pair of map.items) {
    const k = pair.key
    if (isScalar(k) && String(k.value) === key && !(isMergeKey(k))) return pair
  }
  // Keys that arrive through `<<: *anchor` live in the anchored map.
  for (const pair of map.items) {
    if (!isScalar(pair.key) || !isMergeKey(pair.key)) continue
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value]
    for (const s of sources) {
      const target = deref(doc, s)
      if (isMap(target)) {
        const p = findPair(doc, target, key, seen)
        if (p) return p
      }
    }
  }
  return undefined
}

function isMergeKey(k: Scalar): boolean {
  return k.value === '<<' || (typeof k.value === 'symbol')
}
