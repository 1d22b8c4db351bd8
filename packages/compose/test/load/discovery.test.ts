import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ComposeFileError, findComposeFiles, nodeFs, projectEnvironment } from '../../src/index.js'

let root: string
const put = (rel: string, text = 'services: {}\n') => {
  const p = join(root, rel)
  mkdirSync(join(p, '..'), { recursive: true })
  writeFileSync(p, text)
  return p
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tsc-compose-discovery-'))
})
afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('findComposeFiles', () => {
  it('finds compose.yaml in the current directory', () => {
    const f = put('compose.yaml')
    expect(findComposeFiles(root, { fs: nodeFs })).toEqual({ files: [f], workingDir: root, source: 'default' })
  })

  it('prefers compose.yaml over the other names and warns', () => {
    const f = put('compose.yaml')
    put('docker-compose.yml')
    const warnings: string[] = []
    expect(findComposeFiles(root, { fs: nodeFs, warn: (m) => warnings.push(m) }).files).toEqual([f])
    expect(warnings[0]).toContain('Found multiple config files with supported names')
  })

  it('walks up to a parent directory', () => {
    const f = put('docker-compose.yml')
    const sub = join(root, 'a', 'b')
    mkdirSync(sub, { recursive: true })
    expect(findComposeFiles(sub, { fs: nodeFs })).toEqual({ files: [f], workingDir: root, source: 'default' })
  })

  it('adds compose.override.yaml when no -f is given', () => {
    const f = put('compose.yml')
    const o = put('compose.override.yaml')
    expect(findComposeFiles(root, { fs: nodeFs }).files).toEqual([f, o])
    expect(findComposeFiles(root, { fs: nodeFs, files: ['compose.yml'] }).files).toEqual([f])
  })

  it('-f is repeatable, relative to cwd, keeps "-" for stdin', () => {
    const a = put('x/a.yaml')
    const b = put('b.yaml')
    expect(findComposeFiles(root, { fs: nodeFs, files: ['x/a.yaml', '-', 'b.yaml'] }))
      .toEqual({ files: [a, '-', b], workingDir: join(root, 'x'), source: 'flag' })
    expect(findComposeFiles(root, { fs: nodeFs, files: ['-'] }).workingDir).toBe(root)
  })

  it('COMPOSE_FILE with the path separator, or COMPOSE_PATH_SEPARATOR', () => {
    const a = put('a.yaml')
    const b = put('b.yaml')
    expect(findComposeFiles(root, { fs: nodeFs, env: { COMPOSE_FILE: 'a.yaml:b.yaml' } }).files).toEqual([a, b])
    expect(findComposeFiles(root, { fs: nodeFs, env: { COMPOSE_FILE: 'a.yaml;b.yaml', COMPOSE_PATH_SEPARATOR: ';' } }).files)
      .toEqual([a, b])
  })

  it('--project-directory sets where the search starts and the working dir', () => {
    const f = put('proj/compose.yaml')
    expect(findComposeFiles(root, { fs: nodeFs, projectDirectory: 'proj' }))
      .toEqual({ files: [f], workingDir: join(root, 'proj'), source: 'default' })
  })

  it('nothing found is a ComposeFileError', () => {
    const sub = join(root, 'empty')
    mkdirSync(sub)
    try {
      // The tmp root's parents may hold a compose file on some machines: search from a dir
      // under a fake fs that only knows the tmp tree.
      findComposeFiles(sub, { fs: { ...nodeFs, isFile: (p) => p.startsWith(root) && nodeFs.isFile(p) } })
      expect.unreachable()
    } catch (e) {
      expect((e as ComposeFileError).code).toBe('COMPOSE_NO_CONFIG_FILE')
      expect((e as Error).message).toBe('no configuration file provided: not found')
    }
  })
})

describe('projectEnvironment', () => {
  it('reads .env of the project directory; the process environment wins', () => {
    put('.env', 'A=file\nB=file\nC=${B}-x\n')
    const env = projectEnvironment({ projectDir: root, processEnv: { B: 'proc' }, fs: nodeFs })
    expect(env.fromFiles).toEqual({ A: 'file', B: 'file', C: 'proc-x' })
    expect(env.environment).toMatchObject({ A: 'file', B: 'proc', C: 'proc-x' })
    expect(env.lookup('B')).toBe('proc')
    expect(env.envFiles).toEqual([join(root, '.env')])
  })

  it('--env-file replaces .env, repeatable, later wins', () => {
    put('.env', 'A=dot')
    put('one.env', 'A=1\nB=1')
    put('two.env', 'B=2')
    const env = projectEnvironment({ projectDir: root, cwd: root, envFiles: ['one.env', 'two.env'], processEnv: {}, fs: nodeFs })
    expect(env.fromFiles).toEqual({ A: '1', B: '2' })
  })

  it('COMPOSE_ENV_FILES is a comma-separated list', () => {
    put('one.env', 'A=1')
    put('two.env', 'A=2')
    const env = projectEnvironment({ projectDir: root, cwd: root, processEnv: { COMPOSE_ENV_FILES: 'one.env,two.env' }, fs: nodeFs })
    expect(env.fromFiles).toEqual({ A: '2' })
  })

  it('a missing --env-file is an error; a missing .env is not', () => {
    expect(() => projectEnvironment({ projectDir: root, cwd: root, envFiles: ['nope.env'], processEnv: {}, fs: nodeFs }))
      .toThrowError(/couldn't find env file/)
    expect(projectEnvironment({ projectDir: root, processEnv: {}, fs: nodeFs }).envFiles).toEqual([])
    // a directory cannot be read: missing too; /dev/null (scripts' "no env file") reads as empty
    expect(() => projectEnvironment({ projectDir: root, cwd: root, envFiles: ['.'], processEnv: {}, fs: nodeFs })).toThrowError(/couldn't find env file/)
    put('.env', 'A=1')
    expect(projectEnvironment({ projectDir: root, cwd: root, envFiles: ['/dev/null'], processEnv: {}, fs: nodeFs }).fromFiles).toEqual({})
  })

  it('COMPOSE_DISABLE_ENV_FILE skips .env', () => {
    put('.env', 'A=1')
    expect(projectEnvironment({ projectDir: root, processEnv: { COMPOSE_DISABLE_ENV_FILE: 'true' }, fs: nodeFs }).fromFiles).toEqual({})
  })
})
