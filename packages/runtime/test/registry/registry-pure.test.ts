import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as zlib from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { parseWwwAuthenticate } from '../../src/registry/auth.js'
import { credentialFiles, findCredentials, keyHost, saveCredentials, removeCredentials } from '../../src/registry/credentials.js'
import { endpointFor, isInsecure } from '../../src/registry/hosts.js'
import { checkImageManifest, parsePlatform, selectManifest } from '../../src/registry/manifest.js'
import { manifestForPush } from '../../src/registry/push.js'
import { serverDomain } from '../../src/registry/login.js'
import { MT, type ImageIndex, type Manifest } from '../../src/images/oci.js'

const D = (c: string) => `sha256:${c.repeat(64)}` as const
const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('WWW-Authenticate', () => {
  it('parses docker hub\'s bearer challenge', () => {
    expect(parseWwwAuthenticate('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull"')).toEqual([
      { scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/alpine:pull' } },
    ])
  })
  it('parses several challenges, quoted commas, escapes and token values', () => {
    expect(parseWwwAuthenticate(['Basic realm="a, b"', 'Bearer realm="x\\"y", error=insufficient_scope'])).toEqual([
      { scheme: 'basic', params: { realm: 'a, b' } },
      { scheme: 'bearer', params: { realm: 'x"y', error: 'insufficient_scope' } },
    ])
    expect(parseWwwAuthenticate(undefined)).toEqual([])
  })
})

describe('endpoints', () => {
  it('docker.io goes to registry-1.docker.io over https only', () => {
    expect(endpointFor('docker.io')).toEqual({ domain: 'docker.io', apiHost: 'registry-1.docker.io', schemes: ['https'], skipTlsVerify: false })
  })
  it('loopback and listed registries are insecure (https without verification, and http)', () => {
    expect(endpointFor('127.0.0.1:5000').schemes).toEqual(['http', 'https'])
    expect(endpointFor('10.1.2.3:5000', ['10.0.0.0/8']).schemes).toEqual(['https', 'http'])
    expect(isInsecure('localhost:5000')).toBe(true)
    expect(isInsecure('127.10.0.3')).toBe(true)
    expect(isInsecure('[::1]:5000')).toBe(true)
    expect(isInsecure('registry.example:5000')).toBe(false)
    expect(isInsecure('registry.example:5000', ['registry.example:5000'])).toBe(true)
    expect(isInsecure('10.1.2.3:5000', ['10.0.0.0/8'])).toBe(true)
    expect(isInsecure('11.1.2.3:5000', ['10.0.0.0/8'])).toBe(false)
  })
  it('login server names', () => {
    expect(serverDomain(undefined)).toBe('docker.io')
    expect(serverDomain('https://index.docker.io/v1/')).toBe('docker.io')
    expect(serverDomain('http://127.0.0.1:5000/')).toBe('127.0.0.1:5000')
  })
})

describe('credentials', () => {
  it('finds docker config.json entries by host, root auth.json first; save and remove', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsc-regcred-'))
    dirs.push(dir)
    const docker = join(dir, 'docker')
    const files = credentialFiles(dir, { DOCKER_CONFIG: docker })
    expect(files).toEqual([join(dir, 'auth.json'), join(docker, 'config.json')])
    expect(credentialFiles(undefined, { HOME: '/h' })).toEqual(['/h/.docker/config.json'])
    saveCredentials(files[1]!, 'docker.io', 'hub', 'x')
    expect(findCredentials('docker.io', files)).toEqual({ username: 'hub', password: 'x' })
    writeFileSync(files[0]!, JSON.stringify({ auths: { 'https://r.example:5000/v2/': { username: 'u', password: 'p' }, 'o.example': { identitytoken: 'tok' } } }))
    expect(findCredentials('r.example:5000', files)).toEqual({ username: 'u', password: 'p' })
    expect(findCredentials('o.example', files)).toEqual({ identityToken: 'tok' })
    expect(findCredentials('none.example', files)).toBeUndefined()
    expect(keyHost('https://index.docker.io/v1/')).toBe('docker.io')
    expect(removeCredentials(files[1]!, 'docker.io')).toBe(true)
    expect(findCredentials('docker.io', files)).toBeUndefined()
    writeFileSync(files[0]!, '{nope')
    expect(() => findCredentials('x', files)).toThrow(/^cannot read credentials file .*auth\.json/)
  })
})

