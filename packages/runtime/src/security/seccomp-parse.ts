import { RuntimeError } from '../errors.js'
import type { SeccompActionName, SeccompArg, SeccompFilter, SeccompOperator, SeccompProfile, SeccompRule } from './seccomp-types.js'

export const INVALID_SECCOMP_PROFILE = 'INVALID_SECCOMP_PROFILE'

const ACTIONS = new Set<SeccompActionName>([
  'SCMP_ACT_KILL',
  'SCMP_ACT_KILL_THREAD',
  'SCMP_ACT_KILL_PROCESS',
  'SCMP_ACT_TRAP',
  'SCMP_ACT_ERRNO',
  'SCMP_ACT_TRACE',
  'SCMP_ACT_ALLOW',
  'SCMP_ACT_LOG',
  'SCMP_ACT_NOTIFY',
])
const OPS = new Set<SeccompOperator>([
  'SCMP_CMP_NE',
  'SCMP_CMP_LT',
  'SCMP_CMP_LE',
  'SCMP_CMP_EQ',
  'SCMP_CMP_GE',
  'SCMP_CMP_GT',
  'SCMP_CMP_MASKED_EQ',
])
const U64_MAX = (1n << 64n) - 1n

type Json = Record<string, unknown>

/**
 * Parses a docker seccomp profile (the `seccomp=FILE.json` format: defaultAction,
 * defaultErrnoRet, architectures or archMap, syscalls with names/action/errnoRet/args/
 * includes/excludes). Errors name the file, the place and what was expected.
 */
export function parseSeccompProfile(text: string, source = 'seccomp profile'): SeccompProfile {
  const fail = (where: string, why: string) =>
    new RuntimeError(INVALID_SECCOMP_PROFILE, `${source}: ${where}: ${why}`, { exitCode: 125 })
  let raw: unknown
  try {
    // uint64 argument values may exceed 2^53: quote long integer literals so they survive JSON.parse.
    raw = JSON.parse(text.replace(/("value(?:Two)?"\s*:\s*)(\d{16,})/g, '$1"$2"'))
  } catch (err) {
    throw new RuntimeError(INVALID_SECCOMP_PROFILE, `${source}: not valid JSON (${(err as Error).message})`, { exitCode: 125, cause: err })
  }
  if (!isObject(raw)) throw fail('top level', 'expected an object')
  const action = (v: unknown, where: string): SeccompActionName => {
    if (typeof v !== 'string' || !ACTIONS.has(v as SeccompActionName)) {
      throw fail(where, `unknown action ${JSON.stringify(v)} (expected one of ${[...ACTIONS].join(', ')})`)
    }
    return v as SeccompActionName
  }
  const errno = (v: unknown, where: string): number | undefined => {
    if (v === undefined || v === null) return undefined
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 4095) throw fail(where, `errnoRet must be an errno number 0-4095, got ${JSON.stringify(v)}`)
    return v
  }
  const strings = (v: unknown, where: string): string[] | undefined => {
    if (v === undefined || v === null) return undefined
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) throw fail(where, 'expected a list of strings')
    return v as string[]
  }
  const u64 = (v: unknown, where: string): bigint => {
    let b: bigint
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) b = BigInt(v)
    else if (typeof v === 'string' && /^\d+$/.test(v)) b = BigInt(v)
    else if (v === undefined || v === null) b = 0n
    else throw fail(where, `expected an unsigned 64-bit integer, got ${JSON.stringify(v)}`)
    if (b > U64_MAX) throw fail(where, 'value does not fit in 64 bits')
    return b
  }
  const filter = (v: unknown, where: string): SeccompFilter | undefined => {
    if (v === undefined || v === null) return undefined
    if (!isObject(v)) throw fail(where, 'expected an object with arches, caps or minKernel')
    const minKernel = v.minKernel
    if (minKernel !== undefined && minKernel !== null && (typeof minKernel !== 'string' || !/^\d+\.\d+/.test(minKernel))) {
      throw fail(`${where}.minKernel`, `expected a kernel version like "4.8", got ${JSON.stringify(minKernel)}`)
    }
    return {
      arches: strings(v.arches, `${where}.arches`),
      caps: strings(v.caps, `${where}.caps`),
      minKernel: (minKernel as string | undefined) ?? undefined,
    }
  }

  const defaultAction = action(raw.defaultAction, 'defaultAction')
  const syscalls: SeccompRule[] = []
  const list = raw.syscalls ?? []
  if (!Array.isArray(list)) throw fail('syscalls', 'expected a list')
  list.forEach((s: unknown, i: number) => {
    const where = `syscalls[${i}]`
    if (!isObject(s)) throw fail(where, 'expected an object')
    // "name" is the pre-1.13 single-name form, still accepted by docker.
    const names = strings(s.names, `${where}.names`) ?? (typeof s.name === 'string' ? [s.name] : [])
    if (names.length === 0) throw fail(where, 'needs "names" (a non-empty list of syscall names)')
    const args = s.args ?? []
    if (!Array.isArray(args)) throw fail(`${where}.args`, 'expected a list')
    if (args.length > 6) throw fail(`${where}.args`, 'a syscall has at most 6 arguments')
    syscalls.push({
      names,
      action: action(s.action, `${where}.action`),
      errnoRet: errno(s.errnoRet, `${where}.errnoRet`),
      args: args.map((a: unknown, j: number): SeccompArg => {
        const aw = `${where}.args[${j}]`
        if (!isObject(a)) throw fail(aw, 'expected an object with index, value, op')
        if (typeof a.index !== 'number' || !Number.isInteger(a.index) || a.index < 0 || a.index > 5) {
          throw fail(`${aw}.index`, `expected 0-5, got ${JSON.stringify(a.index)}`)
        }
        if (typeof a.op !== 'string' || !OPS.has(a.op as SeccompOperator)) {
          throw fail(`${aw}.op`, `unknown operator ${JSON.stringify(a.op)} (expected one of ${[...OPS].join(', ')})`)
        }
        return { index: a.index, value: u64(a.value, `${aw}.value`), valueTwo: u64(a.valueTwo, `${aw}.valueTwo`), op: a.op as SeccompOperator }
      }),
      includes: filter(s.includes, `${where}.includes`),
      excludes: filter(s.excludes, `${where}.excludes`),
      comment: typeof s.comment === 'string' ? s.comment : undefined,
    })
  })
  const archMap = raw.archMap
  if (archMap !== undefined && archMap !== null && !Array.isArray(archMap)) throw fail('archMap', 'expected a list')
  return {
    defaultAction,
    defaultErrnoRet: errno(raw.defaultErrnoRet, 'defaultErrnoRet'),
    architectures: strings(raw.architectures, 'architectures'),
    archMap: (archMap as unknown[] | undefined)?.map((m, i) => {
      if (!isObject(m) || typeof m.architecture !== 'string') throw fail(`archMap[${i}]`, 'expected {architecture, subArchitectures}')
      return { architecture: m.architecture, subArchitectures: strings(m.subArchitectures, `archMap[${i}].subArchitectures`) ?? [] }
    }),
    syscalls,
  }
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
