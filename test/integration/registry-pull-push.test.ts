import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { ImageStore, isTscError, pullImage, pushImage, type RegistryProgress } from '../../packages/runtime/src/index.js'
import { RegistryClient } from '../../packages/runtime/src/registry/client.js'
import { endpointFor } from '../../packages/runtime/src/registry/hosts.js'
import { makeBusyboxTar } from '../helpers/busybox.js'
import { ScopedLeftovers } from '../helpers/scoped-leftovers.js'
import { registryBlobPath, startRegistry, type RegistryFixture } from './registry-fixture.js'

// Intent: an image pushed to a real registry comes back identical into a fresh state root
// (same ID, same diff_ids), a second pull downloads nothing, and a bad pull adds nothing.
const PREFIX = 'tsc-regpp-'
let leftovers: ScopedLeftovers
let reg: RegistryFixture
let busyboxTar: string
const roots: string[] = []

function freshStore(): ImageStore {
  const root = mkdtempSync(join(tmpdir(), PREFIX))
  roots.push(root)
  return new ImageStore({ root })
}

/** Everything a store holds on disk, for "nothing was added" checks. */
function contents(store: ImageStore): Record<string, string[]> {
  const ls = (d: string): string[] => (existsSync(d) ? readdirSync(d).sort() : [])
  return { blobs: ls(store.paths.blobsDir), snapshots: ls(store.paths.snapshotsDir), meta: ls(store.paths.metaDir), ingest: ls(store.paths.ingestDir) }
}

async function expectCode(p: Promise<unknown>, code: string): Promise<Error> {
  const err = await p.then(() => undefined, (e: unknown) => e)
  expect(isTscError(err, code), `expected ${code}, got ${String(err)}`).toBe(true)
  return err as Error
}

beforeAll(async () => {
  leftovers = new ScopedLeftovers(PREFIX)
  reg = await startRegistry({ marker: PREFIX })
  busyboxTar = makeBusyboxTar()
})

afterAll(async () => {
  await reg?.stop()
  for (const r of roots) rmSync(r, { recursive: true, force: true })
  rmSync(dirname(busyboxTar), { recursive: true, force: true })
  leftovers.expectClean()
})

