import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadProject } from '../../src/load/load-project.js'
import { isComposeFileError } from '../../src/errors.js'

/*
 * The whole pipeline on real temp directories: the steps docker compose takes around
 * parsing (environment before discovery, project name before interpolation, per-file
 * include/extends, profiles before consistency).
 */
const root = mkdtempSync(join(tmpdir(), 'tsc-load-project-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

function tree(name: string, files: Record<string, string>): string {
  const dir = join(root, name)
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true })
    writeFileSync(join(dir, rel), text)
  }
  return dir
}

const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure') }, (e: unknown) => e)

describe('loadProject', () => {
  it('reads the cwd .env before discovery: COMPOSE_FILE may come from it', async () => {
    const dir = tree('env-compose-file', {
      '.env': 'COMPOSE_FILE=other.yaml\nTAG=1\n',
      'other.yaml': 'services:\n  app:\n    image: "busybox:${TAG}"\n',
    })
    const p = await loadProject({ cwd: dir, processEnv: {} })
    expect(p.composeFiles).toEqual([join(dir, 'other.yaml')])
    expect(p.model.services.app!.image).toBe('busybox:1')
  })

  it('a compose.yaml found in a parent adds its .env under the cwd one', async () => {
    const dir = tree('env-two-pass', {
      '.env': 'A=parent\nB=parent\n',
      'compose.yaml': 'services:\n  app:\n    image: busybox\n    environment: ["A=${A}", "B=${B}", "C=${C}"]\n',
      'sub/.env': 'A=cwd\nC=cwd\n',
    })
    const p = await loadProject({ cwd: join(dir, 'sub'), processEnv: { C: 'process' } })
    expect(p.workingDir).toBe(dir)
    expect(p.model.services.app!.environment).toEqual({ A: 'cwd', B: 'parent', C: 'process' })
  })

  it('exposes the project name as COMPOSE_PROJECT_NAME and normalizes `name:`', async () => {
    const dir = tree('name-var', {
      'compose.yaml': 'name: My.Project\nservices:\n  app:\n    image: busybox\n    container_name: ${COMPOSE_PROJECT_NAME}-app\n',
    })
    const p = await loadProject({ cwd: dir, processEnv: {} })
    expect(p.model.name).toBe('myproject')
    expect(p.model.services.app!.container_name).toBe('myproject-app')
    expect(p.environment.COMPOSE_PROJECT_NAME).toBe('myproject')
  })

  it('-p must already be a valid name', async () => {
    const dir = tree('bad-flag', { 'compose.yaml': 'services:\n  app:\n    image: busybox\n' })
    const err = await failure(loadProject({ cwd: dir, processEnv: {}, projectName: 'Bad' }))
    expect(isComposeFileError(err) && err.code).toBe('COMPOSE_INVALID_PROJECT_NAME')
  })

  it('stdin (-f -) supports include and extends relative to the project directory', async () => {
    const dir = tree('stdin', {
      'base.yaml': 'services:\n  base:\n    image: busybox\n    volumes: ["./data:/data"]\n',
      'inc/compose.yaml': 'services:\n  db:\n    image: postgres\n',
    })
    const stdin = 'include: [inc/compose.yaml]\nservices:\n  app:\n    extends: { file: base.yaml, service: base }\n    depends_on: [db]\n'
    const p = await loadProject({
      cwd: dir, files: ['-'], processEnv: {},
      readFile: async (f) => (f === '-' ? stdin : (await import('node:fs/promises')).readFile(f, 'utf8')),
    })
    expect(p.composeFiles).toEqual(['-'])
    expect(Object.keys(p.model.services).sort()).toEqual(['app', 'db'])
    expect(p.model.services.app!.volumes?.[0]?.source).toBe(join(dir, 'data'))
  })

  it('detects an include cycle through nested includes', async () => {
    const dir = tree('include-cycle', {
      'compose.yaml': 'include: [a/compose.yaml]\nservices:\n  app:\n    image: busybox\n',
      'a/compose.yaml': 'include: [../b/compose.yaml]\nservices:\n  a:\n    image: busybox\n',
      'b/compose.yaml': 'include: [../a/compose.yaml]\nservices:\n  b:\n    image: busybox\n',
    })
    const err = await failure(loadProject({ cwd: dir, processEnv: {} }))
    expect(isComposeFileError(err) && err.code).toBe('COMPOSE_INCLUDE_CYCLE')
  })

  it('expands ~ in include, extends and bind paths', async () => {
    const home = tree('home', {
      'lib/base.yaml': 'services:\n  base:\n    image: busybox\n',
      'lib/inc.yaml': 'services:\n  inc:\n    image: busybox\n',
    })
    const dir = tree('tilde', {
      'compose.yaml': 'include: ["~/lib/inc.yaml"]\nservices:\n  app:\n    extends: { file: ~/lib/base.yaml, service: base }\n    volumes: ["~/x:/x"]\n',
    })
    const p = await loadProject({ cwd: dir, processEnv: { HOME: home } })
    expect(Object.keys(p.model.services).sort()).toEqual(['app', 'inc'])
    expect(p.model.services.app!.volumes?.[0]?.source).toBe(join(home, 'x'))
  })

  it('validates extended files too, located in them', async () => {
    const dir = tree('extends-invalid', {
      'base.yaml': 'services:\n  base:\n    image: busybox\n    restart_policy: always\n',
      'compose.yaml': 'services:\n  app:\n    extends: { file: base.yaml, service: base }\n',
    })
    const err = await failure(loadProject({ cwd: dir, processEnv: {} }))
    expect(isComposeFileError(err) && err.location).toMatchObject({ file: join(dir, 'base.yaml'), line: 4 })
  })

  it('profiles: a required dependency on a disabled service is a consistency error', async () => {
    const dir = tree('profiles-dep', {
      'compose.yaml': 'services:\n  web:\n    image: nginx\n    depends_on: [db]\n  db:\n    image: postgres\n    profiles: [db]\n',
    })
    const err = await failure(loadProject({ cwd: dir, processEnv: {} }))
    expect(isComposeFileError(err) && err.message).toContain('depends on undefined service "db"')
    const p = await loadProject({ cwd: dir, processEnv: { COMPOSE_PROFILES: 'db' } })
    expect(Object.keys(p.model.services).sort()).toEqual(['db', 'web'])
  })

  it('never suggests a service as the target of its own reference', async () => {
    const dir = tree('self-suggest', { 'compose.yaml': 'services:\n  web:\n    image: busybox\n    depends_on: [db]\n' })
    const err = await failure(loadProject({ cwd: dir, processEnv: {} }))
    expect(isComposeFileError(err) && err.message).toBe('service "web" depends on undefined service "db"')
  })

  it('profiles: a targeted service enables its own profiles, not its dependencies\'', async () => {
    const dir = tree('profiles-targeted', {
      'compose.yaml': 'services:\n  web:\n    image: nginx\n    profiles: [front]\n    depends_on: [db]\n  db:\n    image: postgres\n    profiles: [back]\n  cache:\n    image: redis\n    profiles: [back]\n',
    })
    const db = await loadProject({ cwd: dir, processEnv: {}, profiles: ['x'], services: ['db'] })
    expect(db.profiles).toEqual(['x', 'back'])
    expect(Object.keys(db.model.services).sort()).toEqual(['cache', 'db'])
    const err = await failure(loadProject({ cwd: dir, processEnv: {}, services: ['web'] }))
    expect(isComposeFileError(err) && err.message).toContain('service "db" is required by "web" but is disabled')
  })

  it('drops networks, volumes, secrets and configs no service uses, unless allResources', async () => {
    const dir = tree('unused', {
      'compose.yaml': 'services:\n  app:\n    image: busybox\n    volumes: [used:/u]\n    secrets: [s1]\nvolumes:\n  used:\n  unused:\nnetworks:\n  spare:\nsecrets:\n  s1: {file: ./s1}\n  s2: {file: ./s2}\n',
    })
    const p = await loadProject({ cwd: dir, processEnv: {} })
    expect(Object.keys(p.model.volumes ?? {})).toEqual(['used'])
    expect(Object.keys(p.model.networks ?? {})).toEqual(['default'])
    expect(Object.keys(p.model.secrets ?? {})).toEqual(['s1'])
    const all = await loadProject({ cwd: dir, processEnv: {}, allResources: true })
    expect(Object.keys(all.model.volumes ?? {}).sort()).toEqual(['unused', 'used'])
    expect(Object.keys(all.model.networks ?? {}).sort()).toEqual(['default', 'spare'])
  })
})
