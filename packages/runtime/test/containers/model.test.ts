import { describe, expect, it } from 'vitest'
import { mergeCommand, mergeEnv, mergeHealthcheck } from '../../src/containers/image-config.js'
import { resolveUser } from '../../src/containers/user.js'
import { filterContainers, preFilterRecords } from '../../src/containers/list.js'
import { humanDuration } from '../../src/containers/status.js'

const passwd = 'root:x:0:0:root:/root:/bin/sh\nwww:x:33:33:www:/www:/bin/sh\nnobody:x:65534:65534::/:/bin/false\n'
const group = 'root:x:0:\nwww:x:33:\nextra:x:500:www,nobody\nnogroup:x:65534:\n'

describe('container model', () => {
  it("merges entrypoint and cmd like docker", () => {
    const img = { Entrypoint: ['/ep'], Cmd: ['default'] }
    expect(mergeCommand(img, undefined, undefined).argv).toEqual(['/ep', 'default'])
    expect(mergeCommand(img, undefined, ['x']).argv).toEqual(['/ep', 'x'])
    // --entrypoint clears the image CMD; "" resets the entrypoint
    expect(mergeCommand(img, ['/other'], undefined).argv).toEqual(['/other'])
    expect(mergeCommand(img, [], ['sh']).argv).toEqual(['sh'])
    expect(() => mergeCommand({}, undefined, undefined)).toThrow(/no command specified/)
  })

  it('merges env with later entries winning, keeping first-seen order', () => {
    expect(mergeEnv(['PATH=/img', 'A=1'], ['A=2', 'B=3'], ['PATH=/default', 'HOSTNAME=h'])).toEqual(['PATH=/img', 'HOSTNAME=h', 'A=2', 'B=3'])
  })

  it('merges HEALTHCHECK field by field and honours NONE', () => {
    const img = { Healthcheck: { Test: ['CMD', 'check'], Interval: 5e9, Retries: 4 } }
    expect(mergeHealthcheck(img, { test: [], interval: 1e9 })).toMatchObject({ test: ['CMD', 'check'], interval: 1e9, retries: 4 })
    expect(mergeHealthcheck(img, { test: ['NONE'] })).toEqual({ test: ['NONE'] })
    expect(mergeHealthcheck({}, undefined)).toBeUndefined()
  })

  it("resolves users like moby's GetExecUser", () => {
    expect(resolveUser('', passwd, group)).toMatchObject({ uid: 0, gid: 0, groups: [] })
    expect(resolveUser('www', passwd, group)).toEqual({ uid: 33, gid: 33, groups: [500], home: '/www' })
    expect(resolveUser('1234', passwd, group)).toMatchObject({ uid: 1234, gid: 0 })
    expect(resolveUser('nobody:www', passwd, group)).toMatchObject({ uid: 65534, gid: 33, groups: [] })
    expect(resolveUser('www', passwd, group, ['nogroup', '7'])).toMatchObject({ groups: [500, 65534, 7] })
    expect(() => resolveUser('ghost', passwd, group)).toThrow(/unable to find user ghost/)
    expect(() => resolveUser('www:ghosts', passwd, group)).toThrow(/unable to find group ghosts/)
  })

  it('formats durations like docker', () => {
    expect(humanDuration(500)).toBe('Less than a second')
    expect(humanDuration(3_000)).toBe('3 seconds')
    expect(humanDuration(90_000)).toBe('About a minute')
    expect(humanDuration(150_000)).toBe('2 minutes')
    expect(humanDuration(3 * 3600_000)).toBe('3 hours')
  })

  it('filters ps rows: running only unless all, labels, status, newest first', () => {
    const rec = (id: string, created: string, labels: Record<string, string>) =>
      ({ Id: id, Name: `/${id}`, Created: created, Image: 'sha256:i', Config: { Labels: labels, Image: 'busybox' }, Mounts: [], HostConfig: { NetworkMode: 'none' } }) as never
    const st = (status: string) => ({ status, exitCode: 0 }) as never
    const entries = [
      { rec: rec('a'.repeat(64), '2026-01-01T00:00:00Z', { tier: 'web' }), st: st('running') },
      { rec: rec('b'.repeat(64), '2026-01-02T00:00:00Z', {}), st: st('exited') },
    ]
    expect(filterContainers(entries, {}).map((e) => e.rec.Id[0])).toEqual(['a'])
    expect(filterContainers(entries, { all: true }).map((e) => e.rec.Id[0])).toEqual(['b', 'a'])
    expect(filterContainers(entries, { filters: [{ key: 'status', value: 'exited' }] }).map((e) => e.rec.Id[0])).toEqual(['b'])
    expect(filterContainers(entries, { all: true, filters: [{ key: 'label', value: 'tier=web' }] }).map((e) => e.rec.Id[0])).toEqual(['a'])
  })

  it('ANDs label filters and ORs the values of other keys, like docker ps', () => {
    const rec = (id: string, labels: Record<string, string>) =>
      ({ Id: id.repeat(64), Name: `/${id}`, Created: '2026-01-01T00:00:00Z', Image: 'sha256:i', Config: { Labels: labels, Image: 'busybox' }, Mounts: [], HostConfig: { NetworkMode: 'none' } }) as never
    const recs = [rec('a', { p: 'x', s: 'web' }), rec('b', { p: 'x', s: 'db' }), rec('c', { p: 'y', s: 'web' })]
    const entries = recs.map((r) => ({ rec: r, st: { status: 'running', exitCode: 0 } as never }))
    const ids = (xs: Array<{ rec: { Id: string } }>): string[] => xs.map((e) => e.rec.Id[0]!).sort()
    const both = [{ key: 'label', value: 'p=x' }, { key: 'label', value: 's=web' }]
    expect(ids(filterContainers(entries, { filters: both }))).toEqual(['a'])
    expect(ids(filterContainers(entries, { filters: [{ key: 'name', value: '^a$' }, { key: 'name', value: '^c$' }] }))).toEqual(['a', 'c'])
    // The record-only pre-filter keeps what the full filter keeps, and ignores state keys.
    expect((preFilterRecords(recs, { filters: both }) as Array<{ Id: string }>).map((r) => r.Id[0])).toEqual(['a'])
    expect(preFilterRecords(recs, { filters: [{ key: 'status', value: 'exited' }, { key: 'label', value: 'p=y' }] }).length).toBe(1)
    expect(preFilterRecords(recs, {}).length).toBe(3)
  })
})
