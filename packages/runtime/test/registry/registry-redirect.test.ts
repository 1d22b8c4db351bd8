import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { downloadBlob } from '../../src/registry/blob-download.js'
import { RegistryClient } from '../../src/registry/client.js'
import { endpointFor } from '../../src/registry/hosts.js'

// A blob redirected to another origin (a CDN) is fetched there without the registry's
// Authorization header, and still verified against its digest.
const body = Buffer.from('layer bytes '.repeat(1000))
const digest = `sha256:${createHash('sha256').update(body).digest('hex')}` as const
const seen: { cdnAuth?: string } = {}
let registry: http.Server
let cdn: http.Server
let dir: string

const listen = (s: http.Server): Promise<number> => new Promise((r) => s.listen(0, '127.0.0.1', () => r((s.address() as AddressInfo).port)))

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tsc-regredir-'))
  cdn = http.createServer((req, res) => {
    seen.cdnAuth = req.headers.authorization
    res.end(req.url === '/bad' ? Buffer.from('tampered') : body)
  })
  const cdnPort = await listen(cdn)
  registry = http.createServer((req, res) => {
    if (req.headers.authorization !== `Basic ${Buffer.from('u:p').toString('base64')}`) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="test"' }).end()
      return
    }
    if (req.url === '/v2/') return void res.end('{}')
    const target = req.url!.endsWith(digest) ? '/blob' : '/bad'
    res.writeHead(307, { location: `http://127.0.0.1:${cdnPort}${target}` }).end()
  })
  await listen(registry)
})

afterAll(async () => {
  await new Promise((r) => registry.close(r))
  await new Promise((r) => cdn.close(r))
  rmSync(dir, { recursive: true, force: true })
})

it('follows the redirect without forwarding Authorization, and verifies the digest', async () => {
  const port = (registry.address() as AddressInfo).port
  const client = new RegistryClient({ endpoint: endpointFor(`127.0.0.1:${port}`), repository: 'a/b', actions: 'pull', credentials: { username: 'u', password: 'p' } })
  try {
    const file = join(dir, 'blob')
    await downloadBlob(client, { mediaType: 'x', digest, size: body.length }, file, 'layer')
    expect(readFileSync(file)).toEqual(body)
    expect(seen.cdnAuth).toBeUndefined()
    const other = `sha256:${'0'.repeat(64)}` as const
    await expect(downloadBlob(client, { mediaType: 'x', digest: other, size: 8 }, join(dir, 'b2'), 'layer 2')).rejects.toThrow(`layer 2: content digest is sha256:${createHash('sha256').update('tampered').digest('hex')}, expected ${other}`)
    await expect(downloadBlob(client, { mediaType: 'x', digest: other, size: 4 }, join(dir, 'b3'), 'layer 3')).rejects.toThrow('layer 3: the registry sends 8 bytes, the manifest declares 4')
  } finally {
    client.close()
  }
})
