import type { Readable } from 'node:stream'
import type { Digest } from '../images/digest.js'
import { basicAuthorization, type Challenge, fetchToken, parseWwwAuthenticate, type Token } from './auth.js'
import type { Credentials } from './credentials.js'
import {
  registryError, REGISTRY_DENIED, REGISTRY_NOT_FOUND, REGISTRY_PROTOCOL, REGISTRY_UNAUTHORIZED, REGISTRY_UNREACHABLE,
} from './errors.js'
import type { Endpoint } from './hosts.js'
import { discard, type HttpResponse, isConnectionError, readBody, type RequestInit, Transport } from './transport.js'

export interface ClientOptions {
  readonly endpoint: Endpoint
  /** Repository path (`library/busybox`). */
  readonly repository: string
  /** `pull` or `pull,push`. */
  readonly actions: string
  /** More scopes to ask for (a cross-repository mount needs pull on the source). */
  readonly extraScopes?: readonly string[]
  readonly credentials?: Credentials
  readonly signal?: AbortSignal
  readonly idleTimeoutMs?: number
  readonly maxSockets?: number
}

const MAX_ERROR_BODY = 64 << 10
/** Scheme that worked per API host in this process: an insecure registry costs one failed TLS probe, once. */
const workingScheme = new Map<string, 'https' | 'http'>()
const MAX_REDIRECTS = 5

/** A registry error body (distribution api.md "Errors"): `{"errors":[{"code","message"}]}`. */
async function errorDetail(res: HttpResponse): Promise<{ code?: string; message: string }> {
  try {
    const body = await readBody(res, MAX_ERROR_BODY, 'error body')
    const doc = JSON.parse(body.toString('utf8')) as { errors?: { code?: string; message?: string }[] }
    const e = doc.errors?.[0]
    if (e) return { ...(e.code ? { code: e.code } : {}), message: [e.code?.toLowerCase().replace(/_/g, ' '), e.message].filter(Boolean).join(': ') }
  } catch {
    // not JSON: the status says enough
  }
  return { message: `HTTP ${res.status}` }
}

/**
 * One repository on one registry: endpoint discovery (`/v2/` ping, https then http for an
 * insecure registry), authentication (Basic, or Bearer tokens from the challenge's realm,
 * cached and renewed), and the distribution API calls pull and push need.
 */
export class RegistryClient {
  readonly transport: Transport
  private base: URL | undefined
  private challenge: Challenge | undefined
  private token: Token | undefined
  private tokenPromise: Promise<Token> | undefined
  readonly repository: string
  private readonly scopes: string[]

  constructor(private readonly opts: ClientOptions) {
    this.transport = new Transport({ skipTlsVerify: opts.endpoint.skipTlsVerify, signal: opts.signal, idleTimeoutMs: opts.idleTimeoutMs, maxSockets: opts.maxSockets })
    this.repository = opts.repository
    // No repository (login): a token without scope only proves the credentials.
    this.scopes = [...(opts.repository ? [`repository:${opts.repository}:${opts.actions}`] : []), ...(opts.extraScopes ?? [])]
  }

  close(): void {
    this.transport.close()
  }

  /** `https://host/v2/` … as decided by the ping. */
  url(path: string): URL {
    if (!this.base) throw new Error('RegistryClient: ping() first')
    return new URL(path, this.base)
  }

  get origin(): string {
    return this.base?.origin ?? this.opts.endpoint.apiHost
  }