describe('manifests', () => {
  const index: ImageIndex = {
    schemaVersion: 2,
    manifests: [
      { mediaType: MT.ociManifest, digest: D('a'), size: 1, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
      { mediaType: MT.ociManifest, digest: D('b'), size: 1, platform: { os: 'unknown', architecture: 'unknown' }, annotations: { 'vnd.docker.reference.type': 'attestation-manifest' } },
      { mediaType: MT.ociManifest, digest: D('c'), size: 1, platform: { os: 'linux', architecture: 'amd64' } },
    ],
  }
  it('selects the platform, skipping attestations; arm64 means v8', () => {
    expect(selectManifest(index, parsePlatform('linux/amd64'), 'x').digest).toBe(D('c'))
    expect(selectManifest(index, parsePlatform('linux/arm64'), 'x').digest).toBe(D('a'))
    expect(() => selectManifest(index, parsePlatform('linux/s390x'), 'busybox')).toThrow('no matching manifest for linux/s390x in the manifest list entries of busybox (it has linux/arm64/v8, linux/amd64)')
    expect(() => parsePlatform('linux')).toThrow('invalid platform "linux": want os/arch[/variant]')
  })
  it('refuses what is not a container image, and foreign layers', () => {
    const m = (layer: string): Manifest => ({ schemaVersion: 2, config: { mediaType: MT.ociConfig, digest: D('1'), size: 2 }, layers: [{ mediaType: layer, digest: D('2'), size: 3 }] })
    expect(() => checkImageManifest(m(MT.ociLayerGzip), 'x')).not.toThrow()
    expect(() => checkImageManifest(m('application/vnd.docker.image.rootfs.foreign.diff.tar.gzip'), 'x')).toThrow(/foreign/)
    // zstd layers need Node >= 22.15: refused before anything is downloaded on older Node.
    const zstd = typeof (zlib as { createZstdDecompress?: unknown }).createZstdDecompress === 'function'
    if (zstd) expect(() => checkImageManifest(m(MT.ociLayerZstd), 'x')).not.toThrow()
    else expect(() => checkImageManifest(m(MT.ociLayerZstd), 'x')).toThrow(`x: layer 1 is zstd-compressed, which needs Node >= 22.15 (running ${process.version})`)
    expect(() => checkImageManifest(m('application/vnd.cncf.helm.chart.content.v1.tar+gzip'), 'x')).toThrow('x: layer 1 has media type "application/vnd.cncf.helm.chart.content.v1.tar+gzip", not a filesystem layer')
  })
  it('pushes docker schema 2 for docker layers, OCI otherwise', () => {
    const stored = (mt: string): Manifest => ({ schemaVersion: 2, mediaType: MT.ociManifest, config: { mediaType: MT.ociConfig, digest: D('1'), size: 9 }, layers: [{ mediaType: mt, digest: D('2'), size: 3 }] })
    const docker = JSON.parse(manifestForPush(stored(MT.dockerLayerGzip), 9).bytes.toString())
    expect(docker).toEqual({ schemaVersion: 2, mediaType: MT.dockerManifest, config: { mediaType: MT.dockerConfig, size: 9, digest: D('1') }, layers: [{ mediaType: MT.dockerLayerGzip, size: 3, digest: D('2') }] })
    expect(manifestForPush(stored(MT.ociLayer), 9).mediaType).toBe(MT.ociManifest)
  })
})
