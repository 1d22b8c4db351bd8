import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLEAN_KERNEL, ComposeSuite, NOTHING_LEFT } from './compose-harness.js'
import { eventually } from '../helpers/eventually.js'

// What an attached `up SERVICE...` stops when it ends: docker compose stops the services named
// on the command line and only them (docker/compose#9701): the dependencies it brought up and
// what another `up` started keep running. Without names the whole project stops (compose-faults).
let s: ComposeSuite

beforeAll(async () => {
  s = await ComposeSuite.create('upint')
})

afterAll(async () => {
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

const loop = (name: string, onTerm = "echo bye; exit 0"): string =>
  `["sh", "-c", "echo ${name} up; trap '${onTerm}' TERM; while true; do sleep 0.1; done"]`

// a depends on b; c is independent. `stubborn` ignores SIGTERM (for the second Ctrl-C).
const STACK = `
name: upint
services:
  a:
    image: busybox
    network_mode: none
    command: ${loop('a')}
    depends_on: [b]
  b:
    image: busybox
    network_mode: none
    command: ${loop('b')}
  c:
    image: busybox
    network_mode: none
    command: ${loop('c')}
  stubborn:
    image: busybox
    network_mode: none
    command: ["sh", "-c", "trap '' TERM; echo stubborn up; while true; do sleep 0.1; done"]
    depends_on: [b]
  once:
    image: busybox
    network_mode: none
    command: ["sh", "-c", "sleep 0.5; echo once done"]
    depends_on: [b]
`

const f = ['-f', 'stack.yaml']
const states = async (): Promise<Record<string, string>> => Object.fromEntries((await s.ps(f, true)).map((r) => [r.Service, r.State]))

describe('compose: Ctrl-C on an attached up of named services', () => {
  it('stops the named service only: its dependency and a service started by another up keep running', async () => {
    s.write(STACK, 'stack.yaml')
    await s.ok([...f, 'up', '-d', 'c'])
    const { child, result } = s.spawn([...f, 'up', 'a'])
    let out = ''
    child.stdout!.on('data', (d: string) => (out += d))
    await eventually(() => expect(out).toMatch(/a-1\s+\| a up/), 20_000, 50)
    child.kill('SIGINT')
    const r = await result
    expect(r.code, r.stderr).toBe(130)
    expect(r.stderr).toContain('Gracefully stopping...')
    expect(await states()).toEqual({ a: 'exited', b: 'running', c: 'running' })
    await s.ok([...f, 'down', '-t', '1'])
    expect(await s.ps(f, true)).toEqual([])
  })

  it('a second Ctrl-C kills the named service only', async () => {
    s.write(STACK, 'stack.yaml')
    await s.ok([...f, 'up', '-d', 'c'])
    const { child, result } = s.spawn([...f, 'up', '-t', '30', 'stubborn'])
    let out = ''
    let err = ''
    child.stdout!.on('data', (d: string) => (out += d))
    child.stderr!.on('data', (d: string) => (err += d))
    await eventually(() => expect(out).toMatch(/stubborn-1\s+\| stubborn up/), 20_000, 50)
    const t0 = Date.now()
    child.kill('SIGINT')
    await eventually(() => expect(err).toContain('Gracefully stopping...'), 5000, 20)
    child.kill('SIGINT')
    const r = await result
    expect(r.code, r.stderr).toBe(130)
    expect(r.stderr).toContain('Killing...')
    // Killed, not waited for: the 30 s stop timeout did not run out.
    expect(Date.now() - t0).toBeLessThan(20_000)
    await eventually(async () => expect(await states()).toEqual({ stubborn: 'exited', b: 'running', c: 'running' }), 10_000, 200)
    await s.ok([...f, 'down', '-t', '1'])
    expect(await s.ps(f, true)).toEqual([])
  })

  it('--abort-on-container-exit stops the same set: the dependency keeps running', async () => {
    s.write(STACK, 'stack.yaml')
    const r = await s.cli([...f, 'up', '--abort-on-container-exit', 'once'], { timeoutMs: 40_000 })
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/once-1\s+\| once done/)
    expect(await states()).toEqual({ once: 'exited', b: 'running' })
    await s.ok([...f, 'down', '-t', '1'])
    expect(await s.ps(f, true)).toEqual([])
  })

  it('leaves no kernel objects behind', async () => {
    expect(await s.ok(['ls', '-aq'])).toBe('')
    await eventually(() => expect(s.leftovers()).toEqual(CLEAN_KERNEL), 5000, 100)
  })
})
