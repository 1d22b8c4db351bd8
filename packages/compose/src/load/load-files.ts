import { posix } from 'node:path'
import { ComposeFileError, COMPOSE_ERROR_CODES, type SourceLocation } from '../errors.js'
import { resolveExtends } from './extends.js'
import { resolveIncludes } from './include.js'
import { interpolate } from './interpolate.js'
import { mergeComposeFiles } from './merge.js'
import { isPlainObject } from './merge-tags.js'
import { parseComposeYaml, type ParsedFile } from './parse-yaml.js'
import type { LoadEnv, LoadIO } from './source-context.js'
import type { TreePath } from './tree-path.js'

type Obj = Record<string, unknown>

export interface ComposeSource {
  /** Absolute path (or a display name such as "-" for stdin). */
  readonly path: string
  /** The content when already read (stdin); otherwise read through `readFile`. */
  readonly text?: string
  /** The file already parsed (the project name is read from it before loading). */
  readonly parsed?: ParsedFile
}

export interface LoadFilesOptions extends LoadEnv, LoadIO {
  readonly files: readonly (ComposeSource | string)[]
  /** Project directory: relative `include` / `extends.file` paths resolve against it. */
  readonly workingDir: string
}

export interface LoadedFiles {
  /** The merged raw model (short syntax kept, relative paths of the main project kept). */
  readonly model: Obj
  /** Every file parsed, main files first in order, then included/extended ones. */
  readonly parsed: readonly ParsedFile[]
  /** Source position for a path of the merged model: the last main file defining it wins. */
  locate(path: TreePath): SourceLocation | undefined
}

/**
 * Loads the compose files of a project into one raw model, the way docker compose does it
 * file by file: parse, interpolate, apply `include`, resolve `extends`, then merge over the
 * previous files (with `!reset`/`!override`) and de-duplicate unique-keyed sequences.
 * Validation and normalization come after, on the returned model.
 */
export function loadComposeFiles(opts: LoadFilesOptions): LoadedFiles {
  const parsed: ParsedFile[] = []
  const warned = new Set<string>()
  const env: LoadEnv = {
    ...opts,
    warn: (name) => {
      if (warned.has(name)) return
      warned.add(name)
      opts.warn?.(name)
    },
  }
  const main = loadModel(opts.files, opts.workingDir, env, opts, parsed, undefined)
  const mainParsed = parsed.filter((p) => main.mainFiles.includes(p))
  return {
    model: main.model,
    parsed,
    locate(path) {
      for (let i = mainParsed.length - 1; i >= 0; i--) {
        const loc = mainParsed[i].locateExact(path)
        if (loc) return loc
      }
      return mainParsed[mainParsed.length - 1]?.locate(path)
    },
  }
}

function loadModel(
  files: readonly (ComposeSource | string)[],
  workingDir: string,
  env: LoadEnv,
  io: LoadIO,
  parsed: ParsedFile[],
  included: readonly string[] | undefined,
): { model: Obj; mainFiles: ParsedFile[] } {
  let merged: unknown = {}
  const mainFiles: ParsedFile[] = []
  for (const f of files) {
    const src = typeof f === 'string' ? { path: f } : f
    let text = src.text
    if (text === undefined && src.parsed === undefined) {
      try {
        text = io.readFile(src.path)
      } catch (cause) {
        throw new ComposeFileError(COMPOSE_ERROR_CODES.FILE_NOT_FOUND, `cannot read compose file ${src.path}`, {
          cause, location: { file: src.path },
        })
      }
    }
    const file = src.parsed ?? parseComposeYaml(text!, src.path)
    parsed.push(file)
    mainFiles.push(file)
    let doc: unknown = file.doc ?? {}
    if (!isPlainObject(doc)) {
      throw new ComposeFileError(COMPOSE_ERROR_CODES.INVALID_MODEL, 'top-level object must be a mapping', {
        location: file.locate([]),
      })
    }
    if (!env.noInterpolate) doc = interpolate(doc, { ...env, locate: file.locate })
    env.onDocument?.(file, doc)
    const absPath = posix.isAbsolute(src.path) ? src.path : posix.join(workingDir, src.path)
    doc = resolveIncludes(doc, {
      ...env, ...io,
      file: absPath,
      workingDir,
      // An included file arrives with itself already last in the chain.
      included: included?.[included.length - 1] === absPath ? included : [...(included ?? []), absPath],
      locate: file.locate,
      onFileParsed: (p) => parsed.push(p),
      loadModel: (args) => loadModel(args.files, args.workingDir, args.env, io, parsed, args.included).model,
    })
    doc = resolveExtends(doc, {
      ...env, ...io,
      file: absPath,
      workingDir,
      locate: file.locate,
      onFileParsed: (p) => parsed.push(p),
    })
    merged = mergeComposeFiles(merged, doc)
  }
  return { model: merged as Obj, mainFiles }
}
