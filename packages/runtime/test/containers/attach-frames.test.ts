import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { encodeFrame, FRAME_EXIT, FrameDecoder, parseExitPayload } from '../../src/containers/attach-frames.js'
import { parseHandshake } from '../../src/containers/supervisor-client.js'

describe('attach frames', () => {
  it('encodes docker multiplexed headers', () => {
    expect([...encodeFrame(2, 'hi')]).toEqual([2, 0, 0, 0, 0, 0, 0, 2, 104, 105])
    expect(encodeFrame(1, Buffer.alloc(70000)).readUInt32BE(4)).toBe(70000)
  })

  it('decodes frames split at any byte boundary', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(1, 2), fc.uint8Array({ maxLength: 300 })), { maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 20 }),
        (frames, cuts) => {
          const wire = Buffer.concat([...frames.map(([s, p]) => encodeFrame(s, Buffer.from(p))), encodeFrame(FRAME_EXIT, 'exit 3')])
          const d = new FrameDecoder()
          const got: Array<[number, number[]]> = []
          let off = 0
          let i = 0
          while (off < wire.length) {
            const n = cuts[i++ % cuts.length]!
            for (const f of d.push(wire.subarray(off, off + n))) got.push([f.stream, [...f.payload]])
            off += n
          }
          expect(d.buffered).toBe(0)
          expect(got).toEqual([...frames.map(([s, p]) => [s, [...p]]), [3, [...Buffer.from('exit 3')]]])
        },
      ),
    )
  })

  it('parses exit payloads', () => {
    expect(parseExitPayload(Buffer.from('exit 137'))).toBe(137)
    expect(parseExitPayload(Buffer.from('exit -1'))).toBe(-1)
    expect(parseExitPayload(Buffer.from('bye'))).toBeUndefined()
  })
})

describe('supervisor handshake', () => {
  it('parses ok and err lines', () => {
    expect(parseHandshake('ok 1234')).toEqual({ ok: true, pid: 1234 })
    expect(parseHandshake('err 127 /bin/nope: executable file not found in $PATH')).toEqual({
      ok: false,
      exitCode: 127,
      message: '/bin/nope: executable file not found in $PATH',
    })
    expect(parseHandshake('garbage')).toMatchObject({ ok: false, exitCode: 125 })
  })
})