describe('push to and pull from a local registry', () => {
  let ref: string
  let id: string
  let pushed: string
  let src: ImageStore

  it('pushes an imported busybox image: every blob uploaded, then the manifest', async () => {
    src = freshStore()
    ref = `${reg.domain}/tsc/busybox:v1`
    id = (await src.importRootfs(busyboxTar, { ref, changes: ['CMD ["sh"]'] })).id
    const events: RegistryProgress[] = []
    const res = await pushImage(src, ref, { onProgress: (e) => events.push(e) })
    pushed = res.digest
    expect(res.messages).toEqual([`v1: digest: ${res.digest} size: ${res.size}`])
    expect(events[0]).toEqual({ status: `The push refers to repository [${reg.domain}/tsc/busybox]` })
    const layer = src.manifest(id as never).layers[0]!.digest.slice(7, 19)
    expect(events.filter((e) => e.id === layer && !e.current).map((e) => e.status)).toEqual(['Preparing', 'Pushed'])
    expect(existsSync(registryBlobPath(reg.storage, src.manifest(id as never).layers[0]!.digest))).toBe(true)
    // The pushed digest becomes a RepoDigest of the local image, as docker records it.
    expect((await src.inspect(ref)).RepoDigests).toEqual([`${reg.domain}/tsc/busybox@${res.digest}`])
  })

  it('pushing again uploads nothing', async () => {
    const events: RegistryProgress[] = []
    const res = await pushImage(src, ref, { onProgress: (e) => events.push(e) })
    expect(res.digest).toBe(pushed)
    expect(events.filter((e) => e.id).map((e) => e.status)).toEqual(['Preparing', 'Layer already exists'])
  })

  it('pulls it into a fresh state root: same ID and diff_ids, tag and RepoDigest set', async () => {
    const dst = freshStore()
    const events: RegistryProgress[] = []
    const res = await pullImage(dst, ref, { onProgress: (e) => events.push(e) })
    expect(res).toMatchObject({ id, digest: pushed, upToDate: false, reference: ref })
    expect(res.messages).toEqual([`Digest: ${pushed}`, `Status: Downloaded newer image for ${ref}`])
    const a = await src.inspect(ref)
    const b = await dst.inspect(ref)
    expect(b.Id).toBe(a.Id)
    expect(b.RootFS).toEqual(a.RootFS)
    expect(b.Config).toEqual(a.Config)
    expect(b.RepoTags).toEqual([ref])
    expect(b.RepoDigests).toEqual([`${reg.domain}/tsc/busybox@${pushed}`])
    const statuses = events.filter((e) => e.id && e.status !== 'Downloading').map((e) => e.status)
    expect(statuses).toEqual(['Pulling fs layer', 'Verifying Checksum', 'Download complete', 'Extracting', 'Pull complete'])
    expect(res.downloadedBytes).toBeGreaterThan(1_000_000)
    // The layer is unpacked once, by chain ID, and is a usable rootfs.
    const img = await dst.resolve(ref)
    expect(readFileSync(join(img.lowerDirs[0]!, 'etc/passwd'), 'utf8')).toMatch(/^root:x:0:0/)
    expect(contents(dst).ingest).toEqual([])

    // The same pull again downloads nothing.
    const again = await pullImage(dst, ref)
    expect(again).toMatchObject({ id, upToDate: true, downloadedBytes: 0 })
    expect(again.messages[1]).toBe(`Status: Image is up to date for ${ref}`)
  })

  it('pulls by digest: no tag, a RepoDigest; a second pull by digest needs no registry', async () => {
    const dst = freshStore()
    const byDigest = `${reg.domain}/tsc/busybox@${pushed}`
    const res = await pullImage(dst, byDigest)
    expect(res.id).toBe(id)
    const info = await dst.inspect(byDigest)
    expect(info.RepoTags).toEqual([])
    expect(info.RepoDigests).toEqual([byDigest])
    const again = await pullImage(dst, byDigest, { insecureRegistries: [] })
    expect(again).toMatchObject({ id, upToDate: true, downloadedBytes: 0 })
  })

  it('a tag that does not exist: a clear error naming the reference, nothing added', async () => {
    const dst = freshStore()
    const err = await expectCode(pullImage(dst, `${reg.domain}/tsc/busybox:nope`), 'REGISTRY_NOT_FOUND')
    expect(err.message).toBe(`manifest for ${reg.domain}/tsc/busybox:nope not found: manifest unknown: manifest unknown`)
    const err2 = await expectCode(pullImage(dst, `${reg.domain}/tsc/nothing-here:v1`), 'REGISTRY_NOT_FOUND')
    expect(err2.message).toContain(`${reg.domain}/tsc/nothing-here:v1`)
    expect(await dst.list()).toEqual([])
  })

  it('an unreachable registry: a clear error naming it', async () => {
    const dst = freshStore()
    const err = await expectCode(pullImage(dst, '127.0.0.1:1/tsc/busybox:v1'), 'REGISTRY_UNREACHABLE')
    expect(err.message).toMatch(/^cannot reach registry 127\.0\.0\.1:1 at http:\/\/127\.0\.0\.1:1: ECONNREFUSED$/)
  })

  it('a corrupted blob in the registry: digest mismatch, nothing added to the store', async () => {
    const layer = src.manifest(id as never).layers[0]!.digest
    const file = registryBlobPath(reg.storage, layer)
    const original = readFileSync(file)
    const bad = Buffer.from(original)
    bad[bad.length - 100] ^= 0xff
    writeFileSync(file, bad)
    try {
      const dst = freshStore()
      const err = await expectCode(pullImage(dst, ref), 'REGISTRY_DIGEST_MISMATCH')
      expect(err.message).toMatch(new RegExp(`^layer ${layer} of ${reg.domain}/tsc/busybox:v1: content digest is sha256:[0-9a-f]{64}, expected ${layer}$`))
      expect(contents(dst)).toEqual({ blobs: [], snapshots: [], meta: [], ingest: [] })
      expect(await dst.list()).toEqual([])
    } finally {
      writeFileSync(file, original)
    }
  })

  it('an aborted pull (Ctrl-C) stops its downloads and adds nothing', async () => {
    const dst = freshStore()
    const ac = new AbortController()
    const err = await expectCode(pullImage(dst, ref, { signal: ac.signal, onProgress: (e) => e.status === 'Pulling fs layer' && ac.abort() }), 'REGISTRY_ABORTED')
    expect(err.message).toBe(`pull of ${ref} aborted`)
    expect(contents(dst)).toEqual({ blobs: [], snapshots: [], meta: [], ingest: [] })
  })

  it('a second image sharing the layer: only the config is new, the layer "Already exists"', async () => {
    const ref2 = `${reg.domain}/tsc/other:v2`
    await src.tag(ref, `${reg.domain}/tsc/other:v1`)
    // Cross-repository mount: the store knows tsc/busybox on this registry has the layer.
    const events: RegistryProgress[] = []
    await pushImage(src, `${reg.domain}/tsc/other:v1`, { onProgress: (e) => events.push(e) })
    expect(events.filter((e) => e.id).map((e) => e.status)).toEqual(['Preparing', 'Mounted from tsc/busybox'])
    const dst = freshStore()
    await pullImage(dst, ref)
    const img2 = await src.importRootfs(busyboxTar, { ref: ref2, changes: ['ENV X=1'] })
    await pushImage(src, ref2)
    const pulled: RegistryProgress[] = []
    const res = await pullImage(dst, ref2, { onProgress: (e) => pulled.push(e) })
    expect(res.id).toBe(img2.id)
    expect(pulled.filter((e) => e.id).map((e) => e.status)).toEqual(['Already exists'])
  })
})

const sha = (b: Buffer): `sha256:${string}` => `sha256:${createHash('sha256').update(b).digest('hex')}`

