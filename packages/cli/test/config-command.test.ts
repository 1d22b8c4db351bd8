import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

/*
 * Runs the built CLI (`npx tsc -b packages/runtime packages/compose packages/cli` first) on
 * fixtures: output and exit codes as a user sees them.
 */
const bin = join(import.meta.dirname, '..', 'bin', 'tsc-compose.js')
const golden = join(import.meta.dirname, '..', '..', 'compose', 'test', 'golden')
const tmp = mkdtempSync(join(tmpdir(), 'tsc-config-cli-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function run(args: string[], cwd: string) {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: '/home/user', FROM_HOST: 'host-value' }
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8', timeout: 20_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('tsc-compose config', () => {
  it('prints the golden output for a fixture', () => {
    const dir = join(golden, 'ports-short')
    const r = run(['config'], dir)
    expect(r.code).toBe(0)
    expect(r.stdout.replaceAll(dir, '/project')).toBe(readFileSync(join(dir, 'expected.yaml'), 'utf8'))
  })
  it('prints JSON, service names, images, volumes and hashes', () => {
    const dir = join(golden, 'project-name')
    const json = JSON.parse(run(['config', '--format', 'json'], dir).stdout) as { name: string }
    expect(json.name).toBe('my-project')
    expect(run(['config', '--services'], join(golden, 'depends-on-list')).stdout).toBe('api\ndb\nweb\n')
    expect(run(['config', '--images'], join(golden, 'build-string')).stdout).toBe('build-string-app\nbuild-string-root\n')
    expect(run(['config', '--volumes'], dir).stdout).toBe('vol\n')
    expect(run(['config', '--hash', '*'], dir).stdout).toMatch(/^app [0-9a-f]{64}\n$/)
    expect(run(['config', '--profiles'], join(golden, 'profiles')).stdout).toBe('debug\ntools\n')
  })
  it('-q validates only, -o writes a file', () => {
    const dir = join(golden, 'minimal')
    expect(run(['config', '-q'], dir)).toMatchObject({ code: 0, stdout: '' })
    const out = join(tmp, 'out.yaml')
    expect(run(['config', '-o', out], dir).code).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('name: minimal')
  })
  it('fails on a bad file with one line naming file:line:col, no stack trace', () => {
    writeFileSync(join(tmp, 'compose.yaml'), 'services:\n  web:\n    image: nginx\n    ports: [ "80:80/tcpp" ]\n')
    const r = run(['config'], tmp)
    expect(r.code).not.toBe(0)
    expect(r.stdout).toBe('')
    const lines = r.stderr.trim().split('\n')
    expect(lines[0]).toBe(`Error: ${join(tmp, 'compose.yaml')}:4:14: services.web.ports[0]: invalid protocol "tcpp" in port "80:80/tcpp": expected tcp, udp or sctp`)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })
  it('refuses --resolve-image-digests clearly', () => {
    const r = run(['config', '--resolve-image-digests'], join(golden, 'minimal'))
    expect(r.code).not.toBe(0)
    expect(r.stderr).toContain('--resolve-image-digests is not supported')
  })
})
