import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { memoryReservation, serviceToCreateOptions } from '../../src/execute/container-options.js'
import { resolveInRoot } from '../../src/project-ops/container-copy.js'
import { runNetworks } from '../../src/project-ops/run.js'
import type { Service } from '../../src/model/types.js'

const id = { project: 'p', service: 'web', number: 1, name: 'p-web-1', image: 'busybox', configHash: 'h', oneoff: false, workingDir: '/w', configFiles: [] }
const nets = { network: { mode: 'p_default' }, volumeNames: {}, fileSources: {} }
const resources = (s: Service): Record<string, unknown> => serviceToCreateOptions(id, s, nets).resources as Record<string, unknown>

describe('deploy.resources.reservations (docker compose setReservations, non-swarm)', () => {
  it('memory becomes the soft limit and overrides mem_reservation', () => {
    expect(resources({ deploy: { resources: { reservations: { memory: '67108864' } } } }).memoryReservation).toBe(67108864)
    expect(resources({ mem_reservation: '1048576', deploy: { resources: { reservations: { memory: '67108864' } } } }).memoryReservation).toBe(67108864)
    expect(resources({ mem_reservation: '1048576' }).memoryReservation).toBe(1048576)
  })
  it('a zero reservation leaves mem_reservation in place, as docker compose skips zero', () => {
    expect(memoryReservation('1048576', { memory: '0' })).toBe(1048576)
    expect(memoryReservation(undefined, { memory: '0' })).toBeUndefined()
    expect(memoryReservation(undefined, undefined)).toBeUndefined()
  })
  it('cpus reservation is ignored: no shares, quota or cpuset comes from it', () => {
    const r = resources({ deploy: { resources: { reservations: { cpus: 1.5 } } } })
    expect(r.nanoCpus).toBeUndefined()
    expect(r.cpuShares).toBeUndefined()
    expect(r.memoryReservation).toBeUndefined()
  })
})

describe('run --use-aliases (docker compose getAliases)', () => {
  const req = {
    network: { mode: 'p_front', aliases: ['web', 'www'] },
    extraNetworks: [{ name: 'p_back', aliases: ['web', 'api-web'] }],
    volumeNames: {},
    fileSources: {},
  }
  it('a one-off gets no alias by default, on every network', () => {
    const out = runNetworks(req, false)
    expect(out.network.aliases).toEqual([])
    expect(out.extraNetworks?.map((n) => n.aliases)).toEqual([[]])
    expect(out.network.mode).toBe('p_front')
    expect(req.network.aliases).toEqual(['web', 'www'])
  })
  it('with --use-aliases it gets the service name and its network aliases', () => {
    expect(runNetworks(req, true)).toBe(req)
  })
  it('network_mode containers (no aliases key) stay as they are', () => {
    expect(runNetworks({ network: { mode: 'host' }, volumeNames: {}, fileSources: {} }, false).network).toEqual({ mode: 'host' })
  })
})

describe('cp path resolution through the runtime', () => {
  it('a symlink loop is a cp error with its code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsc-cp-gaps-'))
    try {
      mkdirSync(join(dir, 'tmp'))
      symlinkSync('/tmp/b', join(dir, 'tmp/a'))
      symlinkSync('/tmp/a', join(dir, 'tmp/b'))
      expect(() => resolveInRoot(dir, '/tmp/a/x', true)).toThrow(expect.objectContaining({ code: 'COMPOSE_CP_FAILED' }))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
