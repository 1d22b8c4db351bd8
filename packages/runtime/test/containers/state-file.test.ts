import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isSupervisorAlive, parseState, readState } from '../../src/containers/state-file.js'

const running = {
  status: 'running',
  pid: 42,
  supervisorPid: 41,
  exitCode: 0,
  oomKilled: false,
  error: '',
  startedAt: '2026-11-22T10:00:00.123456789Z',
  finishedAt: '',
  restartCount: 2,
  manualStop: false,
  health: { status: 'healthy', failingStreak: 0, log: [{ start: 'a', end: 'b', exitCode: 0, output: 'ok\n' }] },
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tsc-state-unit-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('state.json', () => {
  it('parses the supervisor state', () => {
    expect(parseState(JSON.stringify(running))).toEqual(running)
  })

  it('rejects torn, empty or foreign text and fills missing fields', () => {
    expect(parseState('')).toBeUndefined()
    expect(parseState('{"status":"runn')).toBeUndefined()
    expect(parseState('{"status":"weird"}')).toBeUndefined()
    expect(parseState('{"status":"exited","exitCode":3}')).toMatchObject({
      status: 'exited',
      exitCode: 3,
      pid: 0,
      health: { status: 'none', failingStreak: 0, log: [] },
    })
  })

  it('reads a missing file as undefined', () => {
    expect(readState(join(dir, 'absent'))).toBeUndefined()
  })

  it('reports a running state whose supervisor is gone as dead', () => {
    writeFileSync(join(dir, 'state.json'), JSON.stringify(running))
    expect(readState(dir, { isAlive: () => true })).toEqual(running)
    const dead = readState(dir, { isAlive: () => false })!
    expect(dead).toMatchObject({ status: 'dead', pid: 0, restartCount: 2 })
    expect(dead.error).toContain('pid 41')
    writeFileSync(join(dir, 'state.json'), JSON.stringify({ ...running, status: 'exited' }))
    expect(readState(dir, { isAlive: () => false })?.status).toBe('exited')
  })

  it('checks supervisor liveness against a fake /proc', () => {
    const proc = join(dir, 'proc')
    const mk = (pid: number, state: string, argv0: string) => {
      mkdirSync(join(proc, String(pid)), { recursive: true })
      writeFileSync(join(proc, String(pid), 'stat'), `${pid} (tsc super) ${state} 1 2 3`)
      writeFileSync(join(proc, String(pid), 'cmdline'), `${argv0}\0run\0/x/spec\0`)
    }
    mk(10, 'S', '/opt/build/Release/tsc-supervisor')
    mk(11, 'Z', '/opt/build/Release/tsc-supervisor')
    mk(12, 'S', '/usr/bin/sleep')
    expect(isSupervisorAlive(10, proc)).toBe(true)
    expect(isSupervisorAlive(11, proc)).toBe(false)
    expect(isSupervisorAlive(12, proc)).toBe(false)
    expect(isSupervisorAlive(13, proc)).toBe(false)
    expect(isSupervisorAlive(0, proc)).toBe(false)
  })
})