/** Uploads documents and blobs as another client would (docker buildx, for instance). */
async function rawPush(repo: string, blobs: Buffer[], manifests: [string, Buffer, string][]): Promise<void> {
  const client = new RegistryClient({ endpoint: endpointFor(reg.domain), repository: repo, actions: 'pull,push' })
  try {
    for (const b of blobs) {
      if (await client.hasBlob(sha(b))) continue
      const loc = await client.startUpload(sha(b))
      if (loc === 'mounted') continue
      await client.finishUpload(loc, sha(b), b.length, () => Readable.from([b]))
    }
    for (const [ref, bytes, mediaType] of manifests) {
      const res = await client.request(`/v2/${repo}/manifests/${ref}`, { method: 'PUT', headers: { 'content-type': mediaType }, body: bytes })
      res.body.resume()
      expect(res.status).toBe(201)
    }
  } finally {
    client.close()
  }
}

describe('a multi-platform index with gzip layers in docker schema 2 manifests', () => {
  const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json'
  const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json'
  let layer: Buffer
  let diffId: string

  function image(arch: string, diff: string): { config: Buffer; manifest: Buffer } {
    const config = Buffer.from(JSON.stringify({ architecture: arch, os: 'linux', config: { Cmd: ['sh'] }, rootfs: { type: 'layers', diff_ids: [diff] }, history: [{ created_by: 'test' }] }))
    const manifest = Buffer.from(JSON.stringify({
      schemaVersion: 2, mediaType: DOCKER_MANIFEST,
      config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: config.length, digest: sha(config) },
      layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: layer.length, digest: sha(layer) }],
    }, null, 3))
    return { config, manifest }
  }

  beforeAll(async () => {
    const tar = readFileSync(busyboxTar)
    diffId = sha(tar)
    layer = gzipSync(tar)
    const amd = image('amd64', diffId)
    const arm = image('arm64', diffId)
    const wrong = image('amd64', sha(Buffer.from('not the layer')))
    const attestation = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', size: 2, digest: sha(Buffer.from('{}')) }, layers: [] }))
    const list = (m: Buffer) => Buffer.from(JSON.stringify({
      schemaVersion: 2, mediaType: DOCKER_LIST,
      manifests: [
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', size: attestation.length, digest: sha(attestation), platform: { os: 'unknown', architecture: 'unknown' }, annotations: { 'vnd.docker.reference.type': 'attestation-manifest' } },
        { mediaType: DOCKER_MANIFEST, size: arm.manifest.length, digest: sha(arm.manifest), platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
        { mediaType: DOCKER_MANIFEST, size: m.length, digest: sha(m), platform: { os: 'linux', architecture: 'amd64' } },
      ],
    }))
    await rawPush('multi/bb', [layer, amd.config, arm.config, wrong.config, Buffer.from('{}')], [
      [sha(attestation), attestation, 'application/vnd.oci.image.manifest.v1+json'],
      [sha(amd.manifest), amd.manifest, DOCKER_MANIFEST],
      [sha(arm.manifest), arm.manifest, DOCKER_MANIFEST],
      [sha(wrong.manifest), wrong.manifest, DOCKER_MANIFEST],
      ['v1', list(amd.manifest), DOCKER_LIST],
      ['wrong', list(wrong.manifest), DOCKER_LIST],
    ])
  })

  it('picks linux/amd64, skips the attestation, unpacks the gzip layer; RepoDigest is the index digest', async () => {
    const dst = freshStore()
    const ref = `${reg.domain}/multi/bb:v1`
    const res = await pullImage(dst, ref, { platform: 'linux/amd64' })
    const info = await dst.inspect(ref)
    expect(info.Architecture).toBe('amd64')
    expect(info.RootFS.Layers).toEqual([diffId])
    expect(info.RepoDigests).toEqual([`${reg.domain}/multi/bb@${res.digest}`])
    expect(readFileSync(join((await dst.resolve(ref)).lowerDirs[0]!, 'etc/group'), 'utf8')).toContain('root:x:0:')
    // The layer is stored as the registry has it (gzip): pushing it elsewhere keeps the blob.
    expect(dst.manifest(res.id).layers[0]).toMatchObject({ digest: sha(layer), mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip' })
    const arm = freshStore()
    expect((await pullImage(arm, ref, { platform: 'linux/arm64' })).id).not.toBe(res.id)
    const err = await expectCode(pullImage(freshStore(), ref, { platform: 'linux/s390x' }), 'REGISTRY_NO_PLATFORM')
    expect(err.message).toBe(`no matching manifest for linux/s390x in the manifest list entries of ${ref} (it has linux/arm64/v8, linux/amd64)`)
  })

  it('a config whose diff_id does not match the layer: error, nothing added', async () => {
    const dst = freshStore()
    const err = await expectCode(pullImage(dst, `${reg.domain}/multi/bb:wrong`, { platform: 'linux/amd64' }), 'IMAGE_DIGEST_MISMATCH')
    expect(err.message).toContain('layer 1')
    expect(contents(dst)).toEqual({ blobs: [], snapshots: [], meta: [], ingest: [] })
  })
})
