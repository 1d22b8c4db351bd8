import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { NameIndex } from '../../src/state/name-index.js'
import { StatePaths, resolveRoot } from '../../src/state/paths.js'
import { newId, validateName } from '../../src/state/ids.js'
import { matchesEvent, makeEvent } from '../../src/events/event-log.js'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('state root', () => {
  it('resolves the root: --root, then TSC_COMPOSE_ROOT, then the default', () => {
    expect(resolveRoot('/a', { TSC_COMPOSE_ROOT: '/b' })).toBe('/a')
    expect(resolveRoot(undefined, { TSC_COMPOSE_ROOT: '/b' })).toBe('/b')
    expect(resolveRoot(undefined, {})).toBe('/var/lib/tsc-compose')
  })

  it('ids and names', () => {
    expect(newId()).toMatch(/^[0-9a-f]{64}$/)
    expect(validateName('/web-1.a_b')).toBe('web-1.a_b')
    expect(() => validateName('-bad')).toThrow(/invalid container name "-bad"/)
  })

  it('name index: exclusive claims, stale claims taken over, release only by the holder', () => {
    const root = mkdtempSync(join(tmpdir(), 'tsc-names-'))
    dirs.push(root)
    const paths = new StatePaths(root)
    const names = new NameIndex(paths)
    const a = newId()
    const b = newId()
    mkdirSync(paths.container(a), { recursive: true })
    names.claim('web', a)
    expect(names.lookup('web')).toBe(a)
    expect(() => names.claim('web', b)).toThrow(/already in use/)
    names.releaseIf('web', b)
    expect(names.lookup('web')).toBe(a)
    rmSync(paths.container(a), { recursive: true })
    names.claim('web', b) // a's container is gone: its claim is stale
    expect(names.lookup('web')).toBe(b)
    expect(names.entries()).toEqual([{ name: 'web', id: b }])
  })

  it('event filters: type, action, container by name or id prefix, labels, time', () => {
    const e = makeEvent('container', 'die', 'abc123'.padEnd(64, '0'), 'web', { image: 'busybox', tier: 'x' }, 1_000_000)
    expect(matchesEvent(e, { filters: [{ key: 'container', value: 'web' }] })).toBe(true)
    expect(matchesEvent(e, { filters: [{ key: 'container', value: 'abc1' }] })).toBe(true)
    expect(matchesEvent(e, { filters: [{ key: 'event', value: 'start' }, { key: 'event', value: 'die' }] })).toBe(true)
    expect(matchesEvent(e, { filters: [{ key: 'type', value: 'volume' }] })).toBe(false)
    expect(matchesEvent(e, { filters: [{ key: 'label', value: 'tier=x' }, { key: 'image', value: 'busybox' }] })).toBe(true)
    expect(matchesEvent(e, { since: 1001 })).toBe(false)
    expect(matchesEvent(e, { since: 999, until: 1001 })).toBe(true)
  })
})
