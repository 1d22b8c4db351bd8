import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { createSign, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as http from 'node:http'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A real registry (Debian's docker-registry, distribution 2.8) on 127.0.0.1 and a free
 * port, storing in a tmpdir; optionally with htpasswd Basic auth, or with token auth
 * against a tiny token server this fixture runs on loopback too (RS256 JWTs signed by a
 * throwaway self-signed key). Nothing listens on another address.
 */
export const REGISTRY_BIN = '/usr/bin/docker-registry'
export const USER = 'tester'
export const PASSWORD = 'pa55-word'

export interface RegistryFixture {
  readonly port: number
  /** `127.0.0.1:<port>`: the domain of references. */
  readonly domain: string
  readonly dir: string
  /** `<dir>/storage`: the registry's filesystem root. */
  readonly storage: string
  /** Requests the token server answered, by outcome. */
  readonly tokenRequests: { granted: number; refused: number }
  stop(): Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo
      s.close(() => resolve(port))
    })
  })
}

function b64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url')
}

interface TokenServer {
  readonly port: number
  readonly certFile: string
  close(): Promise<void>
}

async function startTokenServer(dir: string, service: string, issuer: string, counts: { granted: number; refused: number }): Promise<TokenServer> {
  const keyFile = join(dir, 'token.key')
  const certFile = join(dir, 'token.crt')
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=tsc-test-token'], { stdio: 'ignore' })
  const key = readFileSync(keyFile, 'utf8')
  const der = execFileSync('openssl', ['x509', '-in', certFile, '-outform', 'DER'])
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const auth = req.headers.authorization ?? ''
    const [user, pass] = auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString().split(':') : []
    if (auth && (user !== USER || pass !== PASSWORD)) {
      counts.refused++
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"details":"incorrect username or password"}')
      return
    }
    // Anonymous callers get a token with no access: the registry then says 401.
    const access = !auth ? [] : url.searchParams.getAll('scope').flatMap((s) => {
      const [type, name, actions] = [s.slice(0, s.indexOf(':')), s.slice(s.indexOf(':') + 1, s.lastIndexOf(':')), s.slice(s.lastIndexOf(':') + 1)]
      return type === 'repository' ? [{ type, name, actions: actions.split(',') }] : []
    })
    const now = Math.floor(Date.now() / 1000)
    const header = { typ: 'JWT', alg: 'RS256', x5c: [der.toString('base64')] }
    const claims = { iss: issuer, sub: auth ? USER : '', aud: service, exp: now + 300, nbf: now - 10, iat: now, jti: randomBytes(8).toString('hex'), access }
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`
    const sig = createSign('RSA-SHA256').update(input).sign(key)
    counts.granted++
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: `${input}.${b64url(sig)}`, expires_in: 300, issued_at: new Date().toISOString() }))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return { port, certFile, close: () => new Promise((r) => server.close(() => r())) }
}

async function waitReady(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited (${child.exitCode}): ${log()}`)
    const ok = await new Promise<boolean>((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/v2/', timeout: 500 }, (res) => {
        res.resume()
        resolve(true)
      })
      req.on('error', () => resolve(false))
      req.on('timeout', () => {
        req.destroy()
        resolve(false)
      })
    })
    if (ok) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`docker-registry did not answer on 127.0.0.1:${port} within 5 s: ${log()}`)
}

export async function startRegistry(opts: { auth?: 'htpasswd' | 'token'; marker: string }): Promise<RegistryFixture> {
  const dir = mkdtempSync(join(tmpdir(), opts.marker))
  const storage = join(dir, 'storage')
  const port = await freePort()
  const tokenRequests = { granted: 0, refused: 0 }
  let token: TokenServer | undefined
  let auth = ''
  if (opts.auth === 'htpasswd') {
    execFileSync('htpasswd', ['-Bbc', join(dir, 'htpasswd'), USER, PASSWORD], { stdio: 'ignore' })
    auth = `auth:\n  htpasswd:\n    realm: tsc-test\n    path: ${join(dir, 'htpasswd')}\n`
  } else if (opts.auth === 'token') {
    token = await startTokenServer(dir, 'tsc-test-registry', 'tsc-test-issuer', tokenRequests)
    auth = `auth:\n  token:\n    realm: http://127.0.0.1:${token.port}/token\n    service: tsc-test-registry\n    issuer: tsc-test-issuer\n    rootcertbundle: ${token.certFile}\n`
  }
  const config = join(dir, 'config.yml')
  writeFileSync(config, [
    'version: 0.1',
    'log:\n  level: error\n  accesslog:\n    disabled: true',
    `storage:\n  filesystem:\n    rootdirectory: ${storage}\n  delete:\n    enabled: true`,
    `http:\n  addr: 127.0.0.1:${port}\n  secret: ${randomBytes(16).toString('hex')}`,
    auth,
  ].join('\n'))
  let output = ''
  const child = spawn(REGISTRY_BIN, ['serve', config], { stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()))
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()))
      child.kill('SIGTERM')
      const t = setTimeout(() => child.kill('SIGKILL'), 3000)
      await exited
      clearTimeout(t)
    }
    await token?.close()
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    await waitReady(port, child, () => output)
  } catch (err) {
    await stop()
    throw err
  }
  return { port, domain: `127.0.0.1:${port}`, dir, storage, tokenRequests, stop }
}

/** The file holding a blob in the registry's filesystem storage (distribution's layout). */
export function registryBlobPath(storage: string, digest: string): string {
  const hex = digest.replace(/^sha256:/, '')
  return join(storage, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data')
}