  /** GET /v2/: picks the scheme and learns how the registry wants us to authenticate. */
  async ping(): Promise<void> {
    if (this.base) return
    const { endpoint } = this.opts
    let lastErr: unknown
    const known = workingScheme.get(endpoint.apiHost)
    const schemes = known && endpoint.schemes.includes(known) ? [known, ...endpoint.schemes.filter((x) => x !== known)] : endpoint.schemes
    // Errors name the scheme tried first: the one the registry is expected to speak.
    const firstBase = new URL(`${schemes[0]}://${endpoint.apiHost}/`)
    for (const scheme of schemes) {
      const base = new URL(`${scheme}://${endpoint.apiHost}/`)
      let res: HttpResponse
      try {
        res = await this.transport.request(new URL('/v2/', base), { method: 'GET' })
      } catch (err) {
        lastErr = err
        if (isConnectionError(err)) continue
        throw this.unreachable(base, err)
      }
      discard(res)
      if (res.status === 200 || res.status === 401) {
        this.base = base
        workingScheme.set(endpoint.apiHost, scheme)
        if (res.status === 401) this.challenge = this.pickChallenge(res)
        return
      }
      // A TLS registry answers a plain-http request with 400: the next scheme may work.
      lastErr = registryError(REGISTRY_PROTOCOL, `${base.origin}/v2/ answered ${res.status}: not a registry (distribution API v2)`)
      if (res.status === 404) throw lastErr
    }
    throw (lastErr as { code?: string } | undefined)?.code === REGISTRY_PROTOCOL ? lastErr : this.unreachable(firstBase, lastErr)
  }

  private unreachable(base: URL, err: unknown): Error {
    const why = (err as { code?: string }).code ?? (err as Error)?.message ?? String(err)
    return registryError(REGISTRY_UNREACHABLE, `cannot reach registry ${this.opts.endpoint.domain} at ${base.origin}: ${why}`, { cause: err })
  }

  private pickChallenge(res: HttpResponse): Challenge | undefined {
    const all = parseWwwAuthenticate(res.headers['www-authenticate'])
    return all.find((c) => c.scheme === 'bearer') ?? all.find((c) => c.scheme === 'basic')
  }

  private async authorization(forceNew: boolean): Promise<string | undefined> {
    const c = this.challenge
    if (!c) return undefined
    if (c.scheme === 'basic') return basicAuthorization(this.opts.credentials)
    if (c.scheme !== 'bearer') return undefined
    if (!forceNew && this.token && this.token.expiresAt > Date.now()) return `Bearer ${this.token.value}`
    if (!this.tokenPromise || forceNew) {
      const scopes = [...new Set([...this.scopes, ...(c.params.scope ? c.params.scope.split(' ') : [])])]
      this.tokenPromise = fetchToken(this.transport, c, scopes, this.opts.credentials).finally(() => {
        this.tokenPromise = undefined
      })
      this.token = await this.tokenPromise
    } else {
      this.token = await this.tokenPromise
    }
    return `Bearer ${this.token.value}`
  }

  /**
   * One authenticated request: on a 401 it takes the new challenge (or renews an expired
   * token) and tries once more. Redirects are returned, not followed.
   */
  async request(path: string | URL, init: RequestInit): Promise<HttpResponse> {
    await this.ping()
    const url = typeof path === 'string' ? this.url(path) : path
    let auth = await this.authorization(false)
    let res = await this.send(url, init, auth)
    if (res.status === 401) {
      const fresh = this.pickChallenge(res)
      discard(res)
      const hadAuth = auth !== undefined
      if (fresh) this.challenge = fresh
      auth = await this.authorization(true)
      if (auth === undefined || (hadAuth && this.challenge?.scheme === 'basic')) {
        throw this.unauthorized()
      }
      res = await this.send(url, init, auth)
      if (res.status === 401) {
        discard(res)
        throw this.unauthorized()
      }
    }
    return res
  }

  private unauthorized(): Error {
    const creds = this.opts.credentials
    return registryError(REGISTRY_UNAUTHORIZED, `unauthorized: ${creds ? 'incorrect username or password for' : 'authentication required by'} ${this.opts.endpoint.domain}`, {
      hint: `log in first: tsc-compose login ${this.opts.endpoint.domain}`,
    })
  }

  private async send(url: URL, init: RequestInit, auth: string | undefined): Promise<HttpResponse> {
    try {
      return await this.transport.request(url, { ...init, headers: { ...(init.headers ?? {}), ...(auth ? { authorization: auth } : {}) } })
    } catch (err) {
      if ((err as { code?: string }).code?.startsWith('REGISTRY_')) throw err
      throw this.unreachable(url, err)
    }
  }

