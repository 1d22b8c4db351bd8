import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ImageStore, isTscError, pullImage, pushImage, registryLogin } from '../../packages/runtime/src/index.js'
import { makeBusyboxTar } from '../helpers/busybox.js'
import { ScopedLeftovers } from '../helpers/scoped-leftovers.js'
import { PASSWORD, startRegistry, USER, type RegistryFixture } from './registry-fixture.js'

// Intent: registries that require a login refuse anonymous pushes and pulls with an error
// that says to log in; `login` checks the password before storing it; with the stored
// credentials (ours or docker's config.json) push and pull work, over Basic auth and over
// bearer tokens from a token server.
const PREFIX = 'tsc-regauth-'
const BIN = join(import.meta.dirname, '../../packages/cli/bin/tsc-compose.js')
let leftovers: ScopedLeftovers
let busyboxTar: string
const roots: string[] = []
const noEnv = { HOME: '/nonexistent' }

function freshRoot(): string {
  const root = mkdtempSync(join(tmpdir(), PREFIX))
  roots.push(root)
  return root
}

async function codeOf(p: Promise<unknown>): Promise<{ code?: string; message: string; hint?: string }> {
  const err = (await p.then(() => undefined, (e: unknown) => e)) as { code?: string; message: string; hint?: string } | undefined
  if (!err) throw new Error('expected a failure')
  expect(isTscError(err), String(err)).toBe(true)
  return err
}

beforeAll(() => {
  leftovers = new ScopedLeftovers(PREFIX)
  busyboxTar = makeBusyboxTar()
})

afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true })
  rmSync(dirname(busyboxTar), { recursive: true, force: true })
  leftovers.expectClean()
})

describe.each(['htpasswd', 'token'] as const)('a registry with %s auth', (auth) => {
  let reg: RegistryFixture
  let ref: string
  let id: string
  let root: string

  beforeAll(async () => {
    reg = await startRegistry({ auth, marker: PREFIX })
    ref = `${reg.domain}/private/busybox:v1`
    root = freshRoot()
    id = (await new ImageStore({ root }).importRootfs(busyboxTar, { ref })).id
  })
  afterAll(async () => {
    await reg?.stop()
  })

  it('refuses an anonymous push and pull: the error says to log in', async () => {
    const store = new ImageStore({ root })
    const push = await codeOf(pushImage(store, ref, { env: noEnv }))
    expect(push.code).toBe('REGISTRY_UNAUTHORIZED')
    expect(push.message).toBe(`unauthorized: authentication required by ${reg.domain}`)
    expect(push.hint).toBe(`log in first: tsc-compose login ${reg.domain}`)
    const pull = await codeOf(pullImage(new ImageStore({ root: freshRoot() }), ref, { env: noEnv }))
    expect(pull.code).toBe('REGISTRY_UNAUTHORIZED')
  })

  it('login checks the password before storing anything', async () => {
    const err = await codeOf(registryLogin({ root, env: noEnv, server: reg.domain, username: USER, password: 'wrong' }))
    expect(err.code).toBe('REGISTRY_UNAUTHORIZED')
    expect(err.message).toMatch(/^unauthorized: incorrect username or password/)
    expect(existsSync(join(root, 'auth.json'))).toBe(false)
  })

  it('after login: push, then pull into a fresh root with docker\'s config.json', async () => {
    const res = await registryLogin({ root, env: noEnv, server: `http://${reg.domain}/`, username: USER, password: PASSWORD })
    expect(res).toEqual({ domain: reg.domain, messages: ['Login Succeeded'] })
    const file = join(root, 'auth.json')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ auths: { [reg.domain]: { auth: Buffer.from(`${USER}:${PASSWORD}`).toString('base64') } } })
    const granted = reg.tokenRequests.granted
    const pushed = await pushImage(new ImageStore({ root }), ref, { env: noEnv })
    // One token serves the whole push (cached per scope), not one per request.
    if (auth === 'token') expect(reg.tokenRequests.granted - granted).toBe(1)

    const dockerConfig = freshRoot()
    writeFileSync(join(dockerConfig, 'config.json'), JSON.stringify({ auths: { [`https://${reg.domain}`]: { auth: Buffer.from(`${USER}:${PASSWORD}`).toString('base64') } } }))
    const dst = new ImageStore({ root: freshRoot() })
    const pulled = await pullImage(dst, ref, { env: { DOCKER_CONFIG: dockerConfig } })
    expect(pulled).toMatchObject({ id, digest: pushed.digest })
  })

  it('the CLI: login --password-stdin, pull, logout', async () => {
    const cliRoot = freshRoot()
    const env = { ...process.env, HOME: '/nonexistent' }
    delete env.TSC_COMPOSE_ROOT
    delete env.DOCKER_CONFIG
    // Asynchronous: the token server answers from this very process.
    const run = (args: string[], input?: string): Promise<{ code: number | null; out: string; err: string }> => new Promise((resolve) => {
      const child = spawn(process.execPath, [BIN, '--root', cliRoot, ...args], { env, timeout: 30_000 })
      let out = ''
      let err = ''
      child.stdout.on('data', (d: Buffer) => (out += d.toString()))
      child.stderr.on('data', (d: Buffer) => (err += d.toString()))
      child.on('close', (code) => resolve({ code, out, err }))
      child.stdin.end(input ?? '')
    })
    expect(await run(['image', 'pull', '-q', ref])).toMatchObject({ code: 1, err: `Error: unauthorized: authentication required by ${reg.domain}\nHint: log in first: tsc-compose login ${reg.domain}\n` })
    expect(await run(['login', '-u', USER, '--password-stdin', reg.domain], 'nope\n')).toMatchObject({ code: 1 })
    expect(await run(['login', '-u', USER, '--password-stdin', reg.domain], `${PASSWORD}\n`)).toEqual({ code: 0, out: 'Login Succeeded\n', err: '' })
    expect(await run(['image', 'pull', '-q', ref])).toEqual({ code: 0, out: `${ref}\n`, err: '' })
    expect(await run(['logout', reg.domain])).toEqual({ code: 0, out: `Removing login credentials for ${reg.domain}\n`, err: '' })
    expect((await run(['logout', reg.domain])).out).toBe(`Not logged in to ${reg.domain}\n`)
  })
})
