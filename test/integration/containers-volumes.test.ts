import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ContainersSuite, NOTHING_LEFT } from './containers-harness.js'

// Binds, tmpfs and volumes (named, anonymous, local driver options).
let s: ContainersSuite
let host: string

beforeAll(async () => {
  s = await ContainersSuite.create('vol')
  host = mkdtempSync(join(tmpdir(), 'tsc-ct-vol-host-'))
})

afterAll(async () => {
  rmSync(host, { recursive: true, force: true })
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

describe('containers: mounts and volumes', () => {
  it('binds host paths read-write and read-only', async () => {
    writeFileSync(join(host, 'in'), 'from host\n')
    expect(await s.ok(['container', 'run', '--rm', '-v', `${host}:/data`, 'busybox', 'sh', '-c', 'cat /data/in; echo back > /data/out'])).toBe('from host')
    expect(readFileSync(join(host, 'out'), 'utf8')).toBe('back\n')
    const ro = await s.cli(['container', 'run', '--rm', '--mount', `type=bind,source=${host},target=/data,readonly`, 'busybox', 'touch', '/data/x'])
    expect(ro.code).toBe(1)
    expect(ro.stderr).toMatch(/Read-only file system/)
  })

  it('mounts tmpfs with size and mode', async () => {
    const out = await s.ok(['container', 'run', '--rm', '--tmpfs', '/scratch:size=2m,mode=1770', 'busybox', 'sh', '-c', 'stat -c %a /scratch; df -k /scratch | tail -1'])
    const [mode, df] = out.split('\n')
    expect(mode).toBe('1770')
    expect(df).toMatch(/\s2048\s/)
  })

  it('named volumes persist across containers and refuse removal while in use', async () => {
    await s.ok(['container', 'run', '--rm', '-v', 'data:/data', 'busybox', 'sh', '-c', 'echo kept > /data/f'])
    expect(await s.ok(['container', 'run', '--rm', '-v', 'data:/data:ro', 'busybox', 'cat', '/data/f'])).toBe('kept')
    const info = JSON.parse(await s.ok(['volume', 'inspect', 'data']))[0]
    expect(info).toMatchObject({ Name: 'data', Driver: 'local', Scope: 'local', Mountpoint: join(s.root, 'volumes/data/_data') })
    const id = await s.ok(['container', 'create', '-v', 'data:/data', 'busybox', 'true'])
    const busy = await s.cli(['volume', 'rm', 'data'])
    expect(busy.code).toBe(1)
    expect(busy.stderr).toMatch(/volume is in use/)
    await s.ok(['container', 'rm', id])
    await s.ok(['volume', 'rm', 'data'])
    expect(await s.ok(['volume', 'ls', '-q'])).toBe('')
  })

  it('local driver options: type=tmpfs and a bind device', async () => {
    await s.ok(['volume', 'create', '-o', 'type=tmpfs', '-o', 'device=tmpfs', '-o', 'o=size=1m', '--label', 'k=v', 'mem'])
    expect(await s.ok(['container', 'run', '--rm', '-v', 'mem:/m', 'busybox', 'sh', '-c', 'df -k /m | tail -1'])).toMatch(/\s1024\s/)
    await s.ok(['volume', 'create', '-o', 'type=none', '-o', 'o=bind', '-o', `device=${host}`, 'hostdir'])
    expect(await s.ok(['container', 'run', '--rm', '-v', 'hostdir:/h', 'busybox', 'cat', '/h/in'])).toBe('from host')
    expect(await s.ok(['volume', 'ls', '--filter', 'label=k=v', '--format', '{{.Name}}'])).toBe('mem')
    await s.ok(['volume', 'rm', 'mem', 'hostdir'])
  })

  it('anonymous volumes: created for -v /path, removed by --rm and rm -v, pruned', async () => {
    await s.ok(['container', 'run', '--rm', '-v', '/anon', 'busybox', 'touch', '/anon/x'])
    expect(await s.ok(['volume', 'ls', '-q'])).toBe('')
    const id = await s.ok(['container', 'create', '-v', '/anon', 'busybox', 'true'])
    expect((await s.ok(['volume', 'ls', '-q'])).split('\n')).toHaveLength(1)
    await s.ok(['container', 'rm', id])
    expect((await s.ok(['volume', 'ls', '-q'])).split('\n')).toHaveLength(1)
    const pruned = await s.ok(['volume', 'prune', '-f'])
    expect(pruned).toMatch(/Deleted Volumes:\n[0-9a-f]{64}/)
    expect(await s.ok(['volume', 'ls', '-q'])).toBe('')
  })
})
