import { createWriteStream, linkSync, lchownSync, lstatSync, lutimesSync, chmodSync, mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync, type Stats } from 'node:fs'
import { join, posix } from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import * as tar from 'tar-stream'
import { fromSystemError, isKernelError } from '../errors.js'
import { type NativeFs, S_IFCHR, S_IFBLK, S_IFIFO } from '../native/fs.js'
import { HashingPassThrough } from './blobs.js'
import { AutoDecompress } from './decompress.js'
import type { Digest } from './digest.js'
import { imageError, IMAGE_DIGEST_MISMATCH, IMAGE_INVALID_ARCHIVE, IMAGE_UNSAFE_PATH } from './errors.js'
import { cleanEntryName, resolveInRoot } from './tar-path.js'
import { PaxXattrRewriter, XATTR64_PREFIX } from './pax-xattrs.js'
import { OPAQUE_XATTR, WHITEOUT_OPAQUE, WHITEOUT_PREFIX } from './whiteout.js'

export interface UnpackOptions {
  readonly fs: NativeFs
  /** The layer's diff_id from the image config: the uncompressed tar must hash to it. */
  readonly expectedDiffId?: Digest
  /** Names the layer in error messages. */
  readonly what?: string
}

export interface UnpackResult {
  readonly diffId: Digest
  /** Sum of regular file sizes: what `image ls` adds up as the image size. */
  readonly size: number
}

const SMALL_FILE = 1 << 20

function lstatOrUndefined(p: string): Stats | undefined {
  try {
    return lstatSync(p)
  } catch {
    return undefined
  }
}

function sys<T>(syscall: string, path: string, fn: () => T): T {
  try {
    return fn()
  } catch (err) {
    throw fromSystemError(err, syscall, path)
  }
}

async function readAll(entry: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of entry) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

async function drain(entry: Readable): Promise<void> {
  for await (const _ of entry) {
    // discard
  }
}

/** Creates missing parents as root-owned 0755 directories (what tar does for implied dirs). */
function ensureDir(p: string): void {
  sys('mkdir', p, () => mkdirSync(p, { recursive: true, mode: 0o755 }))
}

/**
 * Applies one layer tar into `dest` (an empty snapshot directory), the way containerd's
 * OverlayConvertWhiteout applier does: OCI whiteouts become overlayfs whiteouts, so the
 * directory can serve as an overlay lowerdir as is.
 *  - `.wh..wh..opq` → xattr trusted.overlay.opaque=y on its directory;
 *  - `.wh.<name>` → a 0/0 character device named <name>.
 * Every entry is confined to `dest` (cleanEntryName + resolveInRoot). Ownership, modes
 * (including setuid), mtimes and xattrs are kept; directory mtimes are set last because
 * creating children changes them.
 */
