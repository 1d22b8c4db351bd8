import { mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { copyPath, resolveInRoot, splitCopyArg } from '../../src/project-ops/container-copy.js'

let dir: string
let root: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tsc-cp-'))
  root = join(dir, 'root')
  mkdirSync(join(root, 'etc'), { recursive: true })
  mkdirSync(join(root, 'tmp'))
  writeFileSync(join(root, 'etc/passwd'), 'root\n')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('resolveInRoot', () => {
  it('resolves absolute and relative symlinks inside the root, never on the host', () => {
    symlinkSync('/', join(root, 'tmp/up'))
    symlinkSync('../etc', join(root, 'tmp/rel'))
    symlinkSync('/../../../etc/passwd', join(root, 'tmp/escape'))
    expect(resolveInRoot(root, '/tmp/up/etc/passwd', true)).toBe(join(root, 'etc/passwd'))
    expect(resolveInRoot(root, 'tmp/rel/passwd', true)).toBe(join(root, 'etc/passwd'))
    expect(resolveInRoot(root, '/tmp/escape', true)).toBe(join(root, 'etc/passwd'))
    expect(resolveInRoot(root, '/../../etc', true)).toBe(join(root, 'etc'))
    expect(resolveInRoot(root, '/tmp/escape', false)).toBe(join(root, 'tmp/escape'))
  })
  it('stops symlink loops', () => {
    symlinkSync('/tmp/b', join(root, 'tmp/a'))
    symlinkSync('/tmp/a', join(root, 'tmp/b'))
    expect(() => resolveInRoot(root, '/tmp/a/x', true)).toThrow('too many levels of symbolic links')
  })
})

describe('copyPath (docker cp destination rules)', () => {
  it('copies a file into a directory, over a file, or to a new name', () => {
    const src = join(dir, 'f.txt')
    writeFileSync(src, 'data')
    copyPath(src, 'f.txt', join(root, 'tmp'), '/tmp/')
    expect(readFileSync(join(root, 'tmp/f.txt'), 'utf8')).toBe('data')
    copyPath(src, 'f.txt', join(root, 'etc/passwd'), '/etc/passwd')
    expect(readFileSync(join(root, 'etc/passwd'), 'utf8')).toBe('data')
    copyPath(src, 'f.txt', join(root, 'tmp/g.txt'), '/tmp/g.txt')
    expect(readFileSync(join(root, 'tmp/g.txt'), 'utf8')).toBe('data')
    expect(() => copyPath(src, 'f.txt', join(root, 'nope/x'), '/nope/x')).toThrow('no such directory: /nope')
  })
  it('copies directories (or their contents with /.), keeping symlinks as links', () => {
    mkdirSync(join(dir, 'd/sub'), { recursive: true })
    writeFileSync(join(dir, 'd/sub/f'), 'x')
    symlinkSync('/etc/passwd', join(dir, 'd/link'))
    copyPath(join(dir, 'd'), 'd', join(root, 'tmp'), '/tmp')
    expect(readFileSync(join(root, 'tmp/d/sub/f'), 'utf8')).toBe('x')
    expect(readlinkSync(join(root, 'tmp/d/link'))).toBe('/etc/passwd')
    copyPath(join(dir, 'd'), 'd/.', join(root, 'etc'), '/etc')
    expect(readFileSync(join(root, 'etc/sub/f'), 'utf8')).toBe('x')
    copyPath(join(dir, 'd'), 'd', join(root, 'new'), '/new')
    expect(readFileSync(join(root, 'new/sub/f'), 'utf8')).toBe('x')
    expect(() => copyPath(join(dir, 'd'), 'd', join(root, 'etc/passwd'), '/etc/passwd')).toThrow('cannot copy a directory to a file')
  })
  it('replaces a symlink planted at the destination instead of writing through it', () => {
    const outside = join(dir, 'outside.txt')
    writeFileSync(outside, 'host file')
    symlinkSync(outside, join(root, 'tmp/trap'))
    const src = join(dir, 'f.txt')
    writeFileSync(src, 'data')
    copyPath(src, 'f.txt', join(root, 'tmp/trap'), '/tmp/trap')
    expect(readFileSync(outside, 'utf8')).toBe('host file')
    expect(lstatSync(join(root, 'tmp/trap')).isFile()).toBe(true)
  })
  it('names the container in a missing-source error', () => {
    expect(() => copyPath(join(root, 'nope'), '/nope', dir, '.', { sourceContainer: 'p-web-1' })).toThrow('could not find the file /nope in container p-web-1')
  })
})

describe('splitCopyArg', () => {
  it('reads SERVICE:PATH only when the colon comes before any slash', () => {
    expect(splitCopyArg('web:/etc/passwd')).toEqual({ service: 'web', path: '/etc/passwd' })
    expect(splitCopyArg('./a:b')).toEqual({ path: './a:b' })
    expect(splitCopyArg('/tmp/x')).toEqual({ path: '/tmp/x' })
  })
})
