import { Transform, type TransformCallback } from 'node:stream'
import * as zlib from 'node:zlib'
import { imageError, IMAGE_UNSUPPORTED } from './errors.js'

export type Compression = 'gzip' | 'zstd' | 'none'

export function sniffCompression(head: Buffer): Compression {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip'
  if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) return 'zstd'
  return 'none'
}

type ZstdFactory = () => Transform
const zstdFactory = (zlib as unknown as { createZstdDecompress?: ZstdFactory }).createZstdDecompress

/**
 * Decompresses a layer or archive by its magic bytes (not its media type: docker's legacy
 * archives name every layer `layer.tar`, compressed or not), like moby's DecompressStream.
 * zstd needs Node ≥ 22.15; on older Node it is refused with a clear error.
 */
export class AutoDecompress extends Transform {
  private head: Buffer[] = []
  private headLen = 0
  private inner: Transform | null | undefined
  compression: Compression | undefined

  constructor(private readonly what: string) {
    super()
  }

  private decide(head: Buffer): void {
    this.compression = sniffCompression(head)
    if (this.compression === 'none') {
      this.inner = null
      return
    }
    if (this.compression === 'zstd' && !zstdFactory) {
      throw imageError(IMAGE_UNSUPPORTED, `${this.what} is zstd-compressed, which needs Node >= 22.15 (running ${process.version})`, {
        hint: 'recompress the layer with gzip, or run tsc-compose on a newer Node',
      })
    }
    const inner = this.compression === 'gzip' ? zlib.createGunzip() : zstdFactory!()
    inner.on('data', (d: Buffer) => this.push(d))
    inner.on('error', (e) => this.destroy(imageError(IMAGE_UNSUPPORTED, `${this.what}: cannot decompress ${this.compression}: ${e.message}`, { cause: e })))
    this.inner = inner
  }

  private feed(buf: Buffer, cb: TransformCallback): void {
    if (!this.inner) {
      if (buf.length > 0) this.push(buf)
      cb()
      return
    }
    if (this.inner.write(buf)) cb()
    else this.inner.once('drain', () => cb())
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    if (this.inner !== undefined) {
      this.feed(chunk, cb)
      return
    }
    this.head.push(chunk)
    this.headLen += chunk.length
    if (this.headLen < 4) {
      cb()
      return
    }
    this.release(cb, cb)
  }

  override _flush(cb: TransformCallback): void {
    // Input shorter than the magic: decide on what there is.
    if (this.inner === undefined) this.release(cb, () => this.finish(cb))
    else this.finish(cb)
  }

  /** Decides on the bytes held back so far, then feeds them on; `fail` gets a refusal. */
  private release(fail: TransformCallback, fed: TransformCallback): void {
    const buf = Buffer.concat(this.head)
    this.head = []
    try {
      this.decide(buf)
    } catch (err) {
      fail(err as Error)
      return
    }
    this.feed(buf, fed)
  }

  private finish(cb: TransformCallback): void {
    const inner = this.inner
    if (!inner) {
      cb()
      return
    }
    inner.once('end', () => cb())
    inner.end()
  }
}
