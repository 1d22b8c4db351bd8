import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tarStreamSize } from '../src/commands/container-cp.js'
import { parseDetachKeys } from '../src/commands/container-attach.js'
import { parseScaleArgs } from '../src/commands/scale.js'

describe('scale arguments', () => {
  it('reads SERVICE=NUM in docker compose words', () => {
    expect(parseScaleArgs(['web=3', 'db=0'])).toEqual({ web: 3, db: 0 })
    expect(() => parseScaleArgs(['web'])).toThrow('invalid scale specifier: web')
    expect(() => parseScaleArgs(['=2'])).toThrow('invalid scale specifier: =2')
    expect(() => parseScaleArgs(['web=two'])).toThrow("invalid scale specifier: can't parse replica value as int: web=two")
    expect(() => parseScaleArgs(['web=-1'])).toThrow(/cannot be negative/)
  })
})

describe('detach keys', () => {
  it('reads docker syntax', () => {
    expect([...parseDetachKeys('ctrl-p,ctrl-q')]).toEqual([16, 17])
    expect([...parseDetachKeys('ctrl-@,ctrl-[,ctrl-_,a')]).toEqual([0, 27, 31, 97])
    expect(() => parseDetachKeys('ctrl-1')).toThrow(/invalid detach keys/)
    expect(() => parseDetachKeys('ab')).toThrow(/invalid detach keys/)
  })
})

describe('cp size report', () => {
  it("counts what docker's tar stream would carry", () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsc-cpsize-'))
    try {
      writeFileSync(join(dir, 'f'), 'hello')
      // header + one padded block + the end marker: docker says "2.05kB"
      expect(tarStreamSize(join(dir, 'f'), false)).toBe(2048)
      mkdirSync(join(dir, 'd'))
      writeFileSync(join(dir, 'd', 'g'), Buffer.alloc(513))
      expect(tarStreamSize(join(dir, 'd'), false)).toBe(512 + 512 + 1024 + 1024)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
