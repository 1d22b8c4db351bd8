import { posix } from 'node:path'
import { ComposeFileError, COMPOSE_ERROR_CODES, type SourceLocation } from '../errors.js'
import { interpolate } from './interpolate.js'
import { mergeService } from './merge.js'
import { OverrideTag, ResetTag, hasMergeTags, isPlainObject, stripMergeTags } from './merge-tags.js'
import { parseComposeYaml, type ParsedFile } from './parse-yaml.js'
import { resolveRelativePaths } from './resolve-paths.js'
import { expandUser, type LoadEnv, type LoadIO } from './source-context.js'
import type { TreePath } from './tree-path.js'

type Obj = Record<string, unknown>

export interface ExtendsOptions extends LoadEnv, LoadIO {
  /** Absolute path of the file `model` was read from (names it in messages). */
  readonly file: string
  /** Directory relative `extends.file` paths resolve against (default: the file's directory). */
  readonly workingDir?: string
  /** Source positions of `model`, for messages. */
  readonly locate?: (path: TreePath) => SourceLocation | undefined
  /** Receives every other file read while resolving, so callers can locate into them. */
  readonly onFileParsed?: (file: ParsedFile) => void
}

interface Ref {
  readonly file: string
  readonly service: string
}

/**
 * Resolves `extends` in every service of one file's (interpolated) model: the base service,
 * from the same file or from `extends.file` (read, interpolated with the same environment,
 * its relative paths made absolute against its own directory), is resolved recursively and
 * the extending service is merged over it with the file-merge rules; `!reset`/`!override`
 * in the extending service apply to the inherited values. A cycle is an error showing the
 * whole chain. Returns a new model; `extends` keys are gone.
 */
export function resolveExtends(model: unknown, opts: ExtendsOptions): unknown {
  if (!isPlainObject(model) || !isPlainObject(model.services)) return model
  const services: Obj = { ...model.services }
  const done = new Set<string>()
  const otherFiles = new Map<string, Obj>()
  const baseDir = opts.workingDir ?? posix.dirname(opts.file)

  const loadOther = (ref: string, from: Ref): Obj => {
    const cached = otherFiles.get(ref)
    if (cached) return cached
    let text: string
    try {
      text = opts.readFile(ref)
    } catch (cause) {
      throw new ComposeFileError(COMPOSE_ERROR_CODES.FILE_NOT_FOUND,
        `cannot extend service "${from.service}": cannot read ${ref}`, { cause, location: where(from) })
    }
    const parsed = parseComposeYaml(text, ref)
    opts.onFileParsed?.(parsed)
    const doc = opts.noInterpolate ? parsed.doc : interpolate(parsed.doc, { ...opts, locate: parsed.locate })
    opts.onDocument?.(parsed, doc)
    if (!isPlainObject(doc) || !isPlainObject(doc.services)) {
      throw new ComposeFileError(COMPOSE_ERROR_CODES.EXTENDS_INVALID,
        `cannot extend service "${from.service}" in ${ref}: no services section`, { location: where(from) })
    }
    const resolved = resolveRelativePaths(doc, posix.dirname(ref)) as Obj
    const svcs = { ...(resolved.services as Obj) }
    otherFiles.set(ref, svcs)
    return svcs
  }

  const where = (r: Ref): SourceLocation | undefined =>
    r.file === opts.file ? opts.locate?.(['services', r.service, 'extends']) : { file: r.file }

  const resolve = (ref: Ref, pool: Obj, dir: string, chain: readonly Ref[]): unknown => {
    const key = `${ref.file}\0${ref.service}`
    const svc = pool[ref.service]
    if (pool === services && done.has(key)) return svc
    if (chain.some((c) => c.file === ref.file && c.service === ref.service)) {
      const loop = [...chain, ref].map((c) => `${c.service} (${c.file})`).join(' extends ')
      throw new ComposeFileError(COMPOSE_ERROR_CODES.EXTENDS_CYCLE, `circular reference in extends: ${loop}`, {
        location: where(chain[0]),
      })
    }
    if (!isPlainObject(svc) || svc.extends === undefined || svc.extends === null) return svc
    const ext = parseExtends(svc.extends, ref, () => where(ref))
    let base: unknown
    if (ext.file !== undefined) {
      const other = posix.resolve(dir, expandUser(ext.file, opts.home))
      const pool2 = loadOther(other, ref)
      if (!Object.hasOwn(pool2, ext.service)) {
        throw new ComposeFileError(COMPOSE_ERROR_CODES.EXTENDS_INVALID,
          `cannot extend service "${ref.service}" in ${ref.file}: service "${ext.service}" not found in ${other}`,
          { location: where(ref) })
      }
      base = resolve({ file: other, service: ext.service }, pool2, posix.dirname(other), [...chain, ref])
    } else {
      if (!Object.hasOwn(pool, ext.service)) {
        throw new ComposeFileError(COMPOSE_ERROR_CODES.EXTENDS_INVALID,
          `cannot extend service "${ref.service}" in ${ref.file}: service "${ext.service}" not found`,
          { location: where(ref) })
      }
      base = resolve({ file: ref.file, service: ext.service }, pool, dir, [...chain, ref])
    }
    const { extends: _drop, ...own } = svc
    const merged = keepMarkers(mergeService(stripMergeTags(base), own, ref.service) as Obj, own)
    delete merged.extends
    pool[ref.service] = merged
    if (pool === services) done.add(key)
    return merged
  }

  for (const name of Object.keys(services)) resolve({ file: opts.file, service: name }, services, baseDir, [])
  return { ...model, services }
}

function parseExtends(v: unknown, ref: Ref, location: () => SourceLocation | undefined): { service: string; file?: string } {
  if (typeof v === 'string') return { service: v }
  if (isPlainObject(v) && typeof v.service === 'string') {
    if (v.file !== undefined && typeof v.file !== 'string') {
      throw new ComposeFileError(COMPOSE_ERROR_CODES.EXTENDS_INVALID,
        `service "${ref.service}": extends.file must be a string`, { location: location() })
    }
    return { service: v.service, file: v.file as string | undefined }
  }
  throw new ComposeFileError(COMPOSE_ERROR_CODES.EXTENDS_INVALID,
    `service "${ref.service}": extends must be a service name or a mapping with a "service" key`, { location: location() })
}

/**
 * `!reset`/`!override` in an extending service also apply when its file is merged over the
 * previous files (compose-go records them as paths of the file), so the markers are put
 * back into the merged service for the file merge to see.
 */
function keepMarkers(merged: Obj, own: Obj): Obj {
  for (const [k, v] of Object.entries(own)) {
    if (v instanceof ResetTag) merged[k] = v
    else if (v instanceof OverrideTag) merged[k] = new OverrideTag(merged[k])
    else if (isPlainObject(v) && isPlainObject(merged[k]) && hasMergeTags(v)) merged[k] = keepMarkers({ ...(merged[k] as Obj) }, v)
  }
  return merged
}
