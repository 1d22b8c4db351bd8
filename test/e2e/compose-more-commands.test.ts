import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually } from '../helpers/eventually.js'
import { ComposeSuite, NOTHING_LEFT } from './compose-harness.js'

// docker compose's scale, commit, export and volumes on one project: scale converges only
// the named services, commit and export act on one replica, volumes lists the project's.
let s: ComposeSuite

const LOOP = `["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.2; done"]`

beforeAll(async () => {
  s = await ComposeSuite.create('more')
  s.write(`
name: more
services:
  db:
    image: busybox
    network_mode: none
    command: ${LOOP}
    volumes: [other:/other]
  web:
    image: busybox
    network_mode: none
    depends_on: [db]
    command: ${LOOP}
    volumes: [data:/data]
volumes:
  data: {}
  other: {}
`)
  await s.ok(['up', '-d'])
})

afterAll(async () => {
  await s?.cli(['down', '-v', '-t', '0'])
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

const ids = async (service: string): Promise<string[]> => (await s.ps([], true)).filter((c) => c.Service === service).map((c) => c.ID).sort()

describe('scale', () => {
  it('changes the replica count of the named service and leaves the others alone', async () => {
    const db = await ids('db')
    const web = await ids('web')
    expect(web).toHaveLength(1)
    await s.ok(['scale', 'web=3'])
    const names = (await s.ps()).filter((c) => c.Service === 'web').map((c) => c.Name).sort()
    expect(names).toEqual(['more-web-1', 'more-web-2', 'more-web-3'])
    expect((await s.ps()).every((c) => c.State === 'running')).toBe(true)
    // the existing replica and the dependency are not recreated
    expect((await ids('web')).filter((id) => web.includes(id))).toEqual(web)
    expect(await ids('db')).toEqual(db)

    await s.ok(['scale', '--no-deps', 'web=1'])
    expect((await s.ps([], true)).filter((c) => c.Service === 'web').map((c) => c.Name)).toEqual(['more-web-1'])
    expect(await ids('web')).toEqual(web)
    expect(await ids('db')).toEqual(db)
  })

  it('rejects bad specifiers and unknown services with exit 1', async () => {
    expect(await s.cli(['scale', 'web'])).toMatchObject({ code: 1, stderr: 'Error: invalid scale specifier: web\n' })
    expect(await s.cli(['scale', 'web=x'])).toMatchObject({ code: 1, stderr: "Error: invalid scale specifier: can't parse replica value as int: web=x\n" })
    expect(await s.cli(['scale', 'nope=2'])).toMatchObject({ code: 1, stderr: 'Error: no such service: nope\n' })
    expect((await s.cli(['scale'])).code).toBe(125)
  })
})

describe('commit and export', () => {
  it('commits a service container to an image that has its changes', async () => {
    await s.ok(['exec', 'web', 'sh', '-c', 'echo committed > /marker'])
    const r = await s.cli(['commit', '-a', 'Tester', '-m', 'from web', '-c', 'ENV FROM_COMMIT=yes', 'web', 'more-web:snap'])
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/Container more-web-1 +Committed as sha256:[0-9a-f]{64}/)
    const img = JSON.parse(await s.ok(['image', 'inspect', 'more-web:snap']))[0]
    expect(img.Author).toBe('Tester')
    expect(img.Comment).toBe('from web')
    expect(img.Config.Env).toContain('FROM_COMMIT=yes')
    expect(await s.ok(['container', 'run', '--rm', '--network', 'none', 'more-web:snap', 'cat', '/marker'])).toBe('committed')
    expect(await s.cli(['commit', '--index', '4', 'web'])).toMatchObject({ code: 1, stderr: 'Error: service "web" is not running container #4\n' })
    await s.ok(['image', 'rm', 'more-web:snap'])
  })

  it('exports a service container as a tar, to a file or a pipe', async () => {
    await s.ok(['exec', 'db', 'sh', '-c', 'echo exported > /tmp/exported'])
    const out = join(s.root, 'db.tar')
    expect(await s.ok(['export', '-o', out, 'db'])).toBe('')
    const list = execFileSync('tar', ['-tf', out], { encoding: 'utf8' }).split('\n')
    expect(list).toContain('tmp/exported')
    // the volume mounted at /other is not part of the container's filesystem
    expect(list.filter((e) => e.startsWith('other/'))).toEqual([])
    expect(execFileSync('tar', ['-xOf', out, 'tmp/exported'], { encoding: 'utf8' })).toBe('exported\n')
    const piped = await s.cli(['export', 'db'])
    expect(piped.code).toBe(0)
    expect(piped.stdout.length).toBeGreaterThan(1024)
    expect(await s.cli(['export', '--index', '3', 'db'])).toMatchObject({ code: 1, stderr: 'Error: service "db" is not running container #3\n' })
    expect(readFileSync('/proc/self/mountinfo', 'utf8')).not.toContain(`${s.root}/container-fs/`)
  })
})

describe('volumes', () => {
  it("lists the project's volumes, or those of the named services", async () => {
    const table = (await s.ok(['volumes'])).split('\n').map((l) => l.split(/\s{2,}/))
    expect(table).toEqual([['DRIVER', 'VOLUME NAME'], ['local', 'more_data'], ['local', 'more_other']])
    expect(await s.ok(['volumes', '-q', 'web'])).toBe('more_data')
    const json = (await s.ok(['volumes', '--format', 'json', 'db'])).split('\n').map((l) => JSON.parse(l))
    expect(json).toHaveLength(1)
    expect(json[0]).toMatchObject({ Name: 'more_other', Driver: 'local', Scope: 'local' })
    expect(json[0].Labels).toContain('com.docker.compose.project=more')
    expect(await s.ok(['volumes', '--format', '{{.Name}}'])).toBe('more_data\nmore_other')
    // a stopped service's containers mount nothing now, as docker compose counts them
    await s.ok(['stop', '-t', '0', 'web'])
    await eventually(async () => expect(await s.ok(['volumes', '-q', 'web'])).toBe(''))
    expect(await s.cli(['volumes', 'nope'])).toMatchObject({ code: 1, stderr: 'Error: no such service: nope\n' })
  })
})
