import { closeSync, createReadStream, openSync, readSync } from 'node:fs'
import { posix } from 'node:path'
import { gunzipSync, constants as zc } from 'node:zlib'
import type { NativeFs } from '../native/fs.js'
import { unpackLayer } from '../images/unpack.js'
import { copyItems, isDirInRoot, mkdirInRoot, parseChmod, resolveChown } from './copy.js'
import type { Instruction } from './dockerfile-parser.js'
import { BUILD_INVALID_ARGUMENT, BUILD_REMOTE_SOURCE, BUILD_SOURCE_NOT_FOUND, BUILD_SYNTAX, BUILD_UNSUPPORTED, lineError } from './errors.js'
import type { IgnoreMatcher } from './dockerignore.js'
import { collectItem, expandSource, hashItems, type SourceItem } from './sources.js'

/**
 * COPY and ADD: sources resolved and hashed before anything is written (the hash is the
 * cache key), then written into the image root by `apply`. ADD extracts local tar archives
 * (plain or gzip) and refuses URLs: builds never fetch from the network.
 */

export interface CopyPlan {
  readonly items: readonly SourceItem[]
  /** Content hash of the sources (context), or the source stage's image id (--from). */
  readonly sourceHash: string
  /** Absolute destination in the image; `dirHint`: written with a trailing `/`. */
  readonly dest: string
  readonly dirHint: boolean
  readonly chown?: string
  readonly chmod?: number
  /** What history shows: `COPY a b /dest/`. */
  readonly createdBy: string
}

function flagValue(inst: Instruction, name: string): string | undefined {
  const f = [...inst.flags].reverse().find((x) => x.name === name)
  return f === undefined || f.value === true ? undefined : f.value
}

const URL_RE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i

/**
 * Resolves the sources of a COPY/ADD. `words` are the substituted arguments (sources then
 * destination); `root` is the context dir or the --from stage's root.
 */
export function planCopy(inst: Instruction, file: string, words: readonly string[], root: string, workdir: string, ignore: IgnoreMatcher | undefined, fromHash: string | undefined): CopyPlan {
  if (words.length < 2) throw lineError(BUILD_SYNTAX, file, inst.line, `${inst.name} requires at least two arguments, but only one was provided. Destination could not be determined`)
  const srcs = words.slice(0, -1)
  const destWord = words.at(-1)!
  for (const s of srcs) {
    if (URL_RE.test(s)) {
      throw lineError(BUILD_REMOTE_SOURCE, file, inst.line, `${inst.name} ${s}: remote sources are not supported: builds here never fetch from the network`, {
        hint: 'download the file into the build context first, then COPY it',
      })
    }
  }
  if (inst.flags.some((f) => f.name === 'parents' || f.name === 'exclude' || f.name === 'checksum' || f.name === 'keep-git-dir')) {
    const f = inst.flags.find((x) => ['parents', 'exclude', 'checksum', 'keep-git-dir'].includes(x.name))!
    throw lineError(BUILD_UNSUPPORTED, file, inst.line, `${inst.name} --${f.name} is not supported by this builder`)
  }
  const items: SourceItem[] = []
  for (const s of srcs) {
    const matches = expandSource(root, s)
    let found = 0
    for (const m of matches) {
      const item = collectItem(root, m, ignore)
      if (item) {
        items.push(item)
        found++
      }
    }
    if (found === 0) {
      throw lineError(BUILD_SOURCE_NOT_FOUND, file, inst.line, `${inst.name} ${s}: not found${fromHash ? '' : ' in the build context'}${ignore && !fromHash ? ' (or excluded by .dockerignore)' : ''}`)
    }
  }
  const dirHint = destWord.endsWith('/') || destWord === '.' || destWord.endsWith('/.')
  const dest = posix.resolve(workdir || '/', destWord)
  if (items.length > 1 && !dirHint) {
    throw lineError(BUILD_INVALID_ARGUMENT, file, inst.line, `When using ${inst.name} with more than one source file, the destination must be a directory and end with a /`)
  }
  const chmod = parseChmod(flagValue(inst, 'chmod'))
  const chown = flagValue(inst, 'chown')
  return {
    items,
    sourceHash: fromHash ?? hashItems(items),
    dest,
    dirHint,
    ...(chown ? { chown } : {}),
    ...(chmod !== undefined ? { chmod } : {}),
    createdBy: `${inst.name} ${inst.flags.map((f) => `--${f.name}${f.value === true ? '' : `=${f.value}`} `).join('')}${srcs.join(' ')} ${destWord}`,
  }
}

type Archive = 'tar' | 'gzip' | 'bzip2' | 'xz' | undefined

/** docker's ADD extracts what its DecompressStream + tar reader accept. */
function archiveKind(path: string): Archive {
  const fd = openSync(path, 'r')
  const head = Buffer.alloc(65536)
  let n: number
  try {
    n = readSync(fd, head, 0, head.length, 0)
  } finally {
    closeSync(fd)
  }
  const buf = head.subarray(0, n)
  const isTar = (b: Buffer): boolean => b.length >= 262 && b.subarray(257, 262).toString('latin1') === 'ustar'
  if (buf[0] === 0x1f && buf[1] === 0x8b) {
    try {
      return isTar(gunzipSync(buf, { finishFlush: zc.Z_SYNC_FLUSH })) ? 'gzip' : undefined
    } catch {
      return undefined
    }
  }
  if (buf.subarray(0, 3).toString('latin1') === 'BZh') return 'bzip2'
  if (buf.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))) return 'xz'
  return isTar(buf) ? 'tar' : undefined
}

/** Writes the plan into `imageRoot` (the step's overlay mount). */
export async function applyCopy(inst: Instruction, file: string, plan: CopyPlan, imageRoot: string, fs: NativeFs): Promise<void> {
  const owner = resolveChown(imageRoot, plan.chown)
  const destIsDir = plan.dirHint || isDirInRoot(imageRoot, plan.dest)
  const plain: SourceItem[] = []
  for (const item of plan.items) {
    const kind = inst.name === 'ADD' && !item.isDir ? archiveKind(item.entries[0]!.abs) : undefined
    if (kind === undefined) {
      plain.push(item)
      continue
    }
    if (kind === 'bzip2' || kind === 'xz') {
      throw lineError(BUILD_UNSUPPORTED, file, inst.line, `ADD ${item.path}: ${kind} archives are not supported (tar and tar.gz are)`, { hint: 'recompress it with gzip, or COPY it and extract it with RUN' })
    }
    const destDir = mkdirInRoot(imageRoot, plan.dest)
    await unpackLayer(createReadStream(item.entries[0]!.abs), destDir, { fs, what: `ADD ${item.path}` })
  }
  copyItems(imageRoot, plain, plan.dest, destIsDir, { uid: owner.uid, gid: owner.gid, ...(plan.chmod !== undefined ? { mode: plan.chmod } : {}) })
}
