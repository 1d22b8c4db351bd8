import { once } from 'node:events'
import { closeSync, lstatSync, openSync, readSync, readdirSync, readlinkSync, type Stats } from 'node:fs'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import * as tar from 'tar-stream'
import { fromSystemError, isKernelError } from '../errors.js'
import type { NativeFs } from '../native/fs.js'
import { PaxXattrRewriter, XATTR64_PREFIX } from './pax-xattrs.js'
import { devMajor, devMinor, OPAQUE_XATTR, OVERLAY_XATTR_PREFIX, WHITEOUT_OPAQUE, WHITEOUT_PREFIX } from './whiteout.js'

export interface PackOptions {
  readonly fs: NativeFs
  /**
   * Read `dir` as an overlayfs upper dir: 0/0 char devices become `.wh.<name>` entries and
   * opaque directories get a `.wh..wh..opq` entry (the reverse of unpackLayer). Off for a
   * plain rootfs directory (`image import DIR`).
   */
  readonly overlayWhiteouts: boolean
  /** How to recognize a whiteout; a seam for unit tests, where mknod needs root. */
  readonly isWhiteout?: (st: Stats, path: string) => boolean
  /**
   * Relative paths (no leading `/`) of mount points under `dir`: written as the entry they
   * are, without their contents (`container export` leaves out volumes, /proc, /sys...).
   */
  readonly mountPoints?: ReadonlySet<string>
}

const CHUNK = 1 << 20

type EntryHeader = Partial<Omit<tar.Header, 'pax'>> & { name: string; pax?: Record<string, string> }

function isCharDevice00(st: Stats): boolean {
  return st.isCharacterDevice() && st.rdev === 0
}

/** Names in byte order so the same tree always gives the same tar (and the same diff_id). */
function sortedNames(dir: string): string[] {
  return readdirSync(dir).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
}

/**
 * Tars the contents of `dir` (not the directory itself) the way docker writes layer tars:
 * relative names without `./`, numeric uid/gid, hard links as link entries, xattrs as
 * SCHILY.xattr PAX records (overlayfs' own trusted.overlay.* excluded), sockets skipped.
 */
export function packDir(dir: string, opts: PackOptions): Readable {
  const pack = tar.pack()
  const inodes = new Map<string, string>()
  const isWhiteout = opts.isWhiteout ?? isCharDevice00

  const xattrs = (path: string): Record<string, string> | undefined => {
    let names: string[]
    try {
      names = opts.fs.llistxattr(path)
    } catch (err) {
      if (isKernelError(err, 'ENOTSUP')) return undefined
      throw err
    }
    const out: Record<string, string> = {}
    for (const n of names) {
      if (n.startsWith(OVERLAY_XATTR_PREFIX)) continue
      const v = opts.fs.lgetxattr(path, n)
      if (v !== undefined) out[XATTR64_PREFIX + n] = v.toString('base64')
    }
    return Object.keys(out).length > 0 ? out : undefined
  }

  const add = async (header: EntryHeader, body?: Buffer): Promise<void> => {
    await new Promise<void>((resolve, reject) => {
      pack.entry(header, body ?? Buffer.alloc(0), (err) => (err ? reject(err) : resolve()))
    })
  }

  const addFile = async (header: EntryHeader, path: string, size: number): Promise<void> => {
    // Read exactly `size` bytes (zero-padded if the file shrank meanwhile) so the header
    // never lies about the body, even if a running container is writing the file.
    let fd: number
    try {
      fd = openSync(path, 'r')
    } catch (err) {
      throw fromSystemError(err, 'open', path)
    }
    try {
      if (size <= CHUNK) {
        const buf = Buffer.alloc(size)
        readSync(fd, buf, 0, size, 0)
        await add(header, buf)
        return
      }
      let done: (err?: Error | null) => void = () => {}
      const finished = new Promise<void>((resolve, reject) => {
        done = (err) => (err ? reject(err) : resolve())
      })
      const sink = pack.entry(header, done)
      let pos = 0
      while (pos < size) {
        const buf = Buffer.alloc(Math.min(CHUNK, size - pos))
        readSync(fd, buf, 0, buf.length, pos)
        pos += buf.length
        if (!sink.write(buf)) await once(sink as unknown as NodeJS.EventEmitter, 'drain')
      }
      sink.end(undefined as never)
      await finished
    } finally {
      closeSync(fd)
    }
  }

  const walk = async (abs: string, rel: string): Promise<void> => {
    for (const name of sortedNames(abs)) {
      const path = join(abs, name)
      const relPath = rel === '' ? name : `${rel}/${name}`
      const st = lstatSync(path)
      const base: EntryHeader = {
        name: relPath,
        mode: st.mode & 0o7777,
        uid: st.uid,
        gid: st.gid,
        mtime: st.mtime,
      }
      if (opts.overlayWhiteouts && isWhiteout(st, path)) {
        const wh = rel === '' ? `${WHITEOUT_PREFIX}${name}` : `${rel}/${WHITEOUT_PREFIX}${name}`
        await add({ ...base, name: wh, type: 'file', mode: 0, size: 0 })
        continue
      }
      const pax = st.isSocket() ? undefined : xattrs(path)
      const header: EntryHeader = pax ? { ...base, pax } : base
      if (opts.mountPoints?.has(relPath)) {
        // what the mount covers is not the container's own files: an empty stand-in
        await add(st.isDirectory() ? { ...base, type: 'directory' } : { ...base, type: 'file', size: 0 })
        continue
      }
      if (st.isDirectory()) {
        await add({ ...header, type: 'directory' })
        if (opts.overlayWhiteouts && opts.fs.lgetxattr(path, OPAQUE_XATTR)?.toString() === 'y') {
          await add({ ...base, name: `${relPath}/${WHITEOUT_OPAQUE}`, type: 'file', mode: 0, size: 0 })
        }
        await walk(path, relPath)
      } else if (st.isFile()) {
        const key = `${st.dev}:${st.ino}`
        const first = st.nlink > 1 ? inodes.get(key) : undefined
        if (first !== undefined) {
          await add({ ...header, type: 'link', linkname: first, size: 0 })
          continue
        }
        if (st.nlink > 1) inodes.set(key, relPath)
        await addFile({ ...header, type: 'file', size: st.size }, path, st.size)
      } else if (st.isSymbolicLink()) {
        await add({ ...header, type: 'symlink', linkname: readlinkSync(path) })
      } else if (st.isCharacterDevice() || st.isBlockDevice()) {
        await add({ ...header, type: st.isCharacterDevice() ? 'character-device' : 'block-device', devmajor: devMajor(st.rdev), devminor: devMinor(st.rdev) })
      } else if (st.isFIFO()) {
        await add({ ...header, type: 'fifo' })
      }
      // sockets: skipped, as docker does
    }
  }

  // xattrs leave tar-stream base64-encoded under a private key; the rewriter turns them into
  // the byte-exact SCHILY.xattr records every other tar reads (see pax-xattrs.ts).
  const out = new PaxXattrRewriter('encode')
  const packed = pack as unknown as Readable
  packed.on('error', (err: Error) => out.destroy(err))
  packed.pipe(out)
  walk(dir, '').then(
    () => pack.finalize(),
    (err: unknown) => pack.destroy(err as Error),
  )
  return out
}
