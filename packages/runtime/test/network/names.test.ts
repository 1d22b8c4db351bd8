import { describe, expect, it } from 'vitest'
import { bridgeName, hostVethName, linkAlias, nftTableName, parseLinkAlias, parseTableComment, rootTag, tableComment } from '../../src/network/names.js'

describe('kernel object names', () => {
  it('fit IFNAMSIZ and are derived from ids', () => {
    const id = 'ab'.repeat(32)
    expect(bridgeName(id)).toBe('tsc-abababababa')
    expect(bridgeName(id).length).toBeLessThanOrEqual(15)
    expect(hostVethName(id, 0)).toBe('tvabababababa00')
    expect(hostVethName(id, 17)).toBe('tvabababababa11')
    expect(hostVethName(id, 1).length).toBeLessThanOrEqual(15)
  })

  it('names the default root\'s table tsc_compose and others by a hash of the root', () => {
    expect(nftTableName('/var/lib/tsc-compose')).toBe('tsc_compose')
    expect(nftTableName('/tmp/x')).toBe(`tsc_compose_${rootTag('/tmp/x')}`)
  })

  it('round-trips the owner marks on links and tables', () => {
    expect(parseLinkAlias(linkAlias('/tmp/a b', 'endpoint', 'c1'))).toEqual({ tag: rootTag('/tmp/a b'), kind: 'endpoint', id: 'c1', root: '/tmp/a b' })
    expect(parseLinkAlias('something else')).toBeUndefined()
    expect(parseTableComment(tableComment('/tmp/r'))).toBe('/tmp/r')
  })
})