  /** Turns a non-success answer into the error users should see, naming `what`. */
  async fail(res: HttpResponse, what: string): Promise<never> {
    const detail = await errorDetail(res)
    if (res.status === 404 || detail.code === 'MANIFEST_UNKNOWN' || detail.code === 'NAME_UNKNOWN' || detail.code === 'BLOB_UNKNOWN') {
      throw registryError(REGISTRY_NOT_FOUND, `${what} not found: ${detail.message}`)
    }
    if (res.status === 403 || detail.code === 'DENIED') {
      throw registryError(REGISTRY_DENIED, `${what}: access denied: ${detail.message}`, { hint: `check the repository name and your login (tsc-compose login ${this.opts.endpoint.domain})` })
    }
    if (res.status === 401) throw this.unauthorized()
    throw registryError(REGISTRY_PROTOCOL, `${what}: the registry answered ${res.status}: ${detail.message}`)
  }

  /**
   * GET a blob, following redirects (to a CDN, typically) without forwarding the
   * registry's Authorization to another origin.
   */
  async getBlob(digest: Digest): Promise<HttpResponse> {
    let res = await this.request(`/v2/${this.repository}/blobs/${digest}`, { method: 'GET' })
    for (let hop = 0; hop < MAX_REDIRECTS && [301, 302, 303, 307, 308].includes(res.status); hop++) {
      const location = res.headers.location
      discard(res)
      if (!location) throw registryError(REGISTRY_PROTOCOL, `blob ${digest}: redirect without a Location`)
      const next = new URL(location, res.url)
      res = next.origin === this.origin
        ? await this.request(next, { method: 'GET' })
        : await this.sendUnauthenticated(next)
    }
    if (res.status !== 200) return this.fail(res, `blob ${digest} of ${this.opts.endpoint.domain}/${this.repository}`)
    return res
  }

  private async sendUnauthenticated(url: URL): Promise<HttpResponse> {
    try {
      return await this.transport.request(url, { method: 'GET' })
    } catch (err) {
      if ((err as { code?: string }).code?.startsWith('REGISTRY_')) throw err
      throw registryError(REGISTRY_UNREACHABLE, `cannot download from ${url.origin} (redirected by ${this.opts.endpoint.domain}): ${(err as { code?: string }).code ?? (err as Error).message}`, { cause: err })
    }
  }

  /** HEAD a blob: true when the repository has it. */
  async hasBlob(digest: Digest): Promise<boolean> {
    const res = await this.request(`/v2/${this.repository}/blobs/${digest}`, { method: 'HEAD' })
    discard(res)
    if (res.status === 200) return true
    if (res.status === 404) return false
    return this.fail(res, `blob ${digest}`)
  }

  /**
   * Starts an upload, or mounts `digest` from `mountFrom` on the same registry (api.md
   * "Cross Repository Blob Mount"). Returns 'mounted' or the upload location.
   */
  async startUpload(digest: Digest, mountFrom?: string): Promise<'mounted' | URL> {
    const query = mountFrom ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(mountFrom)}` : ''
    const res = await this.request(`/v2/${this.repository}/blobs/uploads/${query}`, { method: 'POST', body: Buffer.alloc(0) })
    discard(res)
    if (res.status === 201 && mountFrom) return 'mounted'
    if (res.status !== 202) return this.fail(res, `upload to ${this.opts.endpoint.domain}/${this.repository}`)
    const location = res.headers.location
    if (!location) throw registryError(REGISTRY_PROTOCOL, `upload to ${this.repository}: the registry gave no Location`)
    return new URL(location, res.url)
  }

  /** Monolithic upload: PUT <location>?digest=… with the whole blob. */
  async finishUpload(location: URL, digest: Digest, size: number, open: () => Readable): Promise<void> {
    const url = new URL(location)
    url.searchParams.set('digest', digest)
    const res = await this.request(url, { method: 'PUT', headers: { 'content-type': 'application/octet-stream' }, body: open, contentLength: size })
    discard(res)
    if (res.status !== 201) return this.fail(res, `upload of blob ${digest}`)
  }
}
