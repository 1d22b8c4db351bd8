import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ContainersSuite, NOTHING_LEFT } from './containers-harness.js'

// Bad input: one line naming the value, docker's exit code, and nothing left behind.
let s: ContainersSuite

beforeAll(async () => {
  s = await ContainersSuite.create('bad')
})

afterAll(async () => {
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

function stateLeft(): string[] {
  const ls = (d: string): string[] => {
    try {
      return readdirSync(join(s.root, d)).map((f) => `${d}/${f}`)
    } catch {
      return []
    }
  }
  return [...ls('containers'), ...ls('names'), ...ls('volumes'), ...ls('locks')]
}

const cases: Array<[string, string[], number, RegExp]> = [
  ['unknown image', ['nosuchimage'], 125, /nosuchimage/],
  ['bad memory string', ['--memory', '12zz', 'busybox'], 125, /12zz/],
  ['missing bind source', ['-v', '/nonexistent/tsc-src:/x', 'busybox'], 125, /\/nonexistent\/tsc-src/],
  ['command not found', ['busybox', 'nosuchcmd'], 127, /nosuchcmd/],
  ['not executable', ['busybox', '/etc/passwd'], 126, /\/etc\/passwd/],
  ['bad restart policy', ['--restart', 'sometimes', 'busybox'], 125, /sometimes/],
  ['unknown capability', ['--cap-add', 'NOPE', 'busybox'], 125, /NOPE/],
  ['bad security option', ['--security-opt', 'seccomp=/nonexistent.json', 'busybox'], 125, /nonexistent\.json/],
  ['bad ulimit', ['--ulimit', 'nofile=x', 'busybox'], 125, /nofile=x/],
  ['missing user', ['-u', 'ghost', 'busybox'], 125, /ghost/],
]

describe('containers: bad input', () => {
  it.each(cases)('%s: one line, exit code, nothing left', async (_what, args, code, names) => {
    const withCmd = args.includes('busybox') && args.at(-1) === 'busybox' ? [...args, 'true'] : args
    const r = await s.cli(['container', 'run', '--rm', '--name', 'bad1', ...withCmd])
    expect(r.code).toBe(code)
    expect(r.stderr.trim().split('\n')[0]).toMatch(names)
    expect(r.stderr).not.toMatch(/\n\s+at /) // no stack trace
    expect(r.stdout).toBe('')
    expect(stateLeft()).toEqual([])
    // create takes the same path and refuses the same way (the command is only checked at start)
    if (code === 125) {
      const c = await s.cli(['container', 'create', '--name', 'bad1', ...withCmd])
      expect(c.code).toBe(125)
      expect(stateLeft()).toEqual([])
    }
  })

  it('a name in use: refused, and the existing container untouched', async () => {
    const id = await s.ok(['container', 'create', '--name', 'taken', 'busybox', 'true'])
    const r = await s.cli(['container', 'run', '--rm', '--name', 'taken', 'busybox', 'true'])
    expect(r.code).toBe(125)
    expect(r.stderr).toMatch(/"\/taken" is already in use/)
    expect(await s.ok(['container', 'ps', '-aq'])).toBe(id.slice(0, 12))
    await s.ok(['container', 'rm', 'taken'])
    expect(stateLeft()).toEqual([])
  })

  it('unknown containers: exit 1 naming the reference', async () => {
    for (const cmd of [['rm'], ['stop'], ['inspect'], ['logs'], ['start'], ['kill'], ['exec', '-i']]) {
      const r = await s.cli(['container', ...cmd, 'ghost-ctr', ...(cmd[0] === 'exec' ? ['true'] : [])])
      expect(r.code, cmd.join(' ')).toBe(1)
      expect(r.stderr).toMatch(/ghost-ctr/)
    }
  })
})
