import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ImageStore } from '../../packages/runtime/src/images/store.js'
import { nativeFs, S_IFCHR } from '../../packages/runtime/src/native/fs.js'
import { makeBusyboxTar } from '../helpers/busybox.js'
import { ScopedLeftovers } from '../helpers/scoped-leftovers.js'

const BINARY_XATTR = Buffer.from([0x01, 0x00, 0xff, 0x80, 0xc3, 0x28, 0x00, 0x02])
const nfs = nativeFs()
let leftovers: ScopedLeftovers
let root: string
let busyboxTar: string
let users: string[] = []
let store: ImageStore

beforeAll(() => {
  leftovers = new ScopedLeftovers('tsc-imgcom-')
  root = mkdtempSync(join(tmpdir(), 'tsc-imgcom-'))
  busyboxTar = makeBusyboxTar()
  store = new ImageStore({ root, inUse: async () => users })
})
afterAll(() => {
  rmSync(root, { recursive: true, force: true })
  rmSync(dirname(busyboxTar), { recursive: true, force: true })
  leftovers.expectClean()
})

function withOverlay<T>(lowerDirs: string[], upper: string | undefined, fn: (merged: string) => T): T {
  const mnt = mkdtempSync(join(tmpdir(), 'tsc-imgcom-mnt-'))
  const merged = join(mnt, 'merged')
  mkdirSync(merged)
  let data = `lowerdir=${lowerDirs.join(':')}`
  if (upper) {
    mkdirSync(join(mnt, 'work'))
    data += `,upperdir=${upper},workdir=${mnt}/work`
  }
  nfs.mount('overlay', merged, 'overlay', upper ? 0 : 1, data)
  try {
    return fn(merged)
  } finally {
    nfs.umount2(merged, 0)
    rmSync(mnt, { recursive: true, force: true })
  }
}

describe('container diff and commit on a hand-made upper dir', () => {
  let upper: string
  let base: Awaited<ReturnType<ImageStore['resolve']>>

  beforeAll(async () => {
    await store.importRootfs(busyboxTar, { ref: 'base:1', changes: ['CMD ["sh"]'] })
    base = await store.resolve('base:1')
    upper = join(root, 'upper')
    // What overlayfs would have written for: echo > /tmp/new; edit /etc/passwd; rm /bin/ls;
    // rm -rf /www && mkdir /www && echo > /www/index.html
    mkdirSync(join(upper, 'tmp'), { recursive: true })
    chmodSync(join(upper, 'tmp'), 0o1777)
    writeFileSync(join(upper, 'tmp/new'), 'new file')
    nfs.lsetxattr(join(upper, 'tmp/new'), 'trusted.tsc-bin', BINARY_XATTR)
    mkdirSync(join(upper, 'etc'))
    writeFileSync(join(upper, 'etc/passwd'), 'root:x:0:0:changed:/root:/bin/sh\n')
    mkdirSync(join(upper, 'bin'))
    nfs.mknod(join(upper, 'bin/ls'), S_IFCHR, 0, 0)
    mkdirSync(join(upper, 'www'))
    nfs.lsetxattr(join(upper, 'www'), 'trusted.overlay.opaque', Buffer.from('y'))
    writeFileSync(join(upper, 'www/index.html'), '<h1>hi</h1>')
  })

  it('diff reports A/C/D like docker container diff', () => {
    expect(store.diff(upper, base.lowerDirs).map((c) => `${c.kind} ${c.path}`)).toEqual([
      'C /bin',
      'D /bin/ls',
      'C /etc',
      'C /etc/passwd',
      'C /tmp',
      'A /tmp/new',
      'D /www',
      'A /www/index.html',
    ])
  })

  it('the upper dir over the image gives the container view', () => {
    withOverlay(base.lowerDirs, upper, (m) => {
      expect(existsSync(join(m, 'bin/ls'))).toBe(false)
      expect(existsSync(join(m, 'bin/sh'))).toBe(true)
      expect(readdirSync(join(m, 'www'))).toEqual(['index.html'])
    })
  })

  it('commit turns the upper dir into a new top layer with OCI whiteouts and the same view', async () => {
    const res = await store.commit({ upperDir: upper, baseRef: 'base:1', changes: ['ENV COMMITTED=1', 'WORKDIR /www'], author: 'tester', message: 'snapshot', createdBy: '/bin/sh -c edit', ref: 'committed:1' })
    const img = await store.resolve('committed:1')
    expect(img.id).toBe(res.id)
    expect(img.diffIds.slice(0, 1)).toEqual(base.diffIds)
    expect(img.lowerDirs.slice(1)).toEqual(base.lowerDirs) // the base snapshot is shared
    const top = img.lowerDirs[0]!
    const wh = lstatSync(join(top, 'bin/ls'))
    expect(wh.isCharacterDevice() && wh.rdev === 0).toBe(true)
    expect(nfs.lgetxattr(join(top, 'www'), 'trusted.overlay.opaque')?.toString()).toBe('y')
    // xattr values are bytes (security.capability is binary): they must survive tar both ways
    expect(nfs.lgetxattr(join(top, 'tmp/new'), 'trusted.tsc-bin')).toEqual(BINARY_XATTR)
    expect(img.config.config).toEqual({ Cmd: ['sh'], Env: ['COMMITTED=1'], WorkingDir: '/www' })
    expect(img.config.author).toBe('tester')
    const inspect = await store.inspect('committed:1')
    expect(inspect).toMatchObject({ Author: 'tester', Comment: 'snapshot', RootFS: { Layers: img.diffIds } })
    const history = await store.history('committed:1')
    expect(history.map((h) => [h.CreatedBy, h.Comment])).toEqual([['/bin/sh -c edit', 'snapshot'], ['', 'Imported from -']])

    withOverlay(img.lowerDirs, undefined, (m) => {
      expect(existsSync(join(m, 'bin/ls'))).toBe(false)
      expect(existsSync(join(m, 'bin/sh'))).toBe(true)
      expect(readFileSync(join(m, 'tmp/new'), 'utf8')).toBe('new file')
      expect(readFileSync(join(m, 'etc/passwd'), 'utf8')).toMatch(/changed/)
      expect(readdirSync(join(m, 'www'))).toEqual(['index.html'])
      expect(lstatSync(join(m, 'tmp')).mode & 0o7777).toBe(0o1777)
    })

    // An empty upper dir commits to an empty layer, and diff says nothing changed.
    const empty = join(root, 'empty-upper')
    mkdirSync(empty)
    expect(store.diff(empty, img.lowerDirs)).toEqual([])
    const e = await store.commit({ upperDir: empty, baseRef: res.id })
    expect((await store.inspect(e.id)).RootFS.Layers).toHaveLength(3)
  })

  it('refuses to remove an image a container uses, then removes it once free', async () => {
    users = ['abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789']
    await expect(store.remove('committed:1')).rejects.toMatchObject({ code: 'IMAGE_IN_USE', message: expect.stringMatching(/is being used by container abcdef012345/) })
    expect(await store.remove('committed:1', { force: true })).toEqual([{ Untagged: 'committed:1' }])
    users = []
    const pruned = await store.prune()
    expect(pruned.ImagesDeleted.filter((r) => 'Deleted' in r)).toHaveLength(2)
    expect(pruned.SpaceReclaimed).toBeGreaterThan(0)
    // the base image and its snapshot stay
    const still = await store.resolve('base:1')
    expect(existsSync(still.lowerDirs[0]!)).toBe(true)
    expect(readdirSync(join(root, 'images/snapshots'))).toHaveLength(1)
  })
})
