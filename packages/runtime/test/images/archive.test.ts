import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sha256, type Digest } from '../../src/images/digest.js'
import { ImageStore } from '../../src/images/store.js'
import { fakeFs, tarBuffer, tarNames, type TarEntry } from './tar-helpers.js'

let root: string
let store: ImageStore
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tsc-archive-'))
  store = new ImageStore({ root, fs: fakeFs().fs })
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const hex = (d: string): string => d.slice(7)

async function layers(): Promise<Buffer[]> {
  return [await tarBuffer([{ name: 'bin/', type: 'directory' }, { name: 'bin/sh', body: 'sh' }]), await tarBuffer([{ name: 'etc/', type: 'directory' }, { name: 'etc/motd', body: 'hi' }])]
}

function configFor(ls: Buffer[], extra: object = {}): Buffer {
  return Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', created: '2024-01-02T03:04:05Z', config: { Cmd: ['sh'] }, rootfs: { type: 'layers', diff_ids: ls.map((l) => sha256(l)) }, history: [{ created_by: 'a' }, { created_by: 'b' }], ...extra }))
}

/** docker save before 25: <id>.json, <v1id>/layer.tar, manifest.json, repositories. */
async function legacyArchive(ls: Buffer[], config: Buffer, tags: string[]): Promise<Buffer> {
  const entries: TarEntry[] = []
  const layerPaths: string[] = []
  ls.forEach((l, i) => {
    const v1 = sha256(`v1-${i}`).slice(7)
    entries.push({ name: `${v1}/`, type: 'directory' }, { name: `${v1}/VERSION`, body: '1.0' }, { name: `${v1}/json`, body: '{}' }, { name: `${v1}/layer.tar`, body: l })
    layerPaths.push(`${v1}/layer.tar`)
  })
  entries.push({ name: `${hex(sha256(config))}.json`, body: config })
  entries.push({ name: 'manifest.json', body: JSON.stringify([{ Config: `${hex(sha256(config))}.json`, RepoTags: tags, Layers: layerPaths }]) })
  entries.push({ name: 'repositories', body: '{}' })
  return tarBuffer(entries)
}

function blob(b: Buffer | string): TarEntry {
  return { name: `blobs/sha256/${hex(sha256(b))}`, body: b }
}

