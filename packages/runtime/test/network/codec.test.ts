import { describe, expect, it } from 'vitest'
import { NLM_F, RTM, decodeAttrs, decodeLink, decodeReplies, encodeRequest, msgCreateVeth, msgSetLink } from '../../src/native/netlink-codec.js'

describe('rtnetlink codec', () => {
  it('encodes a veth pair with the peer in another netns', () => {
    const buf = encodeRequest([msgCreateVeth({ name: 'eth0', index: 1000, up: true, peer: { name: 'tvabc', netnsFd: 19 } })], 7)
    expect(buf.readUInt32LE(0)).toBe(buf.length)
    expect(buf.readUInt16LE(4)).toBe(RTM.NEWLINK)
    expect(buf.readUInt16LE(6)).toBe(NLM_F.REQUEST | NLM_F.ACK | NLM_F.CREATE | NLM_F.EXCL)
    expect(buf.readUInt32LE(8)).toBe(7)
    expect(buf.readInt32LE(16 + 4)).toBe(1000) // ifi_index
    const attrs = decodeAttrs(buf.subarray(32))
    expect(attrs.get(3)!.toString()).toBe('eth0\0')
    const linkinfo = decodeAttrs(attrs.get(18)!)
    expect(linkinfo.get(1)!.toString()).toBe('veth\0')
    const peer = decodeAttrs(linkinfo.get(2)!).get(1)!
    const peerAttrs = decodeAttrs(peer.subarray(16))
    expect(peerAttrs.get(3)!.toString()).toBe('tvabc\0')
    expect(peerAttrs.get(28)!.readUInt32LE(0)).toBe(19) // IFLA_NET_NS_FD
  })

  it('decodes errors with the kernel extack message, and links', () => {
    const req = encodeRequest([msgSetLink({ name: 'x' }, { up: true })], 1)
    // An NLMSG_ERROR (-ENODEV) with NLM_F_ACK_TLVS and an extack message, as the kernel sends it.
    const msg = Buffer.from('no such device\0')
    const tlv = Buffer.alloc(4 + 16)
    tlv.writeUInt16LE(4 + msg.length, 0)
    tlv.writeUInt16LE(1, 2)
    msg.copy(tlv, 4)
    const body = Buffer.concat([Buffer.alloc(4), req.subarray(0, 16), tlv])
    body.writeInt32LE(-19, 0)
    const hdr = Buffer.alloc(16)
    hdr.writeUInt32LE(16 + body.length, 0)
    hdr.writeUInt16LE(2, 4)
    hdr.writeUInt16LE(0x200 | 0x100, 6)
    hdr.writeUInt32LE(1, 8)
    const { errors } = decodeReplies(Buffer.concat([hdr, body]))
    expect(errors).toEqual([{ seq: 1, errno: 19, code: 'ENODEV', message: 'no such device' }])
    const link = decodeLink(Buffer.concat([Buffer.from([0, 0, 0, 0, 5, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]), Buffer.from([8, 0, 3, 0, 0x62, 0x72, 0x30, 0])]))
    expect(link).toMatchObject({ index: 5, name: 'br0', up: true })
  })
})
