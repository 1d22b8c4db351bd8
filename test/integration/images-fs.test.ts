import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { lockFile, MNT_DETACH, nativeFs, OVERLAYFS_SUPER_MAGIC, S_IFCHR, TMPFS_MAGIC } from '../../packages/runtime/src/native/fs.js'
import { KernelError } from '../../packages/runtime/src/errors.js'
import { ScopedLeftovers } from '../helpers/scoped-leftovers.js'

let dir: string
let leftovers: ScopedLeftovers
const fs = nativeFs()

beforeAll(() => {
  leftovers = new ScopedLeftovers('tsc-imgfs-')
  dir = mkdtempSync(join(tmpdir(), 'tsc-imgfs-'))
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  leftovers.expectClean()
})

describe('native fs calls on the real kernel', () => {
  it('mknod makes a 0/0 char device (an overlay whiteout)', () => {
    const p = join(dir, 'wh')
    fs.mknod(p, S_IFCHR | 0o644, 0, 0)
    const st = lstatSync(p)
    expect(st.isCharacterDevice()).toBe(true)
    expect(st.rdev).toBe(0)
    expect(() => fs.mknod(p, S_IFCHR, 0, 0)).toThrow(KernelError)
    expect(() => fs.mknod(p, S_IFCHR, 0, 0)).toThrow(`EEXIST: mknod ${p}`)
  })

  it('sets, reads and lists xattrs without following symlinks', () => {
    const d = join(dir, 'opq')
    mkdirSync(d)
    fs.lsetxattr(d, 'trusted.overlay.opaque', Buffer.from('y'))
    expect(fs.lgetxattr(d, 'trusted.overlay.opaque')).toEqual(Buffer.from('y'))
    expect(fs.lgetxattr(d, 'user.absent')).toBeUndefined()
    expect(fs.llistxattr(d)).toContain('trusted.overlay.opaque')
    const link = join(dir, 'link')
    symlinkSync('opq', link)
    fs.lsetxattr(link, 'trusted.tsc', Buffer.from([0, 1, 2]))
    expect(fs.lgetxattr(link, 'trusted.tsc')).toEqual(Buffer.from([0, 1, 2]))
    expect(fs.lgetxattr(d, 'trusted.tsc')).toBeUndefined()
    expect(() => fs.lgetxattr(join(dir, 'missing'), 'user.x')).toThrow(/ENOENT: lgetxattr/)
  })

  it('flock: blocking acquisition waits off the JS thread, try reports busy', async () => {
    const p = join(dir, 'lock')
    writeFileSync(p, '')
    const a = openSync(p, 'r')
    const b = openSync(p, 'r')
    try {
      expect(fs.tryFlock(a, 'ex')).toBe(true)
      expect(fs.tryFlock(b, 'ex')).toBe(false)
      expect(await fs.flock(b, 'sh', true)).toBe(false)
      let acquired = false
      const waiting = fs.flock(b, 'ex').then(() => { acquired = true })
      // The JS thread keeps running while the worker blocks in flock(2).
      await new Promise((r) => setTimeout(r, 50))
      expect(acquired).toBe(false)
      await fs.flock(a, 'un')
      await waiting
      expect(acquired).toBe(true)
      expect(fs.tryFlock(a, 'sh')).toBe(false)
    } finally {
      closeSync(a)
      closeSync(b)
    }
  })

  it('lockFile holds the lock until released', async () => {
    const p = join(dir, 'state.lock')
    const l1 = await lockFile(p, 'ex')
    let second = false
    const p2 = lockFile(p, 'ex').then((l) => { second = true; return l })
    await new Promise((r) => setTimeout(r, 30))
    expect(second).toBe(false)
    l1.release()
    const l2 = await p2
    expect(second).toBe(true)
    l2.release()
  })

  it('lockFile: many waiters in one process leave the libuv pool free and get the lock in turn', async () => {
    // Regression: each waiter blocked a pool thread in flock(2); with 4+ of them (compose up
    // runs 8 operations at once) the holder's own async I/O never ran: a self-deadlock.
    const p = join(dir, 'contended.lock')
    const held = await lockFile(p, 'ex')
    const order: number[] = []
    const waiters = Array.from({ length: 8 }, (_, i) => lockFile(p, 'ex').then((l) => { order.push(i); l.release() }))
    await new Promise((r) => setTimeout(r, 20))
    const io = await Promise.race([
      import('node:fs/promises').then((m) => m.readFile(p)).then(() => 'done'),
      new Promise((r) => setTimeout(() => r('starved'), 3000)),
    ])
    expect(io).toBe('done')
    expect(order).toEqual([])
    held.release()
    await Promise.all(waiters)
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
  })

  it('mounts tmpfs and overlay, reports their f_type, and unmounts', () => {
    const t = join(dir, 'tmpfs')
    mkdirSync(t)
    fs.mount('tsc-imgfs', t, 'tmpfs', 0, 'size=1m,mode=0755')
    try {
      expect(fs.statfsType(t)).toBe(TMPFS_MAGIC)
      for (const d of ['lower', 'upper', 'work', 'merged']) mkdirSync(join(t, d))
      writeFileSync(join(t, 'lower/a'), 'from lower')
      const merged = join(t, 'merged')
      fs.mount('overlay', merged, 'overlay', 0, `lowerdir=${t}/lower,upperdir=${t}/upper,workdir=${t}/work`)
      try {
        expect(fs.statfsType(merged)).toBe(OVERLAYFS_SUPER_MAGIC)
        expect(readFileSync(join(merged, 'a'), 'utf8')).toBe('from lower')
      } finally {
        fs.umount2(merged, 0)
      }
      expect(() => fs.umount2(merged, 0)).toThrow(/EINVAL: umount2/)
    } finally {
      fs.umount2(t, MNT_DETACH)
    }
    expect(() => fs.mount('x', join(dir, 'nope'), 'tmpfs', 0, '')).toThrow(/ENOENT: mount/)
    expect(() => fs.statfsType(join(dir, 'nope'))).toThrow(/ENOENT: statfs/)
  })
})
