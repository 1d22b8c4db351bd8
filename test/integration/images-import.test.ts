import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ImageStore } from '../../packages/runtime/src/images/store.js'
import { nativeFs } from '../../packages/runtime/src/native/fs.js'
import { makeBusyboxRootfs, makeBusyboxTar } from '../helpers/busybox.js'
import { ScopedLeftovers } from '../helpers/scoped-leftovers.js'
import { tarBuffer } from '../../packages/runtime/test/images/tar-helpers.js'

let leftovers: ScopedLeftovers
let root: string
let busyboxTar: string
let store: ImageStore
const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex')

beforeAll(() => {
  leftovers = new ScopedLeftovers('tsc-imgimp-')
  root = mkdtempSync(join(tmpdir(), 'tsc-imgimp-'))
  busyboxTar = makeBusyboxTar()
  store = new ImageStore({ root })
})
afterAll(() => {
  rmSync(root, { recursive: true, force: true })
  rmSync(dirname(busyboxTar), { recursive: true, force: true })
  leftovers.expectClean()
})

describe('image import (busybox rootfs tar)', () => {
  it('unpacks the tar once into a snapshot with files, symlinks, modes and owners', async () => {
    const res = await store.importRootfs(busyboxTar, { ref: 'busybox:test', changes: ['CMD ["sh"]', 'ENV A=1'] })
    expect(res.ref).toBe('busybox:test')
    const img = await store.resolve('busybox:test')
    expect(img.id).toBe(res.id)
    expect(img.lowerDirs).toHaveLength(1)
    const fs = img.lowerDirs[0]!
    expect(fs).toBe(join(root, 'images/snapshots', img.diffIds[0]!.slice(7), 'fs'))
    expect(lstatSync(fs).mode & 0o7777).toBe(0o755)
    const bb = lstatSync(join(fs, 'bin/busybox'))
    expect(bb.isFile() && (bb.mode & 0o7777) === 0o755 && bb.uid === 0).toBe(true)
    expect(sha(join(fs, 'bin/busybox'))).toBe(sha('/bin/busybox'))
    expect(readlinkSync(join(fs, 'bin/sh'))).toBe('busybox')
    expect(lstatSync(join(fs, 'tmp')).mode & 0o7777).toBe(0o1777)
    expect(readFileSync(join(fs, 'etc/passwd'), 'utf8')).toMatch(/^root:x:0:0:/)
    expect(img.config.config).toEqual({ Cmd: ['sh'], Env: ['A=1'] })
    const inspect = await store.inspect(res.id.slice(7, 19))
    expect(inspect).toMatchObject({ Id: res.id, RepoTags: ['busybox:test'], Comment: 'Imported from -', Os: 'linux', RootFS: { Type: 'layers', Layers: img.diffIds } })
    expect(inspect.Size).toBeGreaterThan(lstatSync('/bin/busybox').size)
    // the stored blob is the uncompressed tar, so its digest is the diff id
    expect(`sha256:${sha(busyboxTar)}`).toBe(img.diffIds[0])
  })

  it('shares the snapshot when the same layer is imported again, also gzipped', async () => {
    const gz = join(root, 'bb.tar.gz')
    writeFileSync(gz, gzipSync(readFileSync(busyboxTar)))
    const again = await store.importRootfs(gz, { ref: 'busybox:gz' })
    const a = await store.resolve('busybox:test')
    const b = await store.resolve('busybox:gz')
    expect(b.id).not.toBe(a.id) // a new config (created time, no CMD)...
    expect(b.diffIds).toEqual(a.diffIds) // ...over the same layer
    expect(b.lowerDirs).toEqual(a.lowerDirs)
    expect(readdirSync(join(root, 'images/snapshots'))).toHaveLength(1)
    expect(again.id).toBe(b.id)
  })

  it('imports a directory and the overlay view runs busybox', async () => {
    const dir = makeBusyboxRootfs()
    try {
      await store.importRootfs(dir, { ref: 'fromdir' })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    const img = await store.resolve('fromdir')
    const work = mkdtempSync(join(tmpdir(), 'tsc-imgimp-ovl-'))
    const merged = join(work, 'merged')
    for (const d of ['upper', 'work', 'merged']) mkdirSync(join(work, d))
    const nfs = nativeFs()
    nfs.mount('overlay', merged, 'overlay', 0, `lowerdir=${img.lowerDirs.join(':')},upperdir=${work}/upper,workdir=${work}/work`)
    try {
      expect(execFileSync('chroot', [merged, '/bin/sh', '-c', 'echo hi > /tmp/x && cat /tmp/x && id -u'], { encoding: 'utf8' })).toBe('hi\n0\n')
    } finally {
      nfs.umount2(merged, 0)
      rmSync(work, { recursive: true, force: true })
    }
    // the write went to the upper dir, never into the shared snapshot
    expect(readdirSync(join(img.lowerDirs[0]!, 'tmp'))).toEqual([])
  })

  it('serializes concurrent imports through the store lock, all sharing one snapshot', async () => {
    const root2 = join(root, 'concurrent')
    const stores = [0, 1, 2, 3].map(() => new ImageStore({ root: root2 }))
    const results = await Promise.all(stores.map((s, i) => s.importRootfs(busyboxTar, { ref: `c:${i}` })))
    expect(new Set(results.map((r) => r.ref))).toEqual(new Set(['c:0', 'c:1', 'c:2', 'c:3']))
    const list = await stores[0]!.list()
    expect(list.flatMap((i) => i.RepoTags).sort()).toEqual(['c:0', 'c:1', 'c:2', 'c:3'])
    expect(readdirSync(join(root2, 'images/snapshots'))).toHaveLength(1)
    expect(readdirSync(join(root2, 'images/ingest'))).toEqual([])
  })

  it('refuses a tar with an escaping path and keeps nothing of it', async () => {
    const blobsBefore = store.blobs.list().sort()
    const snapsBefore = store.snapshots.list().sort()
    const bad = join(root, 'bad.tar')
    writeFileSync(bad, await tarBuffer([{ name: 'ok', body: 'x' }, { name: '../../escape', body: 'x' }]))
    await expect(store.importRootfs(bad, { ref: 'bad' })).rejects.toMatchObject({ code: 'IMAGE_UNSAFE_PATH' })
    expect(store.blobs.list().sort()).toEqual(blobsBefore)
    expect(store.snapshots.list().sort()).toEqual(snapsBefore)
    expect(readdirSync(join(root, 'images/ingest'))).toEqual([])
    await expect(store.inspect('bad')).rejects.toMatchObject({ code: 'IMAGE_NOT_FOUND' })
  })

  it('gives clear errors for a missing file and a bad change line', async () => {
    await expect(store.importRootfs(join(root, 'nope.tar'))).rejects.toThrow(/cannot read ".*nope.tar": no such file or directory/)
    await expect(store.importRootfs(busyboxTar, { changes: ['FROM scratch'] })).rejects.toMatchObject({ code: 'IMAGE_INVALID_CHANGE', message: '"FROM" is not a valid change command' })
    await expect(store.importRootfs(busyboxTar, { ref: 'UPPER' })).rejects.toMatchObject({ code: 'IMAGE_INVALID_REFERENCE' })
  })
})
