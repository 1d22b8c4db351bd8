/**
 * docker's multiplexed stream format, as the supervisor's `attach` sends it without a tty:
 * an 8-byte header (stream byte: 1 stdout, 2 stderr, 3 = exit, then 3 zero bytes, then the
 * payload length as uint32 big-endian) followed by the payload. The exit frame's payload is
 * `exit <code>`.
 */

export const FRAME_STDOUT = 1
export const FRAME_STDERR = 2
export const FRAME_EXIT = 3

export interface Frame {
  readonly stream: number
  readonly payload: Buffer
}

export function encodeFrame(stream: number, payload: Buffer | string): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload
  const header = Buffer.alloc(8)
  header[0] = stream
  header.writeUInt32BE(body.length, 4)
  return Buffer.concat([header, body])
}

/** Incremental decoder: feed chunks as they arrive, get whole frames back. */
export class FrameDecoder {
  private pending: Buffer = Buffer.alloc(0)

  push(chunk: Buffer): Frame[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk])
    const frames: Frame[] = []
    let off = 0
    while (this.pending.length - off >= 8) {
      const len = this.pending.readUInt32BE(off + 4)
      if (this.pending.length - off - 8 < len) break
      frames.push({ stream: this.pending[off]!, payload: this.pending.subarray(off + 8, off + 8 + len) })
      off += 8 + len
    }
    this.pending = this.pending.subarray(off)
    return frames
  }

  /** Bytes of an incomplete frame still waiting for the rest. */
  get buffered(): number {
    return this.pending.length
  }
}

/** The exit code in an exit frame's payload (`exit 137`), or undefined if malformed. */
export function parseExitPayload(payload: Buffer): number | undefined {
  const m = /^exit (-?\d+)$/.exec(payload.toString('utf8'))
  return m ? Number(m[1]) : undefined
}
