import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  compileDeviceFilter,
  DEVCG_ACC_MKNOD as M,
  DEVCG_ACC_READ as R,
  DEVCG_ACC_WRITE as W,
  type DeviceState,
  deviceFilterInsns,
  emulateDeviceRules,
  encodeInsns,
} from '../../src/cgroups/device-filter.js'
import { dockerDeviceRules, parseDeviceCgroupRule, privilegedDeviceRules } from '../../src/cgroups/devices.js'
import type { DeviceRule } from '../../src/cgroups/types.js'

interface Request {
  type: 'c' | 'b'
  major: number
  minor: number
  access: number
}

/**
 * Runs the encoded program the way the kernel would on a bpf_cgroup_dev_ctx, for the subset
 * of eBPF the generator emits; anything else throws, so a new opcode needs a test first.
 */
function run(program: Uint8Array, q: Request): number {
  const ctx = [((q.access << 16) | (q.type === 'b' ? 1 : 2)) >>> 0, q.major, q.minor]
  const reg = new Array<number>(11).fill(0)
  const view = Buffer.from(program)
  const n = view.length / 8
  for (let pc = 0, steps = 0; pc < n && steps < 10_000; pc++, steps++) {
    const code = view.readUInt8(pc * 8)
    const dst = view.readUInt8(pc * 8 + 1) & 0xf
    const src = view.readUInt8(pc * 8 + 1) >> 4
    const off = view.readInt16LE(pc * 8 + 2)
    const imm = view.readInt32LE(pc * 8 + 4)
    switch (code) {
      case 0x61:
        if (src !== 1 || off % 4 || off > 8) throw new Error(`ctx load at ${off} from r${src}`)
        reg[dst] = ctx[off / 4]!
        break
      case 0x54: reg[dst] = (reg[dst]! & imm) >>> 0; break
      case 0x74: reg[dst] = reg[dst]! >>> imm; break
      case 0xb7: reg[dst] = imm; break
      case 0xbf: reg[dst] = reg[src]!; break
      case 0x15: if (reg[dst] === imm) pc += off; break
      case 0x55: if (reg[dst] !== imm) pc += off; break
      case 0x95: return reg[0]!
      default: throw new Error(`opcode 0x${code.toString(16)} at ${pc}`)
    }
  }
  throw new Error('fell off the end of the program')
}

/** The v1 kernel's decision (security/device_cgroup.c devcgroup_legacy_check_permission). */
function v1Allows(s: DeviceState, q: Request): boolean {
  const hits = (partial: boolean) =>
    s.exceptions.some((e) => e.type === q.type && (e.major < 0 || e.major === q.major) && (e.minor < 0 || e.minor === q.minor) &&
      (partial ? (q.access & e.access) !== 0 : (q.access & ~e.access) === 0))
  return s.defaultAllow ? !hits(true) : hits(false)
}

const docker = compileDeviceFilter(dockerDeviceRules())
const allowed = (type: 'c' | 'b', major: number, minor: number, access: number) => run(docker, { type, major, minor, access }) === 1

