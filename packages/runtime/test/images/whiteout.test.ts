import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync, existsSync, type Stats } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sha256 } from '../../src/images/digest.js'
import { packDir } from '../../src/images/pack.js'
import { unpackLayer } from '../../src/images/unpack.js'
import { devMajor, devMinor } from '../../src/images/whiteout.js'
import { S_IFCHR } from '../../src/native/fs.js'
import { fakeFs, tarBuffer, tarNames } from './tar-helpers.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tsc-wh-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function collect(r: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of r) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

describe('unpacking a layer: OCI whiteouts → overlayfs', () => {
  it('turns .wh.<name> into a 0/0 char device and .wh..wh..opq into the opaque xattr', async () => {
    const { fs, mknods, xattrs } = fakeFs()
    const layer = await tarBuffer([
      { name: 'etc/', type: 'directory' },
      { name: 'etc/.wh.passwd' },
      { name: 'var/', type: 'directory' },
      { name: 'var/.wh..wh..opq' },
      { name: 'var/new', body: 'same layer files stay' },
      { name: 'gone/.wh.deep' },
    ])
    const dest = join(dir, 'fs')
    mkdirSync(dest)
    const res = await unpackLayer(Readable.from([layer]), dest, { fs })
    expect(res.diffId).toBe(sha256(layer))
    expect(mknods.get(join(dest, 'etc/passwd'))).toEqual([S_IFCHR, 0, 0])
    expect(mknods.get(join(dest, 'gone/deep'))).toEqual([S_IFCHR, 0, 0])
    expect(xattrs.get(join(dest, 'var'))?.get('trusted.overlay.opaque')?.toString()).toBe('y')
    expect(readFileSync(join(dest, 'var/new'), 'utf8')).toBe('same layer files stay')
    // whiteout files themselves are never written
    expect(existsSync(join(dest, 'etc/.wh.passwd'))).toBe(false)
    expect(existsSync(join(dest, 'var/.wh..wh..opq'))).toBe(false)
  })

  it('keeps modes, symlinks, hard links, mtimes and xattrs; skips the root entry', async () => {
    const { fs, xattrs } = fakeFs()
    const layer = await tarBuffer([
      { name: './', type: 'directory', mode: 0o700 },
      { name: './bin/', type: 'directory', mode: 0o755 },
      { name: './bin/tool', body: '#!/bin/sh\n', mode: 0o4755, pax: { 'SCHILY.xattr.user.note': 'hello' } },
      { name: './bin/alias', type: 'symlink', linkname: 'tool' },
      { name: './bin/hard', type: 'link', linkname: './bin/tool' },
      { name: './tmp/', type: 'directory', mode: 0o1777 },
    ])
    const dest = join(dir, 'fs')
    mkdirSync(dest, { mode: 0o755 })
    const res = await unpackLayer(Readable.from([gzipSync(layer)]), dest, { fs, expectedDiffId: sha256(layer) })
    expect(res.size).toBe('#!/bin/sh\n'.length)
    expect(statSync(dest).mode & 0o7777).toBe(0o755)
    expect(statSync(join(dest, 'bin/tool')).mode & 0o7777).toBe(0o4755)
    expect(statSync(join(dest, 'tmp')).mode & 0o7777).toBe(0o1777)
    expect(readlinkSync(join(dest, 'bin/alias'))).toBe('tool')
    expect(statSync(join(dest, 'bin/hard')).ino).toBe(statSync(join(dest, 'bin/tool')).ino)
    expect(statSync(join(dest, 'bin')).mtimeMs).toBe(1_700_000_000_000)
    expect(xattrs.get(join(dest, 'bin/tool'))?.get('user.note')?.toString()).toBe('hello')
  })

  it('refuses a layer whose content does not match its diff_id', async () => {
    const layer = await tarBuffer([{ name: 'a', body: 'x' }])
    const dest = join(dir, 'fs')
    mkdirSync(dest)
    await expect(unpackLayer(Readable.from([layer]), dest, { fs: fakeFs().fs, expectedDiffId: sha256('other') })).rejects.toMatchObject({
      code: 'IMAGE_DIGEST_MISMATCH',
      message: expect.stringMatching(/wrong diff id/),
    })
  })

  it('never writes outside the snapshot: ../ names fail, symlinked parents stay inside', async () => {
    const { fs } = fakeFs()
    const dest = join(dir, 'fs')
    mkdirSync(dest)
    const bad = await tarBuffer([{ name: '../escape', body: 'x' }])
    await expect(unpackLayer(Readable.from([bad]), dest, { fs })).rejects.toMatchObject({ code: 'IMAGE_UNSAFE_PATH' })
    expect(existsSync(join(dir, 'escape'))).toBe(false)

    const outside = join(dir, 'outside')
    mkdirSync(outside)
    const viaLink = await tarBuffer([
      { name: 'evil', type: 'symlink', linkname: outside },
      { name: 'evil/pwned', body: 'x' },
      { name: 'rel', type: 'symlink', linkname: '../../../../..' + outside },
      { name: 'rel/pwned2', body: 'x' },
      { name: 'hl', type: 'link', linkname: '../../../etc/hostname' },
    ])
    await expect(unpackLayer(Readable.from([viaLink]), dest, { fs })).rejects.toMatchObject({ code: 'IMAGE_UNSAFE_PATH' })
    expect(existsSync(join(outside, 'pwned'))).toBe(false)
    expect(existsSync(join(outside, 'pwned2'))).toBe(false)
    expect(readFileSync(join(dest, outside, 'pwned'), 'utf8')).toBe('x')
    expect(readFileSync(join(dest, outside, 'pwned2'), 'utf8')).toBe('x')
  })

  it('refuses zstd with a clear error on this Node', async () => {
    const zstdMagic = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0, 0, 0, 0])
    const dest = join(dir, 'fs')
    mkdirSync(dest)
    const p = unpackLayer(Readable.from([zstdMagic]), dest, { fs: fakeFs().fs, what: 'layer 1' })
    if (process.versions.node.split('.').map(Number)[0]! < 22) {
      await expect(p).rejects.toMatchObject({ code: 'IMAGE_UNSUPPORTED', message: expect.stringMatching(/layer 1 is zstd-compressed/) })
    } else {
      await expect(p).rejects.toBeDefined()
    }
  })
})

