import { Transform, type TransformCallback } from 'node:stream'
import { XATTR_PAX_PREFIX } from './whiteout.js'

/**
 * xattr values in PAX records are raw bytes (Go's archive/tar, docker and GNU tar write them
 * so; security.capability is binary), but tar-stream decodes and encodes every PAX value as
 * UTF-8, which mangles them. This transform sits next to tar-stream and renames those
 * records to an ASCII-safe private form, so no byte is lost either way:
 *  - 'decode' (before extraction): `SCHILY.xattr.K=<bytes>` and bsdtar's
 *    `LIBARCHIVE.xattr.K=<base64>` → `TSC.xattr64.K=<base64>`;
 *  - 'encode' (after packing): `TSC.xattr64.K=<base64>` → `SCHILY.xattr.K=<bytes>`.
 * Only PAX header blocks are rewritten (new size and checksum); every other byte passes
 * through untouched.
 */
export const XATTR64_PREFIX = 'TSC.xattr64.'
const LIBARCHIVE_PREFIX = 'LIBARCHIVE.xattr.'

const BLOCK = 512
const TYPE_PAX = 0x78 // 'x'
const TYPE_PAX_GLOBAL = 0x67 // 'g'
const TYPE_DIR = 0x35 // '5': tar-stream reads no body for directories, nor do we

function parseSize(field: Buffer): number {
  if (field[0]! & 0x80) {
    // base-256 (GNU): big-endian after the marker byte
    let n = 0
    for (let i = 1; i < field.length; i++) n = n * 256 + field[i]!
    return n
  }
  const s = field.toString('ascii').replace(/[\0 ]+/g, ' ').trim()
  return s === '' ? 0 : parseInt(s, 8)
}

function checksum(header: Buffer): number {
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!
  return sum
}

function record(key: string, value: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(` ${key}=`, 'utf8'), value, Buffer.from('\n')])
  // The length prefix counts its own digits.
  let digits = String(body.length).length
  if (body.length + digits >= 10 ** digits) digits++
  return Buffer.concat([Buffer.from(String(body.length + digits)), body])
}

/** Rewrites the xattr records of one PAX body; returns undefined when there were none. */
export function rewritePaxBody(body: Buffer, direction: 'decode' | 'encode'): Buffer | undefined {
  const out: Buffer[] = []
  let changed = false
  let rest = body
  while (rest.length > 0) {
    const sp = rest.indexOf(0x20)
    const len = sp > 0 ? parseInt(rest.subarray(0, sp).toString('ascii'), 10) : NaN
    if (!(len > sp + 1) || len > rest.length) {
      out.push(rest) // malformed tail: leave it for tar-stream to judge
      break
    }
    const rec = rest.subarray(0, len)
    rest = rest.subarray(len)
    const kv = rec.subarray(sp + 1, len - 1)
    const eq = kv.indexOf(0x3d)
    const key = eq === -1 ? '' : kv.subarray(0, eq).toString('utf8')
    const value = kv.subarray(eq + 1)
    if (direction === 'decode' && key.startsWith(XATTR_PAX_PREFIX)) {
      out.push(record(XATTR64_PREFIX + key.slice(XATTR_PAX_PREFIX.length), Buffer.from(value.toString('base64'))))
      changed = true
    } else if (direction === 'decode' && key.startsWith(LIBARCHIVE_PREFIX)) {
      const name = decodeURIComponent(key.slice(LIBARCHIVE_PREFIX.length))
      out.push(record(XATTR64_PREFIX + name, Buffer.from(value.toString('ascii').trim())))
      changed = true
    } else if (direction === 'encode' && key.startsWith(XATTR64_PREFIX)) {
      out.push(record(XATTR_PAX_PREFIX + key.slice(XATTR64_PREFIX.length), Buffer.from(value.toString('ascii'), 'base64')))
      changed = true
    } else {
      out.push(rec)
    }
  }
  return changed ? Buffer.concat(out) : undefined
}

export class PaxXattrRewriter extends Transform {
  private buf: Buffer = Buffer.alloc(0)
  /** Bytes of the current entry's body (padded) still to pass through unchanged. */
  private passing = 0

  constructor(private readonly direction: 'decode' | 'encode') {
    super()
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk])
    this.drain()
    cb()
  }

  override _flush(cb: TransformCallback): void {
    if (this.buf.length > 0) this.push(this.buf)
    this.buf = Buffer.alloc(0)
    cb()
  }

  private drain(): void {
    for (;;) {
      if (this.passing > 0) {
        const n = Math.min(this.passing, this.buf.length)
        if (n === 0) return
        this.push(this.buf.subarray(0, n))
        this.buf = this.buf.subarray(n)
        this.passing -= n
        continue
      }
      if (this.buf.length < BLOCK) return
      const header = this.buf.subarray(0, BLOCK)
      const type = header[156]!
      const size = parseSize(header.subarray(124, 136))
      const padded = Math.ceil(size / BLOCK) * BLOCK
      if (type !== TYPE_PAX && type !== TYPE_PAX_GLOBAL) {
        this.push(header)
        this.buf = this.buf.subarray(BLOCK)
        this.passing = type === TYPE_DIR ? 0 : padded
        continue
      }
      if (this.buf.length < BLOCK + padded) return
      const body = this.buf.subarray(BLOCK, BLOCK + size)
      const rewritten = rewritePaxBody(body, this.direction)
      if (!rewritten) {
        this.push(this.buf.subarray(0, BLOCK + padded))
      } else {
        const h = Buffer.from(header)
        h.write(`${rewritten.length.toString(8).padStart(11, '0')}\0`, 124, 'ascii')
        h.write(`${checksum(h).toString(8).padStart(6, '0')}\0 `, 148, 'ascii')
        const pad = Buffer.alloc((BLOCK - (rewritten.length % BLOCK)) % BLOCK)
        this.push(Buffer.concat([h, rewritten, pad]))
      }
      this.buf = this.buf.subarray(BLOCK + padded)
    }
  }
}
