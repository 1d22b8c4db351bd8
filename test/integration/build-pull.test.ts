import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ContainersSuite, NOTHING_LEFT } from './containers-harness.js'
import { ours } from './build-leftovers.js'
import { startRegistry, type RegistryFixture } from './registry-fixture.js'

// `image build --pull`: the base comes from a registry (a real one, on loopback only);
// without --pull a missing base is an error that names it.
let s: ContainersSuite
let reg: RegistryFixture
let ctx: string

beforeAll(async () => {
  s = await ContainersSuite.create('bldpull')
  reg = await startRegistry({ marker: 'tsc-bldpull-reg-' })
  ctx = mkdtempSync(join(tmpdir(), 'tsc-bldpull-ctx-'))
  mkdirSync(ctx, { recursive: true })
})

afterAll(async () => {
  await reg.stop()
  rmSync(ctx, { recursive: true, force: true })
  expect(ours(s, await s.cleanup())).toEqual(NOTHING_LEFT)
})

describe('image build --pull', () => {
  it('pulls the base from the registry; without it a missing base is named', async () => {
    const base = `${reg.domain}/tsc/busybox:1`
    await s.ok(['image', 'tag', 'busybox', base])
    await s.ok(['image', 'push', base], { timeoutMs: 60_000 })
    await s.ok(['image', 'rm', base])
    writeFileSync(join(ctx, 'Dockerfile'), `FROM ${base}\nRUN echo pulled > /p\nCMD ["cat", "/p"]\n`)
    const missing = await s.cli(['image', 'build', ctx])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain(`base image "${base}" not found in the local image store`)
    await s.ok(['image', 'build', '-q', '--pull', '-t', 'pulled:1', ctx], { timeoutMs: 60_000 })
    expect(await s.ok(['container', 'run', '--rm', 'pulled:1'])).toBe('pulled')
  })
})