describe('packing an upper dir: overlayfs → OCI whiteouts', () => {
  it('emits .wh.<name> for whiteouts and .wh..wh..opq after an opaque dir, in byte order', async () => {
    const { fs } = fakeFs()
    const upper = join(dir, 'upper')
    mkdirSync(join(upper, 'etc'), { recursive: true })
    mkdirSync(join(upper, 'var'), { recursive: true })
    writeFileSync(join(upper, 'etc/passwd.deleted'), '')
    writeFileSync(join(upper, 'var/keep'), 'k')
    writeFileSync(join(upper, 'B'), 'upper case sorts first')
    symlinkSync('keep', join(upper, 'var/link'))
    fs.lsetxattr(join(upper, 'var'), 'trusted.overlay.opaque', Buffer.from('y'))
    fs.lsetxattr(join(upper, 'var'), 'trusted.overlay.origin', Buffer.from('x'))
    fs.lsetxattr(join(upper, 'var/keep'), 'user.a', Buffer.from('1'))
    const whiteouts = new Set([join(upper, 'etc/passwd.deleted')])
    const isWhiteout = (_st: Stats, p: string): boolean => whiteouts.has(p)
    const buf = await collect(packDir(upper, { fs, overlayWhiteouts: true, isWhiteout }))
    expect(await tarNames(buf)).toEqual(['B', 'etc', 'etc/.wh.passwd.deleted', 'var', 'var/.wh..wh..opq', 'var/keep', 'var/link -> keep'])

    // and back: unpacking what we packed gives the same overlay view
    const { fs: fs2, mknods, xattrs } = fakeFs()
    const dest = join(dir, 'again')
    mkdirSync(dest)
    await unpackLayer(Readable.from([buf]), dest, { fs: fs2 })
    expect(mknods.has(join(dest, 'etc/passwd.deleted'))).toBe(true)
    expect(xattrs.get(join(dest, 'var'))?.get('trusted.overlay.opaque')?.toString()).toBe('y')
    expect(xattrs.get(join(dest, 'var'))?.has('trusted.overlay.origin')).toBe(false)
    expect(xattrs.get(join(dest, 'var/keep'))?.get('user.a')?.toString()).toBe('1')
  })

  it('is deterministic and keeps hard links as link entries', async () => {
    const { fs } = fakeFs()
    const root = join(dir, 'rootfs')
    mkdirSync(join(root, 'a'), { recursive: true })
    writeFileSync(join(root, 'a/f'), 'data')
    const { linkSync } = await import('node:fs')
    linkSync(join(root, 'a/f'), join(root, 'a/g'))
    const one = await collect(packDir(root, { fs, overlayWhiteouts: false }))
    const two = await collect(packDir(root, { fs, overlayWhiteouts: false }))
    expect(sha256(one)).toBe(sha256(two))
    expect(await tarNames(one)).toEqual(['a', 'a/f', 'a/g -> a/f'])
    expect(lstatSync(join(root, 'a/f')).nlink).toBe(2)
  })
})

describe('dev_t decoding', () => {
  it('matches glibc major/minor for small and large numbers', () => {
    expect([devMajor(0x0103), devMinor(0x0103)]).toEqual([1, 3]) // /dev/null
    expect([devMajor(0x8801), devMinor(0x8801)]).toEqual([136, 1]) // /dev/pts/1
    // major 300, minor 70000: glibc makedev
    const dev = ((300 & 0xfff) << 8) + (70000 & 0xff) + ((70000 & ~0xff) << 12)
    expect([devMajor(dev), devMinor(dev)]).toEqual([300, 70000])
  })
})
