import * as http from 'node:http'
import * as https from 'node:https'
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import type { Readable } from 'node:stream'
import { registryError, REGISTRY_ABORTED, REGISTRY_TOO_LARGE, REGISTRY_UNREACHABLE } from './errors.js'

export interface HttpResponse {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly body: IncomingMessage
  readonly url: URL
}

export interface RequestInit {
  readonly method: string
  readonly headers?: Record<string, string>
  /** A body is a buffer or a stream factory (a retry after a 401 needs a fresh stream). */
  readonly body?: Buffer | (() => Readable)
  readonly contentLength?: number
}

export interface TransportOptions {
  readonly skipTlsVerify?: boolean
  /** No byte received for this long fails the request (connect, headers or body). */
  readonly idleTimeoutMs?: number
  readonly signal?: AbortSignal
  readonly maxSockets?: number
}

const USER_AGENT = 'tsc-compose'

/** Registry answers that say the peer is not speaking TLS (plain HTTP) or no server listens. */
export function isConnectionError(err: unknown): boolean {
  const code = (err as { code?: string; cause?: { code?: string } }).cause?.code ?? (err as { code?: string }).code
  return typeof code === 'string' && /^(ECONNREFUSED|ECONNRESET|EPROTO|EHOSTUNREACH|ENETUNREACH|ERR_SSL_.*|EAI_AGAIN|ENOTFOUND)$/.test(code)
}

/**
 * node:http(s) with one keep-alive agent per scheme for the whole pull, so parallel layer
 * downloads reuse connections. Redirects are not followed here: the client decides what to
 * forward to another host.
 */
export class Transport {
  private readonly httpAgent: http.Agent
  private readonly httpsAgent: https.Agent
  private readonly idleTimeoutMs: number
  private readonly signal?: AbortSignal

  constructor(opts: TransportOptions = {}) {
    const maxSockets = opts.maxSockets ?? 8
    this.httpAgent = new http.Agent({ keepAlive: true, maxSockets })
    this.httpsAgent = new https.Agent({ keepAlive: true, maxSockets, rejectUnauthorized: !opts.skipTlsVerify })
    this.idleTimeoutMs = opts.idleTimeoutMs ?? 60_000
    this.signal = opts.signal
  }

  request(url: URL, init: RequestInit): Promise<HttpResponse> {
    if (this.signal?.aborted) return Promise.reject(registryError(REGISTRY_ABORTED, 'aborted'))
    const lib = url.protocol === 'https:' ? https : http
    const agent = url.protocol === 'https:' ? this.httpsAgent : this.httpAgent
    const headers: Record<string, string> = { 'user-agent': USER_AGENT, ...(init.headers ?? {}) }
    const body = typeof init.body === 'function' ? init.body() : init.body
    if (Buffer.isBuffer(body)) headers['content-length'] = String(body.length)
    else if (init.contentLength !== undefined) headers['content-length'] = String(init.contentLength)
    return new Promise<HttpResponse>((resolve, reject) => {
      const req = lib.request(url, { method: init.method, headers, agent })
      const onAbort = (): void => {
        req.destroy(registryError(REGISTRY_ABORTED, 'aborted'))
      }
      this.signal?.addEventListener('abort', onAbort, { once: true })
      req.setTimeout(this.idleTimeoutMs, () => {
        req.destroy(registryError(REGISTRY_UNREACHABLE, `${init.method} ${url.origin}${url.pathname}: no answer for ${Math.round(this.idleTimeoutMs / 1000)} s`))
      })
      req.on('error', (err) => {
        this.signal?.removeEventListener('abort', onAbort)
        reject(err)
      })
      req.on('response', (res) => {
        res.on('close', () => this.signal?.removeEventListener('abort', onAbort))
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res, url })
      })
      if (body === undefined) req.end()
      else if (Buffer.isBuffer(body)) req.end(body)
      else {
        body.on('error', (err) => req.destroy(err))
        body.pipe(req)
      }
    })
  }

  close(): void {
    this.httpAgent.destroy()
    this.httpsAgent.destroy()
  }
}

/** Reads a whole (small) body, refusing more than `cap` bytes: documents, tokens, errors. */
export async function readBody(res: HttpResponse, cap: number, what: string): Promise<Buffer> {
  const declared = Number(res.headers['content-length'])
  if (Number.isFinite(declared) && declared > cap) {
    res.body.destroy()
    throw registryError(REGISTRY_TOO_LARGE, `${what} is ${declared} bytes, more than the ${cap} allowed`)
  }
  const chunks: Buffer[] = []
  let n = 0
  for await (const chunk of res.body as AsyncIterable<Buffer>) {
    n += chunk.length
    if (n > cap) {
      res.body.destroy()
      throw registryError(REGISTRY_TOO_LARGE, `${what} is more than the ${cap} bytes allowed`)
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/** Drops a body we do not need so the connection goes back to the pool. */
export function discard(res: HttpResponse): void {
  res.body.resume()
}