describe('image load', () => {
  it('loads docker legacy `docker save` archives and verifies diff ids', async () => {
    const ls = await layers()
    const config = configFor(ls)
    const archive = join(root, 'legacy.tar')
    writeFileSync(archive, await legacyArchive(ls, config, ['app:1', 'me/app:latest']))
    const res = await store.load(archive)
    expect(res.messages).toEqual(['Loaded image: app:1', 'Loaded image: me/app:latest'])
    expect(res.images[0]!.id).toBe(sha256(config))
    const inspect = await store.inspect('app:1')
    expect(inspect.RepoTags).toEqual(['app:1', 'me/app:latest'])
    expect(inspect.RootFS.Layers).toEqual(ls.map((l) => sha256(l)))
    expect((await store.resolve('me/app')).lowerDirs).toHaveLength(2)
  })

  it('rejects a layer that does not match its diff id, adding nothing', async () => {
    const ls = await layers()
    const config = configFor([ls[0]!, await tarBuffer([{ name: 'other', body: 'x' }])])
    const archive = join(root, 'bad.tar')
    writeFileSync(archive, await legacyArchive(ls, config, ['bad:1']))
    await expect(store.load(archive)).rejects.toMatchObject({ code: 'IMAGE_DIGEST_MISMATCH', message: expect.stringMatching(/layer 2 of image .* wrong diff id/) })
    expect(await store.list()).toEqual([])
    expect(store.snapshots.list()).toEqual([])
    expect(store.blobs.list()).toEqual([])
    expect(readdirSync(store.paths.ingestDir)).toEqual([])
  })

  it('loads OCI layouts: nested index for this platform, attestations skipped, names from annotations', async () => {
    const ls = await layers()
    const config = configFor(ls)
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(config), size: config.length },
      layers: ls.map((l) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: sha256(l), size: l.length })),
    })
    const attestation = JSON.stringify({ schemaVersion: 2, config: { mediaType: 'x', digest: sha256('nope'), size: 4 }, layers: [] })
    const nested = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: sha256('arm'), size: 3, platform: { os: 'linux', architecture: 'arm64-nope' } },
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: sha256(manifest), size: manifest.length, platform: { os: 'linux', architecture: process.arch === 'x64' ? 'amd64' : process.arch } },
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: sha256(attestation), size: attestation.length, platform: { os: 'unknown', architecture: 'unknown' }, annotations: { 'vnd.docker.reference.type': 'attestation-manifest' } },
      ],
    })
    const index = JSON.stringify({
      schemaVersion: 2,
      manifests: [
        { mediaType: 'application/vnd.oci.image.index.v1+json', digest: sha256(nested), size: nested.length, annotations: { 'io.containerd.image.name': 'docker.io/library/multi:2', 'org.opencontainers.image.ref.name': '2' } },
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: sha256(manifest), size: manifest.length, annotations: { 'org.opencontainers.image.ref.name': 'localhost:5000/x/y:z' } },
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: sha256(manifest), size: manifest.length, annotations: { 'org.opencontainers.image.ref.name': 'latest' } },
      ],
    })
    const archive = await tarBuffer([{ name: 'oci-layout', body: '{"imageLayoutVersion":"1.0.0"}' }, { name: 'index.json', body: index }, blob(nested), blob(manifest), blob(attestation), blob(config), ...ls.map(blob)])
    const input = new PassThrough()
    input.end(archive)
    const res = await store.load(input)
    expect(res.messages).toEqual(['Loaded image: multi:2', 'Loaded image: localhost:5000/x/y:z', `Loaded image ID: ${sha256(config)}`])
    expect((await store.inspect('multi:2')).Id).toBe(sha256(config))
    expect((await store.list()).map((i) => i.RepoTags)).toEqual([['localhost:5000/x/y:z', 'multi:2']])
  })

  it('rejects an OCI blob whose digest does not match, adding nothing', async () => {
    const ls = await layers()
    const config = configFor(ls)
    const manifest = JSON.stringify({ schemaVersion: 2, config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(config), size: config.length }, layers: ls.map((l) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: sha256(l), size: l.length })) })
    const index = JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: sha256(manifest), size: manifest.length, annotations: { 'io.containerd.image.name': 'docker.io/library/t:1' } }] })
    const tampered: TarEntry = { name: `blobs/sha256/${hex(sha256(ls[1]!))}`, body: ls[0]! }
    const archive = join(root, 'tampered.tar')
    writeFileSync(archive, await tarBuffer([{ name: 'oci-layout', body: '{}' }, { name: 'index.json', body: index }, blob(manifest), blob(config), blob(ls[0]!), tampered]))
    await expect(store.load(archive)).rejects.toMatchObject({ code: 'IMAGE_DIGEST_MISMATCH', message: expect.stringMatching(/layer 2 .* has content digest/) })
    expect(await store.list()).toEqual([])
    expect(store.snapshots.list()).toEqual([])
  })

  it('gives clear errors for archives that are not image archives', async () => {
    const notTar = join(root, 'x.tar')
    writeFileSync(notTar, 'hello, not a tar')
    await expect(store.load(notTar)).rejects.toMatchObject({ code: 'IMAGE_INVALID_ARCHIVE' })
    const noManifest = join(root, 'y.tar')
    writeFileSync(noManifest, await tarBuffer([{ name: 'README', body: 'x' }]))
    await expect(store.load(noManifest)).rejects.toThrow(/neither manifest.json \(docker save\) nor index.json/)
    await expect(store.load(join(root, 'missing.tar'))).rejects.toThrow(/cannot read archive .*missing.tar/)
  })
})

