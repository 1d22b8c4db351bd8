import { describe, expect, it } from 'vitest'
import { applyChanges, splitWords } from '../../src/images/changes.js'
import { Readable } from 'node:stream'
import { rewritePaxBody } from '../../src/images/pax-xattrs.js'
import { packDir } from '../../src/images/pack.js'
import { unpackLayer } from '../../src/images/unpack.js'
import { fakeFs } from './tar-helpers.js'
import { formatTable, historyRows, humanSize, imageRows, renderTemplate } from '../../src/images/format.js'
import { toHistory } from '../../src/images/inspect.js'
import type { Digest } from '../../src/images/digest.js'

describe('--change lines', () => {
  it('applies Dockerfile-like instructions in order', () => {
    const c = applyChanges({ Cmd: ['old'], Env: ['A=0', 'PATH=/bin'] }, [
      'ENV A=1 B="two words"',
      'ENV LEGACY value with spaces',
      'CMD echo hi',
      'EXPOSE 80 53/udp 8000-8001',
      'LABEL a=b "c d"=e',
      'USER nobody:nogroup',
      'WORKDIR /srv',
      'WORKDIR app',
      'VOLUME ["/data", "/logs"]',
      'VOLUME /cache',
      'STOPSIGNAL SIGQUIT',
      'ONBUILD RUN make',
      '# comment',
    ])
    expect(c).toEqual({
      Cmd: ['/bin/sh', '-c', 'echo hi'],
      Env: ['A=1', 'PATH=/bin', 'B=two words', 'LEGACY=value with spaces'],
      ExposedPorts: { '80/tcp': {}, '53/udp': {}, '8000/tcp': {}, '8001/tcp': {} },
      Labels: { a: 'b', 'c d': 'e' },
      User: 'nobody:nogroup',
      WorkingDir: '/srv/app',
      Volumes: { '/data': {}, '/logs': {}, '/cache': {} },
      StopSignal: 'SIGQUIT',
      OnBuild: ['RUN make'],
    })
  })

  it('ENTRYPOINT resets an inherited CMD but not one set alongside', () => {
    expect(applyChanges({ Cmd: ['sh'] }, ['ENTRYPOINT ["/init"]'])).toEqual({ Cmd: null, Entrypoint: ['/init'] })
    expect(applyChanges({ Cmd: ['sh'] }, ['CMD ["x"]', 'ENTRYPOINT ["/init"]'])).toEqual({ Cmd: ['x'], Entrypoint: ['/init'] })
  })

  it.each([
    ['RUN make', /"RUN" is not a valid change command/],
    ['EXPOSE 99999', /invalid port range "99999"/],
    ['EXPOSE http', /invalid port "http"/],
    ['LABEL novalue', /"novalue" is not KEY=VALUE/],
    ['USER', /USER needs a user/],
    ['ENV A="unterminated', /unterminated quote/],
  ])('rejects %j', (line, msg) => {
    expect(() => applyChanges({}, [line])).toThrow(msg)
  })

  it('splits words with quotes and escapes', () => {
    expect(splitWords(`a "b c" 'd e' f\\ g ""`)).toEqual(['a', 'b c', 'd e', 'f g', ''])
  })
})

