import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually } from '../helpers/eventually.js'
import { CLEAN_KERNEL, ComposeSuite, NOTHING_LEFT } from './compose-harness.js'
import { freePort, httpGet } from './net-helpers.js'

// The stacks under examples/, driven as their READMEs tell a user to: every file validates,
// and the quickstart (busybox only, no registry) comes up healthy on a temp state root and a
// free port, serves its pages, passes its own smoke test, keeps its data across down/up and
// leaves nothing after `down -v`.

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples')
const QUICKSTART = join(EXAMPLES, 'quickstart')

function composeFiles(dir: string): string[] {
  const out: string[] = []
  for (const e of readdirSync(dir)) {
    const p = join(dir, e)
    if (statSync(p).isDirectory()) out.push(...composeFiles(p))
    else if (/^(docker-)?compose(\.[\w-]+)?\.ya?ml$/.test(e)) out.push(p)
  }
  return out.sort()
}

let s: ComposeSuite
let port: number

beforeAll(async () => {
  s = await ComposeSuite.create('examples')
  port = await freePort('tcp')
})

afterAll(async () => {
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

describe('examples: every compose file is valid', () => {
  it('config -q accepts each one and config --services lists its services', async () => {
    const files = composeFiles(EXAMPLES)
    expect(files.map((f) => relative(EXAMPLES, f))).toEqual(expect.arrayContaining(['quickstart/compose.yaml', 'hub-webapp/compose.yaml']))
    for (const f of files) {
      const r = await s.cli(['-f', f, 'config', '-q'], { cwd: s.root })
      expect(r.code, `${relative(EXAMPLES, f)}: ${r.stderr}`).toBe(0)
      expect(r.stdout).toBe('')
    }
    expect((await s.ok(['-f', join(EXAMPLES, 'quickstart/compose.yaml'), 'config', '--services'], { cwd: s.root })).split('\n').sort()).toEqual(['api', 'store', 'web', 'worker'])
    expect((await s.ok(['-f', join(EXAMPLES, 'quickstart/compose.yaml'), '--profile', 'test', 'config', '--services'], { cwd: s.root })).split('\n').sort()).toEqual(['api', 'store', 'tests', 'web', 'worker'])
    expect((await s.ok(['-f', join(EXAMPLES, 'hub-webapp/compose.yaml'), 'config', '--services'], { cwd: s.root })).split('\n').sort()).toEqual(['app', 'cache', 'db'])
  })

  it('the quickstart publishes WEB_PORT, 8080 by default', async () => {
    const json = (env: Record<string, string>) => s.ok(['config', '--format', 'json'], { cwd: QUICKSTART, env }).then((o) => JSON.parse(o).services.web.ports[0].published as string)
    expect(await json({})).toBe('8080')
    expect(await json({ WEB_PORT: '18123' })).toBe('18123')
  })
})

describe('examples: the quickstart on a fresh state root', () => {
  const q = { cwd: QUICKSTART, env: {} as Record<string, string>, timeoutMs: 120_000 }
  const visits = async (): Promise<number> => {
    const r = await httpGet('127.0.0.1', port, '/cgi-bin/stats')
    expect(r.status).toBe(200)
    const m = /^visits=(\d+)$/m.exec(r.body)
    if (!m) throw new Error(`no visits in ${JSON.stringify(r.body)}`)
    return Number(m[1])
  }

  beforeAll(() => {
    q.env = { WEB_PORT: String(port) }
  })

  it('up -d --wait brings every service up, healthy where it has a healthcheck', async () => {
    const up = await s.cli(['up', '-d', '--wait', '--wait-timeout', '90'], q)
    expect(up.code, up.stderr).toBe(0)
    const ps = (await s.ok(['ps', '--format', 'json'], q)).split('\n').map((l) => JSON.parse(l))
    expect(ps.map((r) => `${r.Service}:${r.State}:${r.Health}`).sort()).toEqual(['api:running:healthy', 'store:running:healthy', 'web:running:healthy', 'worker:running:'])
    expect(ps.find((r) => r.Service === 'web').Publishers).toEqual([{ URL: '0.0.0.0', TargetPort: 80, PublishedPort: port, Protocol: 'tcp' }])
    expect(await s.ok(['port', 'web', '80'], q)).toBe(`0.0.0.0:${port}`)
  })

  it('the web page and /cgi-bin/stats answer on the published port', async () => {
    const page = await httpGet('127.0.0.1', port, '/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('<h1>tsc-compose quickstart</h1>')
    const stats = await httpGet('127.0.0.1', port, '/cgi-bin/stats')
    expect(stats.body).toMatch(/^visits=\d+$/m)
    expect(stats.body).toMatch(/^served_by=[0-9a-f]{12}$/m)
    // the worker ticks the store's counter in the background
    await eventually(async () => expect(Number(/^worker_ticks=(\d+)$/m.exec((await httpGet('127.0.0.1', port, '/cgi-bin/stats')).body)?.[1])).toBeGreaterThan(0), 15_000, 250)
    const before = await visits()
    expect(await visits()).toBe(before + 1)
  })

  it('run --rm tests passes and leaves no one-off container', async () => {
    const r = await s.cli(['run', '--rm', 'tests'], q)
    expect(r.code, r.stderr + r.stdout).toBe(0)
    expect(r.stdout).toMatch(/^PASS$/m)
    const all = (await s.ok(['ps', '-a', '--format', 'json'], q)).split('\n').map((l) => JSON.parse(l).Name as string)
    expect(all.sort()).toEqual(['quickstart-api-1', 'quickstart-store-1', 'quickstart-web-1', 'quickstart-worker-1'])
    // a failing run reports its exit code
    expect((await s.cli(['run', '--rm', '--no-deps', '--entrypoint', 'sh', 'tests', '-c', 'exit 4'], q)).code).toBe(4)
  })

  it('the store volume keeps its data across down + up and goes with down -v', async () => {
    const n = await visits()
    await s.ok(['down', '-t', '2'], q)
    expect(await s.ok(['volume', 'ls', '-q'])).toBe('quickstart_store-data')
    await expect(httpGet('127.0.0.1', port, '/')).rejects.toThrow()
    await s.ok(['up', '-d', '--wait', '--wait-timeout', '90'], q)
    expect(await visits()).toBe(n + 1)
    await s.ok(['down', '-v', '-t', '2'], q)
    expect(await s.ok(['volume', 'ls', '-q'])).toBe('')
    await s.ok(['up', '-d', '--wait', '--wait-timeout', '90'], q)
    expect(await visits()).toBe(1)
  })

  it('down -v leaves nothing: containers, volumes, networks, links, rules, processes', async () => {
    const bridge = (JSON.parse(await s.ok(['network', 'inspect', 'quickstart_default']))[0].Options as Record<string, string>)['com.docker.network.bridge.name']!
    expect(s.links()).toContain(bridge)
    await s.ok(['down', '-v', '-t', '2'], q)
    expect(await s.ok(['container', 'ps', '-aq'])).toBe('')
    expect(await s.ok(['volume', 'ls', '-q'])).toBe('')
    expect((await s.ok(['network', 'ls', '--format', '{{.Name}}'])).split('\n')).not.toContain('quickstart_default')
    await eventually(() => {
      expect(s.links()).toEqual([])
      expect(execFileSync('nft', ['list', 'tables'], { encoding: 'utf8' })).not.toContain(`table inet ${s.nftTable}\n`)
      expect(s.leftovers()).toEqual(CLEAN_KERNEL)
    }, 10_000, 50)
    expect(s.stateDirs()).toEqual([])
    await expect(httpGet('127.0.0.1', port, '/')).rejects.toThrow()
  })
})
