import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeBusyboxTar } from '../helpers/busybox.js'
import { ScopedLeftovers } from '../helpers/scoped-leftovers.js'
import { startRegistry, type RegistryFixture } from './registry-fixture.js'

// Intent: `image pull/push` and compose `pull`/`push`/`up --pull` print what docker prints
// and exit as docker does, against a real local registry, driving the built binary.
const PREFIX = 'tsc-regcli-'
const BIN = join(import.meta.dirname, '../../packages/cli/bin/tsc-compose.js')
let leftovers: ScopedLeftovers
let reg: RegistryFixture
let work: string
let busyboxTar: string

function cli(root: string, args: string[], opts: { cwd?: string; input?: string } = {}): { code: number; out: string; err: string } {
  const env = { ...process.env, COMPOSE_PROGRESS: 'plain' }
  delete env.TSC_COMPOSE_ROOT
  delete env.DOCKER_CONFIG
  env.HOME = work
  const r = spawnSync(process.execPath, [BIN, '--root', root, ...args], { cwd: opts.cwd ?? work, input: opts.input, env, encoding: 'utf8', timeout: 60_000 })
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr }
}

beforeAll(async () => {
  leftovers = new ScopedLeftovers(PREFIX)
  work = mkdtempSync(join(tmpdir(), PREFIX))
  reg = await startRegistry({ marker: PREFIX })
  busyboxTar = makeBusyboxTar()
})

afterAll(async () => {
  await reg?.stop()
  rmSync(work, { recursive: true, force: true })
  rmSync(dirname(busyboxTar), { recursive: true, force: true })
  leftovers.expectClean()
})