export async function unpackLayer(src: Readable, dest: string, opts: UnpackOptions): Promise<UnpackResult> {
  const what = opts.what ?? 'layer'
  const nfs = opts.fs
  const dirTimes: [string, Date][] = []
  let size = 0
  const hasher = new HashingPassThrough()
  const extract = tar.extract()
  const feeding = pipeline(src, new AutoDecompress(what), hasher, new PaxXattrRewriter('decode'), extract)
  feeding.catch(() => {
    // reported through the for-await below or awaited after it
  })

  const applyMeta = (path: string, header: tar.Header, isLink: boolean): void => {
    sys('lchown', path, () => lchownSync(path, header.uid, header.gid))
    // chmod after chown: chown clears setuid/setgid bits.
    if (!isLink) sys('chmod', path, () => chmodSync(path, header.mode & 0o7777))
    const pax = (header.pax ?? {}) as Record<string, string>
    for (const [key, value] of Object.entries(pax)) {
      if (!key.startsWith(XATTR64_PREFIX)) continue
      const name = key.slice(XATTR64_PREFIX.length)
      try {
        nfs.lsetxattr(path, name, Buffer.from(value, 'base64'))
      } catch (err) {
        // A filesystem without that namespace (ENOTSUP) must not fail the whole image.
        if (!isKernelError(err, 'ENOTSUP') && !isKernelError(err, 'EOPNOTSUPP')) throw err
      }
    }
  }

  const applyEntry = async (header: tar.Header, entry: Readable): Promise<void> => {
    const name = cleanEntryName(header.name)
    // The root entry ("./") would chmod the snapshot root to whatever the tarring dir had.
    if (name === '') return drain(entry)
    const base = posix.basename(name)
    const parent = resolveInRoot(dest, posix.dirname(name), true)
    if (!parent.startsWith(dest)) throw imageError(IMAGE_UNSAFE_PATH, `archive entry "${header.name}" escapes ${dest}`)
    const target = join(parent, base)

    if (base.startsWith(WHITEOUT_PREFIX)) {
      await drain(entry)
      ensureDir(parent)
      if (base === WHITEOUT_OPAQUE) {
        nfs.lsetxattr(parent, OPAQUE_XATTR, Buffer.from('y'))
        return
      }
      const hidden = join(parent, base.slice(WHITEOUT_PREFIX.length))
      sys('rm', hidden, () => rmSync(hidden, { recursive: true, force: true }))
      try {
        nfs.mknod(hidden, S_IFCHR, 0, 0)
        sys('lchown', hidden, () => lchownSync(hidden, header.uid, header.gid))
      } catch (err) {
        // The parent itself is whited out in this layer (containers/storage tolerates it too).
        if (!isKernelError(err, 'ENOTDIR')) throw err
      }
      return
    }

    ensureDir(parent)
    const existing = lstatOrUndefined(target)
    if (existing && !(existing.isDirectory() && header.type === 'directory')) {
      sys('rm', target, () => rmSync(target, { recursive: true, force: true }))
    }
    const mode = header.mode & 0o7777
    switch (header.type) {
      case 'directory':
        if (!existing?.isDirectory()) sys('mkdir', target, () => mkdirSync(target, { mode: 0o755 }))
        await drain(entry)
        applyMeta(target, header, false)
        dirTimes.push([target, header.mtime])
        return
      case 'file':
      case 'contiguous-file':
        if (header.size <= SMALL_FILE) {
          const data = await readAll(entry)
          sys('open', target, () => writeFileSync(target, data, { mode: 0o600 }))
        } else {
          await pipeline(entry, createWriteStream(target, { mode: 0o600 }))
        }
        size += header.size
        break
      case 'symlink':
        await drain(entry)
        sys('symlink', target, () => symlinkSync(header.linkname, target))
        applyMeta(target, header, true)
        sys('lutimes', target, () => lutimesSync(target, header.mtime, header.mtime))
        return
      case 'link': {
        await drain(entry)
        const src = resolveInRoot(dest, cleanEntryName(header.linkname), false)
        const st = lstatOrUndefined(src)
        if (!st || st.isDirectory()) {
          throw imageError(IMAGE_INVALID_ARCHIVE, `${what}: hard link "${header.name}" points to missing or directory target "${header.linkname}"`)
        }
        sys('link', target, () => linkSync(src, target))
        return
      }
      case 'character-device':
      case 'block-device':
      case 'fifo': {
        await drain(entry)
        const type = header.type === 'fifo' ? S_IFIFO : header.type === 'block-device' ? S_IFBLK : S_IFCHR
        nfs.mknod(target, type | mode, header.devmajor ?? 0, header.devminor ?? 0)
        break
      }
      default:
        // Unknown types (sparse, GNU extensions tar-stream passes through) are skipped, like moby.
        await drain(entry)
        return
    }
    applyMeta(target, header, false)
    sys('utimes', target, () => utimesSync(target, header.mtime, header.mtime))
  }

  try {
    for await (const entry of extract) {
      await applyEntry(entry.header, entry as unknown as Readable)
    }
    await feeding
  } catch (err) {
    extract.destroy()
    throw err
  }
  for (const [dir, mtime] of dirTimes.reverse()) sys('utimes', dir, () => utimesSync(dir, mtime, mtime))

  const diffId = hasher.digest()
  if (opts.expectedDiffId && diffId !== opts.expectedDiffId) {
    throw imageError(IMAGE_DIGEST_MISMATCH, `${what}: wrong diff id: the config says ${opts.expectedDiffId}, the layer content is ${diffId}`)
  }
  return { diffId, size }
}
