import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanEntryName, resolveInRoot } from '../../src/images/tar-path.js'

describe('cleanEntryName', () => {
  it.each([
    ['./', ''],
    ['.', ''],
    ['/', ''],
    ['./a//b/', 'a/b'],
    ['/etc/passwd', 'etc/passwd'],
    ['a/./b/../c', 'a/c'],
    ['bin/', 'bin'],
  ])('%j → %j', (input, out) => expect(cleanEntryName(input)).toBe(out))

  it.each(['..', '../x', 'a/../../x', './../x', '/../x'])('refuses %j', (name) => {
    expect(() => cleanEntryName(name)).toThrow(expect.objectContaining({ code: 'IMAGE_UNSAFE_PATH' }))
  })
})

describe('resolveInRoot', () => {
  let root: string
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'tsc-tarpath-'))
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('keeps plain and missing paths under root', () => {
    expect(resolveInRoot(root, 'a/b/c', true)).toBe(join(root, 'a/b/c'))
    expect(resolveInRoot(root, '../../x', true)).toBe(join(root, 'x'))
  })

  it('resolves an absolute symlink as if root were /', () => {
    symlinkSync('/etc', join(root, 'link'))
    expect(resolveInRoot(root, 'link/passwd', true)).toBe(join(root, 'etc/passwd'))
  })

  it('clamps relative symlinks that climb above root', () => {
    symlinkSync('../../../../../../tmp', join(root, 'up'))
    expect(resolveInRoot(root, 'up/x', true)).toBe(join(root, 'tmp/x'))
  })

  it('follows chains of links and keeps the last one unless asked', () => {
    mkdirSync(join(root, 'real'))
    symlinkSync('real', join(root, 'l1'))
    symlinkSync('l1', join(root, 'l2'))
    expect(resolveInRoot(root, 'l2/f', true)).toBe(join(root, 'real/f'))
    expect(resolveInRoot(root, 'l2', false)).toBe(join(root, 'l2'))
    expect(resolveInRoot(root, 'l2', true)).toBe(join(root, 'real'))
  })

  it('stops symlink loops', () => {
    symlinkSync('b', join(root, 'a'))
    symlinkSync('a', join(root, 'b'))
    expect(() => resolveInRoot(root, 'a/x', true)).toThrow(/too many levels of symbolic links/)
  })
})
