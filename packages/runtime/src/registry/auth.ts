import type { Credentials } from './credentials.js'
import { registryError, REGISTRY_PROTOCOL, REGISTRY_UNAUTHORIZED } from './errors.js'
import { readBody, type Transport } from './transport.js'

/** One challenge of a `WWW-Authenticate` header (RFC 7235). */
export interface Challenge {
  /** Lowercased: `bearer`, `basic`. */
  readonly scheme: string
  readonly params: Readonly<Record<string, string>>
}

const MAX_TOKEN_RESPONSE = 1 << 20
/** docker's default when a token server says nothing (distribution auth/token.md). */
const DEFAULT_EXPIRES_S = 60

/**
 * Parses `Bearer realm="…",service="…",scope="…"` (several challenges may share a header,
 * and several headers may be sent). Quoted values keep commas and backslash escapes.
 */
export function parseWwwAuthenticate(header: string | readonly string[] | undefined): Challenge[] {
  const text = Array.isArray(header) ? header.join(', ') : (header as string | undefined) ?? ''
  const out: { scheme: string; params: Record<string, string> }[] = []
  let i = 0
  const skip = (): void => {
    while (i < text.length && /[\s,]/.test(text[i]!)) i++
  }
  const token = (): string => {
    const m = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+/.exec(text.slice(i))
    if (!m) return ''
    i += m[0].length
    return m[0]
  }
  while (i < text.length) {
    skip()
    const start = i
    const name = token()
    if (!name) {
      i++
      continue
    }
    while (i < text.length && text[i] === ' ') i++
    if (text[i] === '=' && out.length > 0) {
      // a parameter of the current challenge
      i++
      while (text[i] === ' ') i++
      let value = ''
      if (text[i] === '"') {
        i++
        while (i < text.length && text[i] !== '"') {
          if (text[i] === '\\' && i + 1 < text.length) i++
          value += text[i]
          i++
        }
        i++
      } else {
        value = token()
      }
      out[out.length - 1]!.params[name.toLowerCase()] = value
      continue
    }
    if (start === i) break
    out.push({ scheme: name.toLowerCase(), params: {} })
  }
  return out
}

export interface Token {
  readonly value: string
  readonly expiresAt: number
}

function basic(c: Credentials): string {
  return `Basic ${Buffer.from(`${c.username ?? ''}:${c.password ?? ''}`).toString('base64')}`
}

/** The Authorization value for a Basic-auth registry, or undefined without credentials. */
export function basicAuthorization(c: Credentials | undefined): string | undefined {
  return c?.username !== undefined && c.password !== undefined ? basic(c) : undefined
}

/**
 * Gets a bearer token for `scopes` from the challenge's realm (distribution auth/token.md):
 * GET with Basic credentials (or anonymous), or the OAuth2 refresh-token POST when the login
 * stored an identity token (containerd `auth/fetch.go`).
 */
export async function fetchToken(transport: Transport, challenge: Challenge, scopes: readonly string[], creds: Credentials | undefined, now = Date.now()): Promise<Token> {
  if (creds?.registryToken) return { value: creds.registryToken, expiresAt: Number.POSITIVE_INFINITY }
  const realm = challenge.params.realm
  let url: URL
  try {
    url = new URL(realm ?? '')
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http(s)')
  } catch {
    throw registryError(REGISTRY_PROTOCOL, `the registry's bearer challenge has no usable realm: ${JSON.stringify(realm)}`)
  }
  const service = challenge.params.service
  const res = creds?.identityToken
    ? await transport.request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: Buffer.from(new URLSearchParams({ grant_type: 'refresh_token', refresh_token: creds.identityToken, client_id: 'tsc-compose', ...(service ? { service } : {}), scope: scopes.join(' ') }).toString()),
      })
    : await (() => {
        if (service) url.searchParams.set('service', service)
        for (const s of scopes) url.searchParams.append('scope', s)
        if (creds?.username) url.searchParams.set('account', creds.username)
        const auth = basicAuthorization(creds)
        return transport.request(url, { method: 'GET', headers: auth ? { authorization: auth } : {} })
      })()
  const body = await readBody(res, MAX_TOKEN_RESPONSE, `the token answer of ${url.origin}`)
  if (res.status === 401 || res.status === 403) {
    throw registryError(REGISTRY_UNAUTHORIZED, `unauthorized: ${creds ? 'incorrect username or password' : 'authentication required'} (token server ${url.origin})`, {
      hint: creds ? 'log in again with tsc-compose login' : 'log in first with tsc-compose login',
    })
  }
  if (res.status !== 200) throw registryError(REGISTRY_PROTOCOL, `token server ${url.origin} answered ${res.status}`)
  let doc: { token?: unknown; access_token?: unknown; expires_in?: unknown; issued_at?: unknown }
  try {
    doc = JSON.parse(body.toString('utf8')) as typeof doc
  } catch {
    throw registryError(REGISTRY_PROTOCOL, `token server ${url.origin} answered something that is not JSON`)
  }
  const value = typeof doc.token === 'string' && doc.token ? doc.token : typeof doc.access_token === 'string' ? doc.access_token : ''
  if (!value) throw registryError(REGISTRY_PROTOCOL, `token server ${url.origin} answered no token`)
  const expiresIn = typeof doc.expires_in === 'number' && doc.expires_in > 0 ? doc.expires_in : DEFAULT_EXPIRES_S
  const issued = typeof doc.issued_at === 'string' ? Date.parse(doc.issued_at) : Number.NaN
  const from = Number.isFinite(issued) && Math.abs(issued - now) < 3600_000 ? issued : now
  // Renew a little early so a token never expires between check and use.
  return { value, expiresAt: from + expiresIn * 1000 - 5_000 }
}
