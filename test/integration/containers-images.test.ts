import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ContainersSuite, NOTHING_LEFT } from './containers-harness.js'

// Containers and the image store together: diff, commit, save/load, images in use.
let s: ContainersSuite
let tmp: string

beforeAll(async () => {
  s = await ContainersSuite.create('img')
  tmp = mkdtempSync(join(tmpdir(), 'tsc-ct-img-out-'))
})

afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true })
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

describe('containers: images', () => {
  it('diff shows A/C/D like docker and commit round-trips into a runnable image', async () => {
    const id = await s.ok(['container', 'run', '-d', '--name', 'd1', 'busybox', 'sh', '-c', 'echo x > /root/new; rm /etc/group; mkdir /srv/ 2>/dev/null; exec sleep 60'])
    await new Promise((r) => setTimeout(r, 300))
    const diff = (await s.ok(['container', 'diff', 'd1'])).split('\n').sort()
    // no runtime mount points (/proc, /dev, /etc/hosts...) leak into the diff
    expect(diff).toEqual(['A /root/new', 'A /srv', 'C /etc', 'C /root', 'D /etc/group'])
    const imageId = await s.ok(['container', 'commit', '-m', 'snap', '-c', 'ENV SNAP=1', 'd1', 'snap:1'])
    expect(imageId).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(await s.ok(['container', 'run', '--rm', 'snap:1', 'sh', '-c', 'cat /root/new; test -e /etc/group || echo gone; echo $SNAP'])).toBe('x\ngone\n1')
    // an image in use by a container can't be removed
    expect((await s.cli(['image', 'rm', 'busybox'])).code).not.toBe(0)
    await s.ok(['container', 'rm', '-f', id])
  })

  it('save/load round trip: the loaded image runs', async () => {
    const archive = join(tmp, 'snap.tar')
    await s.ok(['image', 'save', '-o', archive, 'snap:1'])
    await s.ok(['image', 'rm', 'snap:1'])
    expect((await s.cli(['container', 'run', '--rm', 'snap:1', 'true'])).code).toBe(125)
    await s.ok(['image', 'load', '-i', archive])
    expect(await s.ok(['container', 'run', '--rm', 'snap:1', 'cat', '/root/new'])).toBe('x')
  })
})
