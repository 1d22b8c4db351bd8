import { execFileSync } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chainIds, sha256 } from '../../packages/runtime/src/images/digest.js'
import { ImageStore } from '../../packages/runtime/src/images/store.js'
import { nativeFs } from '../../packages/runtime/src/native/fs.js'
import { ScopedLeftovers } from '../helpers/scoped-leftovers.js'
import { tarBuffer, type TarEntry } from '../../packages/runtime/test/images/tar-helpers.js'

let leftovers: ScopedLeftovers
let root: string
const nfs = nativeFs()

beforeAll(() => {
  leftovers = new ScopedLeftovers('tsc-imglay-')
  root = mkdtempSync(join(tmpdir(), 'tsc-imglay-'))
})
afterAll(() => {
  rmSync(root, { recursive: true, force: true })
  leftovers.expectClean()
})

/** An archive exactly as `docker save` wrote it before docker 25, built by hand. */
async function dockerLegacyArchive(layers: Buffer[], config: Buffer, repoTags: string[]): Promise<Buffer> {
  const entries: TarEntry[] = []
  const paths: string[] = []
  let parent = ''
  layers.forEach((l, i) => {
    const v1 = sha256(`${parent} ${i}`).slice(7)
    entries.push(
      { name: `${v1}/`, type: 'directory' },
      { name: `${v1}/VERSION`, body: '1.0' },
      { name: `${v1}/json`, body: JSON.stringify({ id: v1, ...(parent ? { parent } : {}) }) },
      { name: `${v1}/layer.tar`, body: l },
    )
    paths.push(`${v1}/layer.tar`)
    parent = v1
  })
  const cfgName = `${sha256(config).slice(7)}.json`
  entries.push({ name: cfgName, body: config })
  entries.push({ name: 'manifest.json', body: JSON.stringify([{ Config: cfgName, RepoTags: repoTags, Layers: paths }]) })
  const [repo, tag] = repoTags[0]!.split(':')
  entries.push({ name: 'repositories', body: JSON.stringify({ [repo!]: { [tag!]: parent } }) })
  return tarBuffer(entries)
}