describe('tsc-compose image pull / image push', () => {
  let ref: string
  let layer: string
  let digest: string
  const rootA = (): string => join(work, 'a')
  const rootB = (): string => join(work, 'b')

  it('image push prints docker\'s lines', () => {
    ref = `${reg.domain}/tsc/bb:v1`
    expect(cli(rootA(), ['image', 'import', busyboxTar, ref]).code).toBe(0)
    const push = cli(rootA(), ['image', 'push', ref])
    expect(push.err).toBe('')
    expect(push.code).toBe(0)
    const lines = push.out.trimEnd().split('\n')
    expect(lines[0]).toBe(`The push refers to repository [${reg.domain}/tsc/bb]`)
    layer = lines[1]!.slice(0, 12)
    expect(lines.slice(1, -1)).toEqual([`${layer}: Preparing`, `${layer}: Pushed`])
    expect(lines.at(-1)).toMatch(/^v1: digest: sha256:[0-9a-f]{64} size: \d+$/)
    digest = lines.at(-1)!.split(' ')[2]!
  })

  it('image pull prints docker\'s lines; -q only the reference; a second pull is up to date', () => {
    const pull = cli(rootB(), ['image', 'pull', ref])
    expect(pull.err).toBe('')
    expect(pull.code).toBe(0)
    expect(pull.out.split('\n')).toEqual([
      'v1: Pulling from tsc/bb',
      `${layer}: Pulling fs layer`,
      `${layer}: Verifying Checksum`,
      `${layer}: Download complete`,
      `${layer}: Pull complete`,
      `Digest: ${digest}`,
      `Status: Downloaded newer image for ${ref}`,
      ref,
      '',
    ])
    expect(cli(rootB(), ['image', 'pull', '-q', ref])).toEqual({ code: 0, out: `${ref}\n`, err: '' })
    const again = cli(rootB(), ['image', 'pull', ref])
    expect(again.out).toContain(`${layer}: Already exists\n`)
    expect(again.out).toContain(`Status: Image is up to date for ${ref}\n`)
    const inspect = cli(rootB(), ['image', 'inspect', '-f', '{{json .RepoDigests}}', ref])
    expect(inspect.out).toBe(`["${reg.domain}/tsc/bb@${digest}"]\n`)
  })

  it('a missing tag: one line naming the reference, exit 1', () => {
    const r = cli(rootB(), ['image', 'pull', `${reg.domain}/tsc/bb:nope`])
    expect(r).toEqual({ code: 1, out: 'nope: Pulling from tsc/bb\n', err: `Error: manifest for ${reg.domain}/tsc/bb:nope not found: manifest unknown: manifest unknown\n` })
    const bad = cli(rootB(), ['image', 'pull', `${reg.domain}/Tsc/bb`])
    expect(bad.code).toBe(1)
    expect(bad.err).toBe(`Error: invalid reference format: repository name (Tsc/bb) must be lowercase: "${reg.domain}/Tsc/bb"\n`)
  })

  it('compose pull: pulls what the policy says, skips the rest, --ignore-pull-failures', () => {
    const dir = join(work, 'proj')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'compose.yaml'), [
      'services:',
      `  web:\n    image: ${ref}`,
      `  again:\n    image: ${ref}\n    pull_policy: missing`,
      `  local:\n    image: local-only:v1\n    pull_policy: never`,
      '',
    ].join('\n'))
    const root = join(work, 'c')
    const r = cli(root, ['pull'], { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.err.split('\n').filter(Boolean).sort()).toEqual([' local  Skipped', ' web  Pulled', ' web  Pulling'])
    expect(cli(root, ['image', 'ls', '-q']).out).not.toBe('')
    const r2 = cli(root, ['pull', '-q', 'again'], { cwd: dir })
    expect(r2).toEqual({ code: 0, out: '', err: '' })

    writeFileSync(join(dir, 'compose.yaml'), `services:\n  web:\n    image: ${ref}\n  gone:\n    image: ${reg.domain}/tsc/gone:v1\n`)
    const fail = cli(root, ['pull'], { cwd: dir })
    expect(fail.code).toBe(1)
    expect(fail.err).toContain(`Error: service "gone": manifest for ${reg.domain}/tsc/gone:v1 not found: `)
    const ignored = cli(root, ['pull', '--ignore-pull-failures'], { cwd: dir })
    expect(ignored.code).toBe(0)
    expect(ignored.err).toContain(' gone  Warning manifest for')
  })

  it('up --pull always plans the pull; a missing image is planned with its policy', () => {
    const dir = join(work, 'proj2')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'compose.yaml'), `services:\n  web:\n    image: ${ref}\n  side:\n    image: ${reg.domain}/tsc/side:v1\n    pull_policy: every_12h\n`)
    const root = join(work, 'd')
    const dry = cli(root, ['--dry-run', 'up', '-d', '--pull', 'always'], { cwd: dir })
    expect(dry.err).toBe('')
    expect(dry.code).toBe(0)
    expect(dry.out).toContain(`image:${ref} ensureImage (--pull always)`)
    const dry2 = cli(root, ['--dry-run', 'up', '-d'], { cwd: dir })
    expect(dry2.out).toContain(`image:${ref} ensureImage (not present locally)`)
    expect(dry2.out).toContain(`image:${reg.domain}/tsc/side:v1 ensureImage (pull_policy every_12h)`)
    expect(cli(root, ['pull', 'web'], { cwd: dir }).code).toBe(0)
    const dry3 = cli(root, ['--dry-run', 'up', '-d', 'web'], { cwd: dir })
    expect(dry3.out).not.toContain('ensureImage')
    const bad = cli(root, ['up', '--pull', 'sometimes'], { cwd: dir })
    expect(bad.code).toBe(125)
  })

  it('up pulls a missing image before creating; --pull always pulls again; --quiet-pull is quiet', () => {
    const dir = join(work, 'proj4')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'compose.yaml'), `services:\n  web:\n    image: ${ref}\n    network_mode: none\n    command: ["true"]\n`)
    const root = join(work, 'g')
    const up = cli(root, ['up', '--no-start'], { cwd: dir })
    expect(up.code).toBe(0)
    expect(up.err).toBe(' web  Pulling\n web  Pulled\n Container proj4-web-1  Creating\n Container proj4-web-1  Created\n')
    expect(cli(root, ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}']).out).toBe(`${ref}\n`)
    const again = cli(root, ['up', '--no-start', '--pull', 'always', '--quiet-pull'], { cwd: dir })
    expect(again).toEqual({ code: 0, out: '', err: '' })
    const loud = cli(root, ['up', '--no-start', '--pull', 'always'], { cwd: dir })
    expect(loud.err).toBe(' web  Pulling\n web  Pulled\n')
    expect(cli(root, ['down'], { cwd: dir }).code).toBe(0)
    expect(cli(root, ['ps', '-a', '-q'], { cwd: dir }).out).toBe('')
  })

  it('compose push: services that build their image are pushed', () => {
    const dir = join(work, 'proj3')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n')
    const pushed = `${reg.domain}/tsc/built:v1`
    writeFileSync(join(dir, 'compose.yaml'), `services:\n  app:\n    build: .\n    image: ${pushed}\n  web:\n    image: ${ref}\n`)
    const root = join(work, 'e')
    expect(cli(root, ['image', 'import', busyboxTar, pushed]).code).toBe(0)
    const r = cli(root, ['push'], { cwd: dir })
    expect(r.err.split('\n').filter(Boolean)).toEqual([' app  Pushing', ' app  Pushed'])
    expect(r.code).toBe(0)
    const check = cli(join(work, 'f'), ['image', 'pull', '-q', pushed])
    expect(check).toEqual({ code: 0, out: `${pushed}\n`, err: '' })
  })
})
