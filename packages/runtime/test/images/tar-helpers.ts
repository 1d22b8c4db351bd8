import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import * as tar from 'tar-stream'
import type { FsBinding, NativeFs } from '../../src/native/fs.js'
import { createNativeFs } from '../../src/native/fs.js'

export interface TarEntry {
  name: string
  type?: 'file' | 'directory' | 'symlink' | 'link' | 'character-device' | 'fifo'
  body?: string | Buffer
  linkname?: string
  mode?: number
  pax?: Record<string, string>
  devmajor?: number
  devminor?: number
}

const uid = process.getuid?.() ?? 0
const gid = process.getgid?.() ?? 0

/** An in-memory tar, owned by the current user so unpacking needs no root. */
export async function tarBuffer(entries: TarEntry[]): Promise<Buffer> {
  const pack = tar.pack()
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    pack.on('data', (c: Buffer) => chunks.push(c))
    pack.on('end', () => resolve(Buffer.concat(chunks)))
    pack.on('error', reject)
  })
  for (const e of entries) {
    const body = e.body === undefined ? Buffer.alloc(0) : Buffer.from(e.body)
    const type = e.type ?? 'file'
    await new Promise<void>((resolve, reject) => {
      pack.entry(
        { name: e.name, type, mode: e.mode ?? (type === 'directory' ? 0o755 : 0o644), uid, gid, mtime: new Date(1_700_000_000_000), ...(e.linkname ? { linkname: e.linkname } : {}), ...(e.pax ? { pax: e.pax } : {}), devmajor: e.devmajor ?? 0, devminor: e.devminor ?? 0, ...(type === 'file' ? { size: body.length } : {}) } as tar.Header,
        type === 'file' ? body : Buffer.alloc(0),
        (err) => (err ? reject(err) : resolve()),
      )
    })
  }
  pack.finalize()
  return done
}

/** Lists entry names (and link targets) of a tar buffer, in order. */
export async function tarNames(buf: Buffer): Promise<string[]> {
  const ex = tar.extract()
  const names: string[] = []
  const consuming = (async () => {
    for await (const e of ex) {
      names.push(e.header.type === 'symlink' || e.header.type === 'link' ? `${e.header.name} -> ${e.header.linkname}` : e.header.name)
      for await (const _ of e) {
        // drain
      }
    }
  })()
  ex.end(buf)
  await consuming
  return names
}

/**
 * A NativeFs for the unit tier (no root): mknod makes an empty marker file and records the
 * call, xattrs live in a map, flock always succeeds.
 */
export function fakeFs(): { fs: NativeFs; mknods: Map<string, [number, number, number]>; xattrs: Map<string, Map<string, Buffer>> } {
  const mknods = new Map<string, [number, number, number]>()
  const xattrs = new Map<string, Map<string, Buffer>>()
  const binding: FsBinding = {
    mknod(path, mode, major, minor) {
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, '', { flag: 'wx' })
      mknods.set(path, [mode, major, minor])
    },
    lsetxattr(path, name, value) {
      if (!xattrs.has(path)) xattrs.set(path, new Map())
      xattrs.get(path)!.set(name, Buffer.from(value))
    },
    lgetxattr: (path, name) => xattrs.get(path)?.get(name),
    llistxattr: (path) => [...(xattrs.get(path)?.keys() ?? [])],
    flockTry: () => true,
    flock: async () => {},
    mount() {},
    umount2() {},
    statfsType: () => 0,
  }
  return { fs: createNativeFs(binding), mknods, xattrs }
}

export function writeTree(root: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true })
    writeFileSync(join(root, name), content)
  }
}
