import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream, existsSync, fsyncSync, openSync, closeSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { fromSystemError } from '../errors.js'
import { type Digest, isDigest, sha256 } from './digest.js'
import { imageError, IMAGE_DIGEST_MISMATCH, IMAGE_NOT_FOUND } from './errors.js'
import type { StorePaths } from './paths.js'

export interface BlobInfo {
  digest: Digest
  size: number
}

/** Counts and hashes what flows through, unchanged. */
export class HashingPassThrough extends Transform {
  private readonly hash = createHash('sha256')
  size = 0
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.hash.update(chunk)
    this.size += chunk.length
    this.push(chunk)
    cb()
  }
  digest(): Digest {
    return `sha256:${this.hash.digest('hex')}`
  }
}

export function tmpName(prefix: string): string {
  return `${prefix}-${process.pid}-${randomBytes(6).toString('hex')}`
}

export async function hashFile(path: string): Promise<BlobInfo> {
  const h = new HashingPassThrough()
  await pipeline(createReadStream(path), h, async function* (src) { for await (const _ of src) { /* drain */ } })
  return { digest: h.digest(), size: h.size }
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** Content-addressed blobs: `blobs/sha256/<hex>`, written to ingest/ and renamed in. */
export class BlobStore {
  constructor(private readonly paths: StorePaths) {}

  path(d: Digest): string {
    return this.paths.blob(d)
  }

  has(d: Digest): boolean {
    return existsSync(this.paths.blob(d))
  }

  async ensureDirs(): Promise<void> {
    await mkdir(this.paths.blobsDir, { recursive: true })
    await mkdir(this.paths.ingestDir, { recursive: true })
  }

  /**
   * Streams `src` (through `transforms`, e.g. a decompressor) into the store, hashing on
   * the way; with `expected`, a mismatch throws
   * and nothing is added. fsync before rename so a crash never leaves a truncated blob
   * under a valid name.
   */
  async write(src: Readable, expected?: Digest, transforms: readonly Transform[] = []): Promise<BlobInfo> {
    await this.ensureDirs()
    const tmp = join(this.paths.ingestDir, tmpName('blob'))
    const h = new HashingPassThrough()
    try {
      await pipeline([src, ...transforms, h, createWriteStream(tmp)])
      const digest = h.digest()
      if (expected && digest !== expected) {
        throw imageError(IMAGE_DIGEST_MISMATCH, `content digest mismatch: expected ${expected}, got ${digest}`)
      }
      this.adoptFile(tmp, digest)
      return { digest, size: h.size }
    } finally {
      rmSync(tmp, { force: true })
    }
  }

  async writeBuffer(data: Buffer | string): Promise<BlobInfo> {
    const buf = typeof data === 'string' ? Buffer.from(data) : data
    const digest = sha256(buf)
    if (!this.has(digest)) {
      const { Readable } = await import('node:stream')
      await this.write(Readable.from([buf]), digest)
    }
    return { digest, size: buf.length }
  }

  /** Moves an already verified file (on the same filesystem) into place. */
  adoptFile(file: string, digest: Digest): void {
    const dest = this.paths.blob(digest)
    if (existsSync(dest)) {
      rmSync(file, { force: true })
      return
    }
    fsyncPath(file)
    try {
      renameSync(file, dest)
    } catch (err) {
      throw fromSystemError(err, 'rename', dest)
    }
  }

  read(d: Digest): Buffer {
    try {
      return readFileSync(this.paths.blob(d))
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw imageError(IMAGE_NOT_FOUND, `blob ${d} is missing from the store`)
      throw fromSystemError(err, 'open', this.paths.blob(d))
    }
  }

  readJson<T>(d: Digest): T {
    return JSON.parse(this.read(d).toString('utf8')) as T
  }

  size(d: Digest): number {
    return statSync(this.paths.blob(d)).size
  }

  stream(d: Digest): Readable {
    return createReadStream(this.paths.blob(d))
  }

  list(): Digest[] {
    if (!existsSync(this.paths.blobsDir)) return []
    return readdirSync(this.paths.blobsDir).map((h) => `sha256:${h}`).filter(isDigest) as Digest[]
  }

  remove(d: Digest): void {
    rmSync(this.paths.blob(d), { force: true })
  }
}
