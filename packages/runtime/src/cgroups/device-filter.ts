import type { DeviceRule } from './types.js'

/**
 * cgroup v2 has no devices.allow/devices.deny: device access is decided by an eBPF program
 * of type BPF_PROG_TYPE_CGROUP_DEVICE attached to the container's cgroup (crun
 * src/libcrun/ebpf.c, runc's devicefilter). This module turns the v1-style rule list into
 * that program's raw instructions (struct bpf_insn[], little-endian), so the supervisor only
 * loads and attaches bytes: no libbpf, no clang, no policy in C.
 */

/** What the supervisor needs to attach the filter (spec key `cgroup.devices`). */
export interface DeviceFilter {
  /** The container's cgroup directory on the cgroup2 mount. */
  readonly cgroupDir: string
  /** struct bpf_insn[] for BPF_PROG_LOAD. */
  readonly program: Uint8Array
}

/** include/uapi/linux/bpf.h: bpf_cgroup_dev_ctx.access_type = (access << 16) | type. */
export const DEVCG_DEV_BLOCK = 1
export const DEVCG_DEV_CHAR = 2
export const DEVCG_ACC_MKNOD = 1
export const DEVCG_ACC_READ = 2
export const DEVCG_ACC_WRITE = 4
const ACC_ALL = DEVCG_ACC_MKNOD | DEVCG_ACC_READ | DEVCG_ACC_WRITE

/** One exception of the v1 devices controller state, access as DEVCG_ACC_* bits. */
export interface DeviceException {
  readonly type: 'c' | 'b'
  readonly major: number
  readonly minor: number
  access: number
}

/** The state the v1 controller would hold after the rules: a default and its exceptions. */
export interface DeviceState {
  defaultAllow: boolean
  exceptions: DeviceException[]
}

export function accessBits(access: string): number {
  let bits = 0
  for (const ch of access) bits |= ch === 'm' ? DEVCG_ACC_MKNOD : ch === 'r' ? DEVCG_ACC_READ : ch === 'w' ? DEVCG_ACC_WRITE : 0
  return bits
}

/**
 * Replays the rules the way the v1 kernel controller does (security/device_cgroup.c), so v1
 * and v2 containers get the same answers: `a` resets to allow-all or deny-all; a rule of the
 * opposite kind to the default adds (or widens) an exception, a rule of the same kind
 * narrows an exception with the very same type/major/minor. Docker's `deny c 10:229` under
 * deny-all is therefore a no-op, as it is on v1.
 */
export function emulateDeviceRules(rules: readonly DeviceRule[]): DeviceState {
  const state: DeviceState = { defaultAllow: true, exceptions: [] }
  for (const r of rules) {
    if (r.type === 'a') {
      state.defaultAllow = r.allow
      state.exceptions = []
      continue
    }
    const bits = accessBits(r.access)
    const i = state.exceptions.findIndex((e) => e.type === r.type && e.major === r.major && e.minor === r.minor)
    if (r.allow !== state.defaultAllow) {
      if (i >= 0) state.exceptions[i]!.access |= bits
      else state.exceptions.push({ type: r.type, major: r.major, minor: r.minor, access: bits })
    } else if (i >= 0) {
      const e = state.exceptions[i]!
      e.access &= ~bits
      if (e.access === 0) state.exceptions.splice(i, 1)
    }
  }
  return state
}

// eBPF opcodes (include/uapi/linux/bpf_common.h, bpf.h).
const LDX_MEM_W = 0x61 // dst = *(u32 *)(src + off)
const ALU32_AND_K = 0x54
const ALU32_RSH_K = 0x74
const ALU64_MOV_K = 0xb7
const ALU64_MOV_X = 0xbf
const JMP_JEQ_K = 0x15
const JMP_JNE_K = 0x55
const JMP_EXIT = 0x95
// Registers after the prologue: r2 = type, r3 = access, r4 = major, r5 = minor (r1 = scratch).
const R0 = 0, R1 = 1, R2 = 2, R3 = 3, R4 = 4, R5 = 5

/** One instruction: [code, dst, src, off, imm]. `off` of a jump is -1 until the block is sealed. */
export type Insn = [number, number, number, number, number]

const SKIP = -1

/**
 * The instructions: a prologue that unpacks bpf_cgroup_dev_ctx, then one block per exception
 * that returns the exception's verdict when it matches and falls through otherwise, then the
 * default verdict. Match rules are the v1 kernel's: with deny-all, an allow exception must
 * cover every requested access bit; with allow-all, a deny exception matches when it shares
 * any bit with the request (match_exception vs match_exception_partial).
 */
export function deviceFilterInsns(state: DeviceState): Insn[] {
  const out: Insn[] = [
    [LDX_MEM_W, R2, R1, 0, 0],
    [ALU32_AND_K, R2, 0, 0, 0xffff],
    [LDX_MEM_W, R3, R1, 0, 0],
    [ALU32_RSH_K, R3, 0, 0, 16],
    [LDX_MEM_W, R4, R1, 4, 0],
    [LDX_MEM_W, R5, R1, 8, 0],
  ]
  const verdict = state.defaultAllow ? 0 : 1
  for (const e of state.exceptions) {
    const block: Insn[] = [[JMP_JNE_K, R2, 0, SKIP, e.type === 'b' ? DEVCG_DEV_BLOCK : DEVCG_DEV_CHAR]]
    if (!state.defaultAllow && e.access !== ACC_ALL) {
      // requested bits outside the exception → no match
      block.push([ALU64_MOV_X, R1, R3, 0, 0], [ALU32_AND_K, R1, 0, 0, ~e.access & ACC_ALL], [JMP_JNE_K, R1, 0, SKIP, 0])
    } else if (state.defaultAllow && e.access !== ACC_ALL) {
      // no requested bit in the exception → no match
      block.push([ALU64_MOV_X, R1, R3, 0, 0], [ALU32_AND_K, R1, 0, 0, e.access], [JMP_JEQ_K, R1, 0, SKIP, 0])
    }
    if (e.major >= 0) block.push([JMP_JNE_K, R4, 0, SKIP, e.major])
    if (e.minor >= 0) block.push([JMP_JNE_K, R5, 0, SKIP, e.minor])
    block.push([ALU64_MOV_K, R0, 0, 0, verdict], [JMP_EXIT, 0, 0, 0, 0])
    // a jump's offset counts the instructions after it: skip to the end of the block
    block.forEach((ins, i) => {
      if (ins[3] === SKIP) ins[3] = block.length - i - 1
    })
    out.push(...block)
  }
  out.push([ALU64_MOV_K, R0, 0, 0, state.defaultAllow ? 1 : 0], [JMP_EXIT, 0, 0, 0, 0])
  return out
}

/** struct bpf_insn { u8 code; u8 dst:4, src:4; s16 off; s32 imm; } × n, little-endian. */
export function encodeInsns(insns: readonly Insn[]): Uint8Array {
  const buf = Buffer.alloc(insns.length * 8)
  insns.forEach(([code, dst, src, off, imm], i) => {
    buf.writeUInt8(code, i * 8)
    buf.writeUInt8((src << 4) | dst, i * 8 + 1)
    buf.writeInt16LE(off, i * 8 + 2)
    buf.writeInt32LE(imm | 0, i * 8 + 4)
  })
  return buf
}

/** The BPF_PROG_TYPE_CGROUP_DEVICE program enforcing `rules` (v1 semantics, in order). */
export function compileDeviceFilter(rules: readonly DeviceRule[]): Uint8Array {
  return encodeInsns(deviceFilterInsns(emulateDeviceRules(rules)))
}
