import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ImageStore } from '../../packages/runtime/src/images/store.js'
import { makeBusyboxTar } from '../helpers/busybox.js'
import { ScopedLeftovers } from '../helpers/scoped-leftovers.js'

let leftovers: ScopedLeftovers
let root: string
let busyboxTar: string
const ls = (p: string): string[] => (existsSync(p) ? readdirSync(p) : [])
const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

beforeAll(() => {
  leftovers = new ScopedLeftovers('tsc-imgarc-')
  root = mkdtempSync(join(tmpdir(), 'tsc-imgarc-'))
  busyboxTar = makeBusyboxTar()
})
afterAll(() => {
  rmSync(root, { recursive: true, force: true })
  rmSync(dirname(busyboxTar), { recursive: true, force: true })
  leftovers.expectClean()
})

/** Every path under dir with its type, mode, owner and (for files) content hash. */
function tree(dir: string): string[] {
  return execFileSync('find', [dir, '-printf', '%P %y %m %u:%g %l\\n'], { encoding: 'utf8' }).split('\n').filter(Boolean).sort()
}

describe('image save → image load', () => {
  it('round-trips: same ID, same names, same snapshot contents, byte-identical re-save', async () => {
    const a = new ImageStore({ root: join(root, 'a') })
    const { id } = await a.importRootfs(busyboxTar, { ref: 'bb:rt', changes: ['ENTRYPOINT ["/bin/sh"]'], message: 'round trip' })
    await a.tag('bb:rt', 'localhost:5000/team/bb:v1')
    const out = join(root, 'bb.tar')
    await a.save(['bb:rt', 'localhost:5000/team/bb:v1'], out)

    const names = execFileSync('tar', ['-tf', out], { encoding: 'utf8' }).split('\n').filter(Boolean)
    expect(names).toEqual(expect.arrayContaining(['oci-layout', 'index.json', 'manifest.json', 'repositories']))
    const manifest = JSON.parse(execFileSync('tar', ['-xOf', out, 'manifest.json'], { encoding: 'utf8' })) as { Config: string; RepoTags: string[]; Layers: string[] }[]
    expect(manifest).toEqual([{ Config: `blobs/sha256/${id.slice(7)}`, RepoTags: ['bb:rt', 'localhost:5000/team/bb:v1'], Layers: [expect.stringMatching(/^blobs\/sha256\/[0-9a-f]{64}$/)] }])
    for (const p of [manifest[0]!.Config, ...manifest[0]!.Layers]) expect(names).toContain(p)
    const index = JSON.parse(execFileSync('tar', ['-xOf', out, 'index.json'], { encoding: 'utf8' })) as { manifests: { annotations: Record<string, string> }[] }
    expect(index.manifests.map((m) => m.annotations)).toEqual([
      { 'io.containerd.image.name': 'docker.io/library/bb:rt', 'org.opencontainers.image.ref.name': 'rt' },
      { 'io.containerd.image.name': 'localhost:5000/team/bb:v1', 'org.opencontainers.image.ref.name': 'v1' },
    ])

    const b = new ImageStore({ root: join(root, 'b') })
    const res = await b.load(createReadStream(out))
    expect(res.images.map((i) => i.id)).toEqual([id])
    expect(res.messages).toEqual(['Loaded image: bb:rt', 'Loaded image: localhost:5000/team/bb:v1'])
    const ia = await a.inspect('bb:rt')
    const ib = await b.inspect('bb:rt')
    expect({ ...ib, GraphDriver: null, Metadata: null }).toEqual({ ...ia, GraphDriver: null, Metadata: null })
    const ra = await a.resolve('bb:rt')
    const rb = await b.resolve('localhost:5000/team/bb:v1')
    expect(tree(rb.lowerDirs[0]!)).toEqual(tree(ra.lowerDirs[0]!))
    expect(sha(readFileSync(join(rb.lowerDirs[0]!, 'bin/busybox')))).toBe(sha(readFileSync('/bin/busybox')))

    const again = join(root, 'again.tar')
    await b.save(['bb:rt', 'localhost:5000/team/bb:v1'], again)
    expect(sha(readFileSync(again))).toBe(sha(readFileSync(out)))
  })

  it('refuses an archive whose layer blob was altered, adding nothing', async () => {
    const a = new ImageStore({ root: join(root, 'a') })
    const out = join(root, 'tamper.tar')
    await a.save(['bb:rt'], out)
    // Flip one byte inside busybox's content: the blob no longer matches its digest.
    const buf = readFileSync(out)
    const at = buf.indexOf(Buffer.from('\x7fELF'))
    expect(at).toBeGreaterThan(0)
    buf[at + 200] = buf[at + 200]! ^ 0xff
    writeFileSync(out, buf)
    const c = new ImageStore({ root: join(root, 'c') })
    await expect(c.load(out)).rejects.toMatchObject({ code: 'IMAGE_DIGEST_MISMATCH' })
    expect(await c.list()).toEqual([])
    expect(ls(join(root, 'c/images/snapshots'))).toEqual([])
    expect(ls(join(root, 'c/images/blobs/sha256'))).toEqual([])
    expect(ls(join(root, 'c/images/ingest'))).toEqual([])
  })

  it('writes nothing at the target when save fails', async () => {
    const a = new ImageStore({ root: join(root, 'a') })
    const out = join(root, 'never.tar')
    await expect(a.save(['bb:rt', 'missing:1'], out)).rejects.toMatchObject({ code: 'IMAGE_NOT_FOUND', message: 'No such image: missing:1' })
    expect(readdirSync(root).filter((f) => f.includes('never'))).toEqual([])
  })
})
