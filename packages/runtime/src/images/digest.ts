import { createHash } from 'node:crypto'
import { imageError, IMAGE_INVALID_INPUT } from './errors.js'

/** A content digest as the OCI specs write it: `sha256:<64 lowercase hex>`. */
export type Digest = `sha256:${string}`

const DIGEST_RE = /^sha256:[a-f0-9]{64}$/

export function isDigest(s: unknown): s is Digest {
  return typeof s === 'string' && DIGEST_RE.test(s)
}

/** Validates a digest read from an untrusted document (manifest, index, config). */
export function checkDigest(s: unknown, what: string): Digest {
  if (!isDigest(s)) throw imageError(IMAGE_INVALID_INPUT, `invalid ${what} digest ${JSON.stringify(s)} (want sha256:<64 hex>)`)
  return s
}

export function sha256(data: string | Uint8Array): Digest {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`
}

export function hexOf(d: Digest): string {
  return d.slice('sha256:'.length)
}

/**
 * Chain IDs name a stack of layers (image-spec config.md): ChainID(L0) = DiffID(L0),
 * ChainID(Ln) = sha256(ChainID(Ln-1) + " " + DiffID(Ln)). Two images sharing a base share
 * the base's snapshots because the chain ID depends only on the layers below.
 */
export function chainIds(diffIds: readonly Digest[]): Digest[] {
  const out: Digest[] = []
  for (const d of diffIds) {
    const prev = out[out.length - 1]
    out.push(prev === undefined ? d : sha256(`${prev} ${d}`))
  }
  return out
}

/** `sha256:abcdef…` → `abcdef012345` (docker's 12-character short ID). */
export function shortId(d: string): string {
  return d.replace(/^sha256:/, '').slice(0, 12)
}