describe('cgroup v2 device filter (BPF_PROG_TYPE_CGROUP_DEVICE)', () => {
  it("docker's rules: the default nodes, pts and ptmx work; mknod of anything; no other device opens", () => {
    for (const [maj, min] of [[1, 3], [1, 5], [1, 7], [1, 8], [1, 9], [5, 0], [5, 1], [5, 2], [136, 0], [136, 9999], [10, 200]])
      expect(allowed('c', maj!, min!, R | W), `c ${maj}:${min}`).toBe(true)
    expect(allowed('b', 8, 0, M)).toBe(true)
    expect(allowed('c', 10, 229, M)).toBe(true)
    expect(allowed('b', 8, 0, R)).toBe(false) // a host disk
    expect(allowed('b', 254, 0, R)).toBe(false)
    expect(allowed('b', 8, 0, R | M)).toBe(false)
    expect(allowed('c', 10, 229, R | W)).toBe(false) // /dev/fuse
    expect(allowed('c', 1, 1, R)).toBe(false) // /dev/mem
    expect(allowed('c', 4, 1, W)).toBe(false) // a host tty
  })

  it('emulates the v1 controller: the fuse deny is a no-op under deny-all, same-kind rules narrow', () => {
    const s = emulateDeviceRules(dockerDeviceRules())
    expect(s.defaultAllow).toBe(false)
    expect(s.exceptions.map((e) => `${e.type} ${e.major}:${e.minor} ${e.access}`)).toEqual([
      'c 1:5 7', 'c 1:3 7', 'c 1:9 7', 'c 1:8 7', 'c 5:0 7', 'c 5:1 7', 'c -1:-1 1', 'b -1:-1 1', 'c 1:7 7',
      'c 136:-1 7', 'c 5:2 7', 'c 10:200 7',
    ])
    const rules = ['c 1:3 rwm', 'c 1:3 w', 'c 1:3 r', 'c 1:3 m'].map((t) => parseDeviceCgroupRule(t)!)
    rules[1] = { ...rules[1]!, allow: false }
    rules[2] = { ...rules[2]!, allow: false }
    const narrowed = emulateDeviceRules([{ allow: false, type: 'a', major: -1, minor: -1, access: 'rwm' }, ...rules])
    expect(narrowed.exceptions).toEqual([{ type: 'c', major: 1, minor: 3, access: M }])
  })

  it('privileged rules compile to allow-everything; an empty deny-all denies everything', () => {
    const all = compileDeviceFilter(privilegedDeviceRules())
    expect(run(all, { type: 'b', major: 8, minor: 0, access: R | W | M })).toBe(1)
    const none = compileDeviceFilter([{ allow: false, type: 'a', major: -1, minor: -1, access: 'rwm' }])
    expect(run(none, { type: 'c', major: 1, minor: 3, access: R })).toBe(0)
    expect(deviceFilterInsns({ defaultAllow: false, exceptions: [] })).toHaveLength(8)
  })

  it('encodes struct bpf_insn little-endian, registers packed dst | src << 4', () => {
    const b = Buffer.from(encodeInsns([[0x61, 3, 1, 4, 0], [0x55, 4, 0, 2, 254], [0xb7, 0, 0, 0, -1]]))
    expect(b.toString('hex')).toBe(['6113040000000000', '55040200fe000000', 'b7000000ffffffff'].join(''))
  })

  it('every jump lands inside the program and nothing is unreachable (the verifier refuses both)', () => {
    const insns = deviceFilterInsns(emulateDeviceRules(dockerDeviceRules()))
    const reached = new Set<number>([0])
    insns.forEach(([code, , , off], pc) => {
      if (!reached.has(pc)) return
      if (code !== 0x95) reached.add(pc + 1)
      if (code === 0x15 || code === 0x55) {
        expect(pc + 1 + off).toBeLessThan(insns.length)
        reached.add(pc + 1 + off)
      }
    })
    expect(reached.size).toBe(insns.length)
    expect(insns.at(-1)![0]).toBe(0x95)
  })

  it('agrees with the v1 kernel semantics for any rule list and request (property)', () => {
    const num = fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 3 }))
    const acc = fc.subarray(['r', 'w', 'm'], { minLength: 1 }).map((a) => a.join(''))
    const rule = fc.record({ allow: fc.boolean(), type: fc.constantFrom('a', 'c', 'b'), major: num, minor: num, access: acc }) as fc.Arbitrary<DeviceRule>
    const request = fc.record({ type: fc.constantFrom('c', 'b'), major: fc.integer({ min: 0, max: 3 }), minor: fc.integer({ min: 0, max: 3 }), access: fc.integer({ min: 1, max: 7 }) }) as fc.Arbitrary<Request>
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 12 }), fc.array(request, { minLength: 1, maxLength: 8 }), (rules, qs) => {
        const program = compileDeviceFilter(rules)
        const state = emulateDeviceRules(rules)
        for (const q of qs) expect(run(program, q) === 1).toBe(v1Allows(state, q))
      }),
      { numRuns: 400 },
    )
  })
})
