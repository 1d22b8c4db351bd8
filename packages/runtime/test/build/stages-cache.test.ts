import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BuildCache, cacheKey } from '../../src/build/cache.js'
import { parseDockerfile } from '../../src/build/dockerfile-parser.js'
import { metaArgValues, neededStages, splitStages, targetStage } from '../../src/build/stages.js'
import { processWord } from '../../src/build/substitute.js'
import { isTscError } from '../../src/errors.js'

const DF = `ARG BASE=busybox
ARG TAG
FROM \${BASE} AS deps
RUN echo deps
FROM busybox AS unused
RUN echo unused
FROM deps AS build
COPY --from=0 /a /a
FROM scratch
COPY --from=build /a /a
`

describe('stages', () => {
  const staged = splitStages(parseDockerfile(DF))
  it('splits meta args and stages', () => {
    expect(staged.metaArgs.map((i) => i.rest)).toEqual(['BASE=busybox', 'TAG'])
    expect(staged.stages.map((s) => [s.index, s.name, s.baseWord, s.body.length])).toEqual([
      [0, 'deps', '${BASE}', 1],
      [1, 'unused', 'busybox', 1],
      [2, 'build', 'deps', 1],
      [3, undefined, 'scratch', 1],
    ])
  })
  it('builds only the stages the target needs', () => {
    const meta = metaArgValues(staged, {}, '\\', {})
    const expand = (w: string) => processWord(w, (n) => meta.get(n))
    expect([...neededStages(staged, targetStage(staged, undefined), expand)].sort()).toEqual([0, 2, 3])
    expect([...neededStages(staged, targetStage(staged, 'unused'), expand)]).toEqual([1])
  })
  it('meta args: --build-arg wins over the default', () => {
    expect(metaArgValues(staged, { BASE: 'alpine' }, '\\', {}).get('BASE')).toBe('alpine')
    expect(metaArgValues(staged, {}, '\\', {}).get('BASE')).toBe('busybox')
    expect(metaArgValues(staged, {}, '\\', {}).get('TAG')).toBeUndefined()
  })
  it('an unknown target is a clear error', () => {
    try {
      targetStage(staged, 'nope')
      throw new Error('no error')
    } catch (err) {
      expect(isTscError(err, 'BUILD_TARGET_NOT_FOUND')).toBe(true)
      expect((err as Error).message).toBe('target stage "nope" could not be found')
    }
  })
  it('only ARG may precede FROM', () => {
    expect(() => splitStages(parseDockerfile('ENV A=1\nFROM a\n'))).toThrow('only ARG may come before FROM')
  })
})

describe('build cache', () => {
  let dir: string | undefined
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }))
  it('keys are stable and depend on the parent and every input', () => {
    const k = cacheKey('sha256:a', { step: 'RUN ["sh"]', extra: { env: ['A=1'] } })
    expect(cacheKey('sha256:a', { step: 'RUN ["sh"]', extra: { env: ['A=1'] } })).toBe(k)
    expect(cacheKey('sha256:b', { step: 'RUN ["sh"]', extra: { env: ['A=1'] } })).not.toBe(k)
    expect(cacheKey('sha256:a', { step: 'RUN ["sh"]', extra: { env: ['A=2'] } })).not.toBe(k)
    expect(cacheKey('sha256:a', { step: 'RUN ["bash"]', extra: { env: ['A=1'] } })).not.toBe(k)
  })
  it('an entry whose image is gone is a miss', () => {
    dir = mkdtempSync(join(tmpdir(), 'tsc-bcache-'))
    const present = new Set<string>()
    const cache = new BuildCache(dir, (id) => present.has(id))
    const id = `sha256:${'1'.repeat(64)}` as const
    cache.set('k', id)
    expect(cache.get('k')).toBeUndefined()
    present.add(id)
    expect(cache.get('k')).toBe(id)
    expect(cache.get('other')).toBeUndefined()
  })
})
