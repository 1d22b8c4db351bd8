import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeBusyboxTar } from '../helpers/busybox.js'
import { ScopedLeftovers } from '../helpers/scoped-leftovers.js'

const BIN = join(import.meta.dirname, '../../packages/cli/bin/tsc-compose.js')
let leftovers: ScopedLeftovers
let root: string
let busyboxTar: string

function cli(args: string[], input?: Buffer | string): { code: number; out: string; err: string } {
  const env = { ...process.env }
  delete env.TSC_COMPOSE_ROOT
  const r = spawnSync(process.execPath, [BIN, '--root', root, ...args], { input, env, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 30_000 })
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr }
}

beforeAll(() => {
  leftovers = new ScopedLeftovers('tsc-imgcli-')
  root = mkdtempSync(join(tmpdir(), 'tsc-imgcli-'))
  busyboxTar = makeBusyboxTar()
})
afterAll(() => {
  rmSync(root, { recursive: true, force: true })
  rmSync(dirname(busyboxTar), { recursive: true, force: true })
  leftovers.expectClean()
})

describe('tsc-compose image … through the built binary', () => {
  let id: string

  it('import prints the new image ID; ls shows it like docker', () => {
    const imp = cli(['image', 'import', '-c', 'CMD ["sh"]', '--change', 'ENV A=1', '-m', 'from the test', busyboxTar, 'bb:cli'])
    expect(imp.err).toBe('')
    expect(imp.code).toBe(0)
    expect(imp.out).toMatch(/^sha256:[0-9a-f]{64}\n$/)
    id = imp.out.trim()
    const ls = cli(['image', 'ls'])
    expect(ls.code).toBe(0)
    const [header, row, ...rest] = ls.out.trimEnd().split('\n')
    expect(header).toMatch(/^REPOSITORY\s{3,}TAG\s{3,}IMAGE ID\s{3,}CREATED\s{3,}SIZE$/)
    expect(row).toMatch(new RegExp(`^bb\\s{3,}cli\\s{3,}${id.slice(7, 19)}\\s{3,}(Less than a second|\\d+ seconds?) ago\\s{3,}1\\.9\\dMB$`))
    expect(rest).toEqual([])
    expect(cli(['image', 'ls', '-q']).out).toBe(`${id.slice(7, 19)}\n`)
    expect(cli(['image', 'ls', '--no-trunc', '-q']).out).toBe(`${id}\n`)
    const json = JSON.parse(cli(['image', 'ls', '--format', 'json']).out) as Record<string, string>
    expect(json).toMatchObject({ ID: id.slice(7, 19), Repository: 'bb', Tag: 'cli', Containers: 'N/A' })
    expect(Object.keys(json)).toEqual([...Object.keys(json)].sort())
    expect(cli(['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}']).out).toBe('bb:cli\n')
  })

  it('tag, inspect and history', () => {
    expect(cli(['image', 'tag', 'bb:cli', 'localhost:5000/x/bb:v2'])).toMatchObject({ code: 0, out: '' })
    const inspect = cli(['image', 'inspect', 'bb:cli'])
    expect(inspect.code).toBe(0)
    const [img] = JSON.parse(inspect.out) as { Id: string; RepoTags: string[]; Comment: string; Config: { Cmd: string[]; Env: string[] } }[]
    expect(img).toMatchObject({ Id: id, RepoTags: ['bb:cli', 'localhost:5000/x/bb:v2'], Comment: 'from the test', Config: { Cmd: ['sh'], Env: ['A=1'] } })
    expect(inspect.out.split('\n')[1]).toMatch(/^ {4}\{$/) // docker indents with 4 spaces
    expect(cli(['image', 'inspect', '-f', '{{.Id}}', id.slice(7, 15)]).out).toBe(`${id}\n`)
    const hist = cli(['image', 'history', 'localhost:5000/x/bb:v2']).out.split('\n')
    expect(hist[0]).toMatch(/^IMAGE\s{3,}CREATED\s{3,}CREATED BY\s{3,}SIZE\s{3,}COMMENT$/)
    expect(hist[1]).toMatch(new RegExp(`^${id.slice(7, 19)} .* 1\\.9\\dMB\\s{3,}from the test$`))
  })

  it('save -o, rm, load -i and load from stdin', () => {
    const out = join(root, 'saved.tar')
    expect(cli(['image', 'save', '-o', out, 'bb'])).toMatchObject({ code: 0, out: '' })
    expect(existsSync(out)).toBe(true)
    expect(cli(['image', 'rm', 'bb:cli']).out).toBe('Untagged: bb:cli\n')
    const rm = cli(['image', 'rm', 'localhost:5000/x/bb:v2'])
    expect(rm.out).toBe(`Untagged: localhost:5000/x/bb:v2\nDeleted: ${id}\n`)
    expect(cli(['image', 'ls', '-q']).out).toBe('')
    expect(cli(['image', 'load', '-i', out])).toMatchObject({ code: 0, out: 'Loaded image: bb:cli\n' })
    expect(cli(['image', 'rm', '-f', id]).out).toBe(`Untagged: bb:cli\nDeleted: ${id}\n`)
    expect(cli(['image', 'load', '-q'], readFileSync(out))).toMatchObject({ code: 0, out: 'Loaded image: bb:cli\n' })
    expect(cli(['image', 'inspect', '-f', '{{.Id}}', 'bb:cli']).out).toBe(`${id}\n`)
  })

  it('prune -f removes dangling images only, -a the unused ones', () => {
    const dangling = cli(['image', 'import', busyboxTar]).out.trim()
    const pruned = cli(['image', 'prune', '-f'])
    expect(pruned.out).toBe(`Deleted Images:\ndeleted: ${dangling}\n\nTotal reclaimed space: 0B\n`)
    const all = cli(['image', 'prune', '-a', '-f'])
    expect(all.out).toMatch(new RegExp(`^Deleted Images:\nuntagged: bb:cli\ndeleted: ${id}\n\nTotal reclaimed space: 1\\.9\\dMB\n$`))
    expect(readdirSync(join(root, 'images/snapshots'))).toEqual([])
    expect(readdirSync(join(root, 'images/blobs/sha256'))).toEqual([])
  })

  it('fails with one-line errors and non-zero exit codes, no stack traces', () => {
    const cases: [string[], RegExp][] = [
      [['image', 'inspect', 'nope'], /^Error: No such image: nope:latest\n$/],
      [['image', 'rm', 'nope:1'], /^Error: No such image: nope:1\n$/],
      [['image', 'tag', 'nope', 'x'], /^Error: No such image: nope:latest\n$/],
      [['image', 'import', busyboxTar, 'Bad:Name'], /^Error: invalid reference format: repository name \(library\/Bad\) must be lowercase: "Bad:Name"\n$/],
      [['image', 'import', '-c', 'RUN echo', busyboxTar], /^Error: "RUN" is not a valid change command\nHint: allowed: CMD, /],
      [['image', 'import', join(root, 'missing.tar')], /^Error: cannot read ".*missing.tar": no such file or directory\n$/],
      [['image', 'load', '-i', join(root, 'missing.tar')], /^Error: cannot read archive ".*missing.tar": no such file or directory\n$/],
      [['image', 'save', '-o', join(root, 'x.tar'), 'nope'], /^Error: No such image: nope:latest\n$/],
      [['image', 'import', 'https://example.com/x.tar'], /^Error: importing from a URL is not supported/],
      [['image', 'ls', '--bogus'], /^Error: unknown flag: --bogus/],
    ]
    for (const [args, err] of cases) {
      const r = cli(args)
      expect(r.code, args.join(' ')).not.toBe(0)
      expect(r.err, args.join(' ')).toMatch(err)
      expect(r.err).not.toMatch(/\n\s+at /)
    }
    expect(existsSync(join(root, 'x.tar'))).toBe(false)
  })
})
