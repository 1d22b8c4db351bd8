import { arch } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLEAN_KERNEL, ComposeSuite, NOTHING_LEFT } from './compose-harness.js'

// Fields the engine parses but does not apply are said out loud by the commands that create
// things, as docker compose's WARN lines, and the stack still comes up; a file without them
// gets no WARN line; fields docker refuses too fail before anything is made.
let s: ComposeSuite

const SLEEPER = `["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.2; done"]`

const WITH_UNSUPPORTED = `
name: unsup
services:
  gpu:
    image: busybox
    command: ${SLEEPER}
    gpus: all
    networks: [v6]
networks:
  v6:
    enable_ipv6: true
`

const PLAIN = `
name: plain
services:
  web:
    image: busybox
    command: ${SLEEPER}
    restart: unless-stopped
    volumes: [data:/data]
volumes:
  data: {}
`

// an architecture this host is not: docker refuses an image of another platform
const FOREIGN = arch() === 'arm64' ? 'linux/amd64' : 'linux/arm64'
const REFUSED = `
name: refused
services:
  web:
    image: busybox
    command: ${SLEEPER}
    platform: ${FOREIGN}
`

beforeAll(async () => {
  s = await ComposeSuite.create('unsup')
})

afterAll(async () => {
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

describe('compose: fields tsc-compose does not apply', () => {
  it('up -d warns about gpus and enable_ipv6, and the stack still comes up', async () => {
    s.write(WITH_UNSUPPORTED)
    const up = await s.cli(['up', '-d'])
    expect(up.code, up.stderr).toBe(0)
    expect(up.stderr).toContain('WARN[0000] service "gpu": gpus "all" is not supported by tsc-compose; the container gets no GPU\n')
    expect(up.stderr).toContain('WARN[0000] network "v6": enable_ipv6 true is not supported by tsc-compose; the network is IPv4 only\n')
    expect((await s.ps()).map((r) => [r.Name, r.State])).toEqual([['unsup-gpu-1', 'running']])
    // commands that create nothing say nothing about it
    const ps = await s.cli(['ps'])
    expect(ps.stderr).not.toContain('WARN')
    const config = await s.cli(['config'])
    expect(config.code).toBe(0)
    expect(config.stderr).not.toContain('WARN')
    const down = await s.cli(['down', '-t', '0'])
    expect(down.code, down.stderr).toBe(0)
    expect(down.stderr).not.toContain('WARN')
    expect(await s.ps([], true)).toEqual([])
  })

  it('a file with nothing unsupported has no WARN line', async () => {
    s.write(PLAIN)
    const up = await s.cli(['up', '-d'])
    expect(up.code, up.stderr).toBe(0)
    expect(up.stderr).not.toContain('WARN')
    expect((await s.ps()).map((r) => r.State)).toEqual(['running'])
    expect((await s.cli(['down', '-v', '-t', '0'])).code).toBe(0)
    expect(await s.ps([], true)).toEqual([])
  })

  it('a platform this host cannot run fails up, create and run before anything is created', async () => {
    s.write(REFUSED)
    for (const args of [['up', '-d'], ['create'], ['run', '--rm', 'web', 'true']]) {
      const r = await s.cli(args)
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(1)
      expect(r.stderr).toContain(`service "web": platform "${FOREIGN}" does not match this host`)
      expect(r.stderr).not.toMatch(/Created|Started/)
    }
    expect(await s.ps([], true)).toEqual([])
    expect(await s.ok(['network', 'ls', '--format', '{{.Name}}'], { cwd: s.root })).not.toContain('refused')
  })

  it('leaves nothing behind', async () => {
    expect(s.leftovers()).toEqual(CLEAN_KERNEL)
    expect(s.stateDirs()).toEqual([])
  })
})