describe('a layered image with OCI whiteouts, through overlayfs', () => {
  let lower: Buffer
  let upper: Buffer
  let archive: string

  beforeAll(async () => {
    lower = await tarBuffer([
      { name: 'etc/', type: 'directory' },
      { name: 'etc/passwd', body: 'root:x:0:0::/:/bin/sh\n' },
      { name: 'etc/keep', body: 'v1' },
      { name: 'var/', type: 'directory' },
      { name: 'var/old/', type: 'directory' },
      { name: 'var/old/file', body: 'old' },
      { name: 'var/keep', body: 'hidden by opaque' },
      { name: 'usr/bin/tool', body: 'tool', mode: 0o4755 },
      { name: 'dev/', type: 'directory' },
      { name: 'dev/null', type: 'character-device', mode: 0o666, devmajor: 1, devminor: 3 },
      { name: 'run/fifo', type: 'fifo', mode: 0o600 },
    ])
    upper = await tarBuffer([
      { name: 'etc/', type: 'directory' },
      { name: 'etc/.wh.passwd' },
      { name: 'etc/keep', body: 'v2' },
      { name: 'var/', type: 'directory' },
      { name: 'var/.wh..wh..opq' },
      { name: 'var/new', body: 'new' },
    ])
    const config = Buffer.from(JSON.stringify({
      architecture: 'amd64', os: 'linux', created: '2024-02-03T04:05:06Z',
      config: { Cmd: ['/bin/sh'], Env: ['PATH=/bin'] },
      rootfs: { type: 'layers', diff_ids: [sha256(lower), sha256(upper)] },
      history: [{ created: '2024-02-03T04:05:00Z', created_by: 'ADD lower' }, { created: '2024-02-03T04:05:06Z', created_by: 'RUN rm' }],
    }))
    archive = join(root, 'legacy.tar')
    writeFileSync(archive, await dockerLegacyArchive([lower, upper], config, ['layered:1']))
  })

  it('loads a hand-built legacy `docker save` archive, one snapshot per chain ID', async () => {
    const store = new ImageStore({ root })
    const res = await store.load(archive)
    expect(res.messages).toEqual(['Loaded image: layered:1'])
    const img = await store.resolve('layered:1')
    const chains = chainIds([sha256(lower), sha256(upper)])
    expect(img.chainIds).toEqual(chains)
    expect(img.lowerDirs).toEqual([chains[1], chains[0]].map((c) => join(root, 'images/snapshots', c!.slice(7), 'fs')))
    expect(readdirSync(join(root, 'images/snapshots')).sort()).toEqual(chains.map((c) => c.slice(7)).sort())

    const [top, base] = img.lowerDirs as [string, string]
    const wh = lstatSync(join(top, 'etc/passwd'))
    expect(wh.isCharacterDevice() && wh.rdev === 0).toBe(true)
    expect(nfs.lgetxattr(join(top, 'var'), 'trusted.overlay.opaque')?.toString()).toBe('y')
    expect(existsSync(join(top, 'var/.wh..wh..opq'))).toBe(false)
    const dev = lstatSync(join(base, 'dev/null'))
    expect(dev.isCharacterDevice() && dev.rdev === lstatSync('/dev/null').rdev && (dev.mode & 0o777) === 0o666).toBe(true)
    expect(lstatSync(join(base, 'run/fifo')).isFIFO()).toBe(true)
    expect(lstatSync(join(base, 'usr/bin/tool')).mode & 0o7777).toBe(0o4755)
    expect((await store.history('layered:1')).map((h) => [h.CreatedBy, h.Id === img.id])).toEqual([['RUN rm', true], ['ADD lower', false]])

    // loading the same archive again adds nothing new
    expect((await store.load(archive)).messages).toEqual(['Loaded image: layered:1'])
    expect(readdirSync(join(root, 'images/snapshots'))).toHaveLength(2)
  })

  it('shows the right view when mounted: whiteouts hide files, the opaque dir hides lower children', async () => {
    const store = new ImageStore({ root })
    const img = await store.resolve('layered:1')
    const mnt = mkdtempSync(join(tmpdir(), 'tsc-imglay-mnt-'))
    // Only lowerdirs: a read-only overlay, like a container's view minus its upper dir.
    nfs.mount('overlay', mnt, 'overlay', 1 /* MS_RDONLY */, `lowerdir=${img.lowerDirs.join(':')}`)
    try {
      expect(existsSync(join(mnt, 'etc/passwd'))).toBe(false)
      expect(readFileSync(join(mnt, 'etc/keep'), 'utf8')).toBe('v2')
      expect(readdirSync(join(mnt, 'var'))).toEqual(['new'])
      expect(readFileSync(join(mnt, 'usr/bin/tool'), 'utf8')).toBe('tool')
      expect(readdirSync(join(mnt, 'etc')).sort()).toEqual(['keep'])
      expect(execFileSync('ls', ['-a', join(mnt, 'var')], { encoding: 'utf8' }).split('\n').filter(Boolean)).toEqual(['.', '..', 'new'])
    } finally {
      nfs.umount2(mnt, 0)
      rmSync(mnt, { recursive: true, force: true })
    }
  })

  it('rejects the archive when a layer does not match its diff id, adding nothing', async () => {
    const other = join(root, 'other')
    mkdirSync(other)
    const store = new ImageStore({ root: other })
    const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [sha256(lower), sha256('not the upper layer')] } }))
    const bad = join(root, 'bad.tar')
    writeFileSync(bad, await dockerLegacyArchive([lower, upper], config, ['bad:1']))
    await expect(store.load(bad)).rejects.toMatchObject({ code: 'IMAGE_DIGEST_MISMATCH', message: expect.stringMatching(/layer 2 of image [0-9a-f]{12}: wrong diff id/) })
    expect(await store.list()).toEqual([])
    expect(readdirSync(join(other, 'images/snapshots'))).toEqual([])
    expect(readdirSync(join(other, 'images/ingest'))).toEqual([])
    expect(readdirSync(join(other, 'images/blobs/sha256'))).toEqual([])
  })
})