describe('PAX xattr records keep their bytes', () => {
  const cap = Buffer.from([0x01, 0x00, 0x00, 0x02, 0x00, 0x20, 0x00, 0x00, 0xff, 0xfe, 0x80])

  it('decode turns raw SCHILY.xattr values into base64 records and encode back, other records untouched', () => {
    const path = Buffer.from(' path=dir/ünïcode\n')
    const pathRec = Buffer.concat([Buffer.from(String(path.length + 2)), path])
    const capBody = Buffer.concat([Buffer.from(' SCHILY.xattr.security.capability='), cap, Buffer.from('\n')])
    const capRec = Buffer.concat([Buffer.from(String(capBody.length + 2)), capBody])
    const body = Buffer.concat([pathRec, capRec])
    const decoded = rewritePaxBody(body, 'decode')!
    expect(decoded.toString('utf8')).toContain(`TSC.xattr64.security.capability=${cap.toString('base64')}\n`)
    expect(decoded.subarray(0, pathRec.length)).toEqual(pathRec)
    expect(rewritePaxBody(decoded, 'encode')).toEqual(body)
    expect(rewritePaxBody(pathRec, 'decode')).toBeUndefined()
    // every record's length prefix counts the whole record
    for (const b of [decoded, body]) {
      let rest = b
      while (rest.length) {
        const n = Number(rest.subarray(0, rest.indexOf(0x20)).toString())
        expect(rest[n - 1]).toBe(0x0a)
        rest = rest.subarray(n)
      }
    }
  })

  it('round-trips a binary xattr through packDir and unpackLayer', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const dir = mkdtempSync(join(tmpdir(), 'tsc-pax-'))
    try {
      const { fs } = fakeFs()
      mkdirSync(join(dir, 'src'))
      writeFileSync(join(dir, 'src/ping'), 'x')
      fs.lsetxattr(join(dir, 'src/ping'), 'security.capability', cap)
      const chunks: Buffer[] = []
      for await (const c of packDir(join(dir, 'src'), { fs, overlayWhiteouts: false })) chunks.push(c as Buffer)
      const tar = Buffer.concat(chunks)
      // what other tars read: the raw bytes under SCHILY.xattr
      expect(tar.includes(Buffer.concat([Buffer.from('SCHILY.xattr.security.capability='), cap]))).toBe(true)
      const { fs: fs2, xattrs } = fakeFs()
      mkdirSync(join(dir, 'dest'))
      await unpackLayer(Readable.from([tar]), join(dir, 'dest'), { fs: fs2 })
      expect(xattrs.get(join(dir, 'dest/ping'))?.get('security.capability')).toEqual(cap)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('docker-like output', () => {
  it('sizes with 3 significant digits in decimal units', () => {
    expect([0, 26, 999, 1000, 143360, 1982282, 4_260_000, 1.5e9].map(humanSize)).toEqual(['0B', '26B', '999B', '1kB', '143kB', '1.98MB', '4.26MB', '1.5GB'])
  })

  it('tables pad columns by 3 spaces and leave the last one ragged', () => {
    expect(formatTable(['A', 'BB', 'C'], [['xxxx', 'y', 'z'], ['', 'long value', '']])).toBe('A      BB           C\nxxxx   y            z\n       long value\n')
  })

  it('renders {{.Field}} and {{json .}} templates', () => {
    expect(renderTemplate('{{.ID}}\\t{{json .Tags}} {{ .Missing }}', { ID: 'x', Tags: ['a'] })).toBe('x\t["a"] <no value>')
    expect(renderTemplate('{{json .}}', { a: 1 })).toBe('{"a":1}')
  })

  it('lists one row per tag and <none> for untagged images', () => {
    const now = Date.parse('2024-01-15T00:00:00Z')
    const rows = imageRows(
      [
        { Id: `sha256:${'a'.repeat(64)}`, RepoTags: ['busybox:latest', 'localhost:5000/x/bb:1'], RepoDigests: [], Created: now / 1000 - 3 * 86400, Size: 1982282, Labels: null, Containers: 0 },
        { Id: `sha256:${'b'.repeat(64)}`, RepoTags: [], RepoDigests: [], Created: now / 1000 - 30, Size: 26, Labels: null, Containers: 0 },
      ],
      { now },
    )
    expect(rows.map((r) => [r.Repository, r.Tag, r.ID, r.CreatedSince, r.Size])).toEqual([
      ['busybox', 'latest', 'aaaaaaaaaaaa', '3 days ago', '1.98MB'],
      ['localhost:5000/x/bb', '1', 'aaaaaaaaaaaa', '3 days ago', '1.98MB'],
      ['<none>', '<none>', 'bbbbbbbbbbbb', '30 seconds ago', '26B'],
    ])
  })

  it('history: newest first, sizes from layers, empty layers 0, ID on the top row only', () => {
    const id = `sha256:${'c'.repeat(64)}` as Digest
    const items = toHistory(
      id,
      {
        architecture: 'amd64',
        os: 'linux',
        rootfs: { type: 'layers', diff_ids: [id, id] },
        history: [{ created_by: 'ADD rootfs' }, { created_by: 'ENV x', empty_layer: true }, { created_by: '/bin/sh -c ' + 'x'.repeat(60) }],
      },
      [1000, 2000],
      ['t:1'],
    )
    expect(items.map((h) => [h.Id, h.Size, h.Tags])).toEqual([[id, 2000, ['t:1']], ['<missing>', 0, null], ['<missing>', 1000, null]])
    expect(historyRows(items)[0]!.CreatedBy).toBe('/bin/sh -c ' + 'x'.repeat(33) + '…')
  })
})