describe('image save', () => {
  it('writes an OCI layout with docker manifest.json and repositories that loads back to the same ID', async () => {
    const ls = await layers()
    const config = configFor(ls)
    const legacy = join(root, 'in.tar')
    writeFileSync(legacy, await legacyArchive(ls, config, ['app:1', 'app:2']))
    await store.load(legacy)
    const out = join(root, 'out.tar')
    await store.save(['app'], out)
    const { readFileSync } = await import('node:fs')
    const names = await tarNames(readFileSync(out))
    expect(names).toEqual(expect.arrayContaining(['oci-layout', 'index.json', 'manifest.json', 'repositories', `blobs/sha256/${hex(sha256(config))}`, ...ls.map((l) => `blobs/sha256/${hex(sha256(l))}`)]))
    expect(existsSync(out)).toBe(true)
    expect(readdirSync(root).filter((f) => f.includes('.save-'))).toEqual([])

    const other = new ImageStore({ root: join(root, 'other'), fs: fakeFs().fs })
    const res = await other.load(out)
    expect(res.images.map((i) => i.id)).toEqual([sha256(config)])
    expect(res.messages).toEqual(['Loaded image: app:1', 'Loaded image: app:2'])
    // saving by ID keeps no names
    await other.save([sha256(config).slice(7, 19)], join(root, 'byid.tar'), { format: 'oci' })
    const third = new ImageStore({ root: join(root, 'third'), fs: fakeFs().fs })
    expect((await third.load(join(root, 'byid.tar'))).messages).toEqual([`Loaded image ID: ${sha256(config)}`])
  })
})

describe('tags and removal', () => {
  async function loadOne(tags: string[]): Promise<Digest> {
    const ls = await layers()
    const archive = join(root, `l-${tags.join('_').replace(/[/:]/g, '-')}.tar`)
    writeFileSync(archive, await legacyArchive(ls, configFor(ls), tags))
    return (await store.load(archive)).images[0]!.id
  }

  it('untags while other names remain, deletes with the last one, and needs force by ID with several names', async () => {
    const id = await loadOne(['a:1'])
    await store.tag('a:1', 'b')
    await store.tag(id.slice(7, 15), 'localhost:5000/c:x')
    expect((await store.inspect('b:latest')).RepoTags).toEqual(['a:1', 'b:latest', 'localhost:5000/c:x'])
    await expect(store.remove(id)).rejects.toMatchObject({ code: 'IMAGE_CONFLICT', message: expect.stringMatching(/referenced in multiple repositories/) })
    expect(await store.remove('b')).toEqual([{ Untagged: 'b:latest' }])
    expect(await store.remove('localhost:5000/c:x')).toEqual([{ Untagged: 'localhost:5000/c:x' }])
    expect(await store.remove('a:1')).toEqual([{ Untagged: 'a:1' }, { Deleted: id }])
    expect(store.blobs.list()).toEqual([])
    expect(store.snapshots.list()).toEqual([])
    await expect(store.inspect('a:1')).rejects.toMatchObject({ code: 'IMAGE_NOT_FOUND', message: 'No such image: a:1' })
  })

  it('refuses to delete an image in use; force only untags it', async () => {
    const users = new ImageStore({ root, fs: fakeFs().fs, inUse: async () => ['c0ffee0000000000000000000000000000000000000000000000000000000000'] })
    const id = await loadOne(['used:1'])
    await expect(users.remove('used:1')).rejects.toMatchObject({ code: 'IMAGE_IN_USE', message: expect.stringMatching(/image [0-9a-f]{12} is being used by container c0ffee000000/) })
    await expect(users.remove(id)).rejects.toMatchObject({ code: 'IMAGE_IN_USE' })
    expect(await users.remove('used:1', { force: true })).toEqual([{ Untagged: 'used:1' }])
    expect((await users.inspect(id)).RepoTags).toEqual([])
    expect((await users.prune({ all: true })).ImagesDeleted).toEqual([])
    expect((await store.prune()).ImagesDeleted).toEqual([{ Deleted: id }])
  })

  it('reports unknown, ambiguous and invalid names clearly', async () => {
    await expect(store.inspect('nope')).rejects.toThrow('No such image: nope:latest')
    await expect(store.inspect('Bad Name')).rejects.toMatchObject({ code: 'IMAGE_INVALID_REFERENCE' })
    await expect(store.tag('nope', 'x')).rejects.toMatchObject({ code: 'IMAGE_NOT_FOUND' })
    await expect(store.tag('nope', `x@sha256:${'a'.repeat(64)}`)).rejects.toMatchObject({ code: 'IMAGE_INVALID_REFERENCE' })
  })
})
