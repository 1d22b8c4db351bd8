import { describe, expect, it } from 'vitest'
import { createNativeFs, type FsBinding } from '../../src/native/fs.js'
import { KernelError } from '../../src/errors.js'

function errnoError(code: string, syscall: string, path?: string): Error {
  return Object.assign(new Error(`${code}: ${syscall}`), { code, errno: 1, syscall, path })
}

function stub(overrides: Partial<FsBinding> = {}): { binding: FsBinding; calls: unknown[][] } {
  const calls: unknown[][] = []
  const rec = (name: string) => (...args: unknown[]) => { calls.push([name, ...args]) }
  const binding: FsBinding = {
    mknod: rec('mknod'),
    lsetxattr: rec('lsetxattr'),
    lgetxattr: () => undefined,
    llistxattr: () => [],
    flockTry: (fd, op) => { calls.push(['flockTry', fd, op]); return true },
    flock: async (fd, op) => { calls.push(['flock', fd, op]) },
    mount: rec('mount'),
    umount2: rec('umount2'),
    statfsType: () => 0x794c7630,
    ...overrides,
  }
  return { binding, calls }
}

describe('createNativeFs', () => {
  it('passes arguments through unchanged', () => {
    const { binding, calls } = stub()
    const fs = createNativeFs(binding)
    fs.mknod('/x', 0o020000, 0, 0)
    fs.lsetxattr('/d', 'trusted.overlay.opaque', Buffer.from('y'))
    fs.mount('overlay', '/m', 'overlay', 0, 'lowerdir=/a:/b')
    fs.umount2('/m', 2)
    expect(calls).toEqual([
      ['mknod', '/x', 0o020000, 0, 0],
      ['lsetxattr', '/d', 'trusted.overlay.opaque', Buffer.from('y')],
      ['mount', 'overlay', '/m', 'overlay', 0, 'lowerdir=/a:/b'],
      ['umount2', '/m', 2],
    ])
    expect(fs.statfsType('/')).toBe(0x794c7630)
  })

  it('maps flock modes to LOCK_* and uses the async worker only for blocking acquisition', async () => {
    const { binding, calls } = stub()
    const fs = createNativeFs(binding)
    expect(await fs.flock(3, 'ex')).toBe(true)
    expect(await fs.flock(3, 'sh', true)).toBe(true)
    expect(await fs.flock(3, 'un')).toBe(true)
    expect(fs.tryFlock(4, 'ex')).toBe(true)
    expect(calls).toEqual([['flock', 3, 2], ['flockTry', 3, 1], ['flockTry', 3, 8], ['flockTry', 4, 2]])
  })

  it('reports a busy lock as false', async () => {
    const { binding } = stub({ flockTry: () => false })
    const fs = createNativeFs(binding)
    expect(fs.tryFlock(3, 'ex')).toBe(false)
    expect(await fs.flock(3, 'ex', true)).toBe(false)
  })

  it('rejects an unknown flock mode with a clear error', () => {
    const fs = createNativeFs(stub().binding)
    expect(() => fs.tryFlock(3, 'xx' as never)).toThrow(/invalid flock mode "xx"/)
  })

  it('turns native errors into KernelError with errno, syscall and path', async () => {
    const fs = createNativeFs(
      stub({
        mknod: () => { throw errnoError('EEXIST', 'mknod', '/x') },
        flock: async () => { throw errnoError('EBADF', 'flock', 'fd 9') },
        umount2: () => { throw errnoError('EBUSY', 'umount2', '/m') },
      }).binding,
    )
    let caught: unknown
    try { fs.mknod('/x', 0, 0, 0) } catch (err) { caught = err }
    expect(caught).toBeInstanceOf(KernelError)
    expect(caught).toMatchObject({ code: 'KERNEL_EEXIST', errno: 'EEXIST', syscall: 'mknod', path: '/x', message: 'EEXIST: mknod /x' })
    await expect(fs.flock(9, 'ex')).rejects.toMatchObject({ errno: 'EBADF', syscall: 'flock' })
    expect(() => fs.umount2('/m', 0)).toThrow('EBUSY: umount2 /m')
  })

  it('lets non-errno errors (usage TypeErrors) through untouched', () => {
    const fs = createNativeFs(stub({ statfsType: () => { throw new TypeError('Usage: statfsType(path)') } }).binding)
    expect(() => fs.statfsType('/')).toThrow(TypeError)
  })
})
