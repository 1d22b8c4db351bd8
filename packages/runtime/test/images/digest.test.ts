import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { chainIds, checkDigest, sha256, shortId, type Digest } from '../../src/images/digest.js'

const d = (s: string): Digest => sha256(s)

describe('chain IDs (image-spec config.md)', () => {
  it('the first chain ID is the first diff ID', () => {
    expect(chainIds([d('a')])).toEqual([d('a')])
    expect(chainIds([])).toEqual([])
  })

  it('each next one hashes "<parent chain> <diff id>"', () => {
    const [a, b, c] = [d('a'), d('b'), d('c')]
    const ab = `sha256:${createHash('sha256').update(`${a} ${b}`).digest('hex')}`
    const abc = `sha256:${createHash('sha256').update(`${ab} ${c}`).digest('hex')}`
    expect(chainIds([a, b, c])).toEqual([a, ab, abc])
  })

  it('depends on the layers below only, so images sharing a base share snapshots', () => {
    const base = [d('base1'), d('base2')]
    expect(chainIds([...base, d('x')]).slice(0, 2)).toEqual(chainIds([...base, d('y')]).slice(0, 2))
    expect(chainIds([d('b'), d('a')])[1]).not.toBe(chainIds([d('a'), d('b')])[1])
  })

  it('validates digests from untrusted documents', () => {
    expect(() => checkDigest('sha256:xyz', 'layer')).toThrow(/invalid layer digest "sha256:xyz"/)
    expect(() => checkDigest('md5:' + 'a'.repeat(32), 'config')).toThrow(/invalid config digest/)
    expect(shortId(d('a'))).toHaveLength(12)
  })
})
