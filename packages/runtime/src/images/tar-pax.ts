import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { XATTR_PAX_PREFIX } from './whiteout.js'

/**
 * xattr values in PAX records are raw bytes (Go's archive/tar and GNU tar write them so:
 * security.capability is binary). tar-stream decodes and encodes every PAX value as UTF-8,
 * which mangles those bytes, so we replace its two PAX functions with byte-exact ones:
 * SCHILY.xattr.* values travel as latin1 "binary strings" (one char per byte), everything
 * else stays UTF-8 as before. tar-stream's `exports` hides headers.js, hence the resolve by
 * path; extract.js and pack.js call these through the module object, so patching it works.
 */
interface PaxHeaders {
  decodePax(buf: Buffer): Record<string, string>
  encodePax(opts: { name?: string; linkname?: string; pax?: Record<string, string> }): Buffer
}

let patched = false

function record(key: string, value: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(` ${key}=`, 'utf8'), value, Buffer.from('\n')])
  // The length prefix counts itself (tar-stream's addLength).
  let digits = String(body.length).length
  if (body.length + digits >= 10 ** digits) digits++
  return Buffer.concat([Buffer.from(String(body.length + digits)), body])
}

export function decodePax(buf: Buffer): Record<string, string> {
  const out: Record<string, string> = {}
  let rest = buf
  while (rest.length > 0) {
    const sp = rest.indexOf(0x20)
    if (sp <= 0) break
    const len = parseInt(rest.subarray(0, sp).toString('ascii'), 10)
    if (!len || len > rest.length) break
    const rec = rest.subarray(sp + 1, len - 1)
    const eq = rec.indexOf(0x3d)
    if (eq === -1) break
    const key = rec.subarray(0, eq).toString('utf8')
    const value = rec.subarray(eq + 1)
    out[key] = key.startsWith(XATTR_PAX_PREFIX) ? value.toString('latin1') : value.toString('utf8')
    rest = rest.subarray(len)
  }
  return out
}

export function encodePax(opts: { name?: string; linkname?: string; pax?: Record<string, string> }): Buffer {
  const parts: Buffer[] = []
  if (opts.name) parts.push(record('path', Buffer.from(opts.name, 'utf8')))
  if (opts.linkname) parts.push(record('linkpath', Buffer.from(opts.linkname, 'utf8')))
  for (const [k, v] of Object.entries(opts.pax ?? {})) {
    parts.push(record(k, Buffer.from(v, k.startsWith(XATTR_PAX_PREFIX) ? 'latin1' : 'utf8')))
  }
  return Buffer.concat(parts)
}

export function patchTarStreamPax(): void {
  if (patched) return
  patched = true
  const require = createRequire(import.meta.url)
  const headers = require(join(dirname(require.resolve('tar-stream')), 'headers.js')) as PaxHeaders
  headers.decodePax = decodePax
  headers.encodePax = encodePax
}
