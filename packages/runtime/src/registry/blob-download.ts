import { createWriteStream } from 'node:fs'
import { createHash } from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { type Digest, sha256 } from '../images/digest.js'
import type { Descriptor } from '../images/oci.js'
import type { RegistryClient } from './client.js'
import { registryError, REGISTRY_DIGEST_MISMATCH, REGISTRY_TOO_LARGE } from './errors.js'
import { readBody } from './transport.js'

/**
 * Hashes and counts what flows through and refuses a byte more than the descriptor's
 * size, so a lying registry cannot fill the disk.
 */
class VerifyingStream extends Transform {
  private readonly hash = createHash('sha256')
  size = 0

  constructor(
    private readonly desc: Descriptor,
    private readonly what: string,
    private readonly onBytes?: (n: number) => void,
  ) {
    super()
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.size += chunk.length
    if (this.size > this.desc.size) {
      cb(registryError(REGISTRY_TOO_LARGE, `${this.what}: the registry sent more than the ${this.desc.size} bytes the manifest declares`))
      return
    }
    this.hash.update(chunk)
    this.onBytes?.(this.size)
    cb(null, chunk)
  }

  check(): void {
    const digest = `sha256:${this.hash.digest('hex')}` as Digest
    if (this.size !== this.desc.size) {
      throw registryError(REGISTRY_DIGEST_MISMATCH, `${this.what}: got ${this.size} bytes, the manifest declares ${this.desc.size}`)
    }
    if (digest !== this.desc.digest) {
      throw registryError(REGISTRY_DIGEST_MISMATCH, `${this.what}: content digest is ${digest}, expected ${this.desc.digest}`)
    }
  }
}

function checkLength(declared: unknown, desc: Descriptor, what: string): void {
  const n = Number(declared)
  if (declared !== undefined && Number.isFinite(n) && n !== desc.size) {
    throw registryError(REGISTRY_DIGEST_MISMATCH, `${what}: the registry sends ${n} bytes, the manifest declares ${desc.size}`)
  }
}

/** Streams a blob into `file` (created exclusively), verified against its descriptor. */
export async function downloadBlob(client: RegistryClient, desc: Descriptor, file: string, what: string, onBytes?: (n: number) => void): Promise<void> {
  const res = await client.getBlob(desc.digest)
  try {
    checkLength(res.headers['content-length'], desc, what)
  } catch (err) {
    res.body.destroy()
    throw err
  }
  const verify = new VerifyingStream(desc, what, onBytes)
  await pipeline(res.body, verify, createWriteStream(file, { flags: 'wx', mode: 0o644 }))
  verify.check()
}

/** A small blob (an image config) into memory, verified. */
export async function fetchSmallBlob(client: RegistryClient, desc: Descriptor, cap: number, what: string): Promise<Buffer> {
  if (desc.size > cap) throw registryError(REGISTRY_TOO_LARGE, `${what} is ${desc.size} bytes, more than the ${cap} allowed`)
  const res = await client.getBlob(desc.digest)
  checkLength(res.headers['content-length'], desc, what)
  const bytes = await readBody(res, desc.size, what)
  const digest = sha256(bytes)
  if (bytes.length !== desc.size || digest !== desc.digest) {
    throw registryError(REGISTRY_DIGEST_MISMATCH, `${what}: content digest is ${digest} (${bytes.length} bytes), expected ${desc.digest} (${desc.size} bytes)`)
  }
  return bytes
}
