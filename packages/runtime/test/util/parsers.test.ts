import { describe, expect, it } from 'vitest'
import {
  formatBytes,
  formatDuration,
  nanoCpusToQuota,
  parseBytes,
  parseCpus,
  parseDuration,
  parseMemorySwap,
  parseSignal,
  parseUlimit,
  signalName,
} from '../../src/util/index.js'
import { isTscError } from '../../src/errors.js'

const K = 1024
const M = 1024 * K
const G = 1024 * M

function errorOf(f: () => unknown): { code: string; message: string; exitCode: number } {
  try {
    f()
  } catch (err) {
    if (!isTscError(err)) throw err
    return { code: err.code, message: err.message, exitCode: err.exitCode }
  }
  throw new Error('expected an error')
}

describe('parseBytes (docker RAMInBytes)', () => {
  it.each([
    ['32', 32],
    ['32b', 32],
    ['32B', 32],
    ['32k', 32 * K],
    ['32K', 32 * K],
    ['32kb', 32 * K],
    ['32Kb', 32 * K],
    ['32Kib', 32 * K],
    ['32KIB', 32 * K],
    ['32Mb', 32 * M],
    ['512m', 512 * M],
    ['32Gb', 32 * G],
    ['1g', G],
    ['1.5GB', 1.5 * G],
    ['32Tb', 32 * 1024 * G],
    ['3PB', 3 * 1024 * 1024 * G],
    ['7pib', 7 * 1024 * 1024 * G],
    ['32.3', 32],
    ['0.3MB', Math.floor(0.3 * M)],
    ['100 m', 100 * M],
    [' 64m ', 64 * M],
    ['0', 0],
    [1024, 1024],
    [0, 0],
  ] as const)('%j → %d', (input, want) => {
    expect(parseBytes(input)).toBe(want)
  })

  it.each(['', 'hello', '-32', '32.3.4', ' ', '32m b', '32bm', '12zz', '1.g', 'm', '1gg', '1 1g', '0x10', '32PB'])('rejects %j', (input) => {
    const e = errorOf(() => parseBytes(input))
    expect(e.code).toBe('INVALID_SIZE')
    expect(e.exitCode).toBe(125)
    expect(e.message).toContain(JSON.stringify(input))
  })

  it('names the value and what is expected', () => {
    expect(errorOf(() => parseBytes('12zz')).message).toBe(
      'invalid memory size "12zz": expected a number with an optional unit b, k, m, g',
    )
  })

  it.each([-1, 1.5, Number.NaN, 2 ** 60])('rejects the number %d', (n) => {
    expect(errorOf(() => parseBytes(n)).code).toBe('INVALID_SIZE')
  })

  it('memory-swap accepts -1 for unlimited', () => {
    expect(parseMemorySwap('-1')).toBe(-1)
    expect(parseMemorySwap(-1)).toBe(-1)
    expect(parseMemorySwap('1g')).toBe(G)
    expect(errorOf(() => parseMemorySwap('-2')).message).toContain('memory-swap size "-2"')
  })

  it('formats like docker stats', () => {
    expect(formatBytes(512)).toBe('512B')
    expect(formatBytes(1536 * M)).toBe('1.5GiB')
    expect(formatBytes(100 * M)).toBe('100MiB')
  })
})

describe('parseDuration (Go syntax)', () => {
  it.each([
    ['0', 0],
    ['5s', 5000],
    ['30s', 30_000],
    ['1478s', 1_478_000],
    ['-5s', -5000],
    ['+5s', 5000],
    ['5.0s', 5000],
    ['5.6s', 5600],
    ['5.s', 5000],
    ['.5s', 500],
    ['1.004s', 1004],
    ['10ns', 0.00001],
    ['11us', 0.011],
    ['12µs', 0.012],
    ['12μs', 0.012],
    ['13ms', 13],
    ['14s', 14_000],
    ['15m', 900_000],
    ['16h', 57_600_000],
    ['3h30m', 12_600_000],
    ['1m30s', 90_000],
    ['10.5s4m', 250_500],
    ['-2m3.4s', -123_400],
    ['1h2m3s4ms5us6ns', 3_723_004.005006],
    ['500ms', 500],
    ['2h', 7_200_000],
    ['0.1s', 100],
  ] as const)('%s → %d ms', (input, want) => {
    expect(parseDuration(input)).toBeCloseTo(want, 9)
  })

  it.each(['', '3', '-', 's', '.', '.s', '+.s', '1d', '1.5', 'abc', '1s2', '1 s', '1sm', '--1s'])('rejects %j', (input) => {
    const e = errorOf(() => parseDuration(input))
    expect(e.code).toBe('INVALID_DURATION')
    expect(e.message).toContain(`"${input}"`)
  })

  it('formats back', () => {
    expect(formatDuration(90_000)).toBe('1m30s')
    expect(formatDuration(500)).toBe('500ms')
    expect(formatDuration(7_200_000)).toBe('2h0m0s')
    expect(formatDuration(0)).toBe('0s')
    for (const ms of [1500, 61_000, 3_723_004]) expect(parseDuration(formatDuration(ms))).toBe(ms)
  })
})

describe('parseCpus (docker NanoCPUs)', () => {
  it.each([
    ['1.5', 1_500_000_000],
    ['1', 1_000_000_000],
    ['0.5', 500_000_000],
    ['.25', 250_000_000],
    ['2.', 2_000_000_000],
    ['0.000000001', 1],
    ['1.100000000000', 1_100_000_000],
    ['3/2', 1_500_000_000],
    ['0', 0],
    [2, 2_000_000_000],
    [0.5, 500_000_000],
  ] as const)('%j → %d', (input, want) => {
    expect(parseCpus(input)).toBe(want)
  })

  it.each(['', 'abc', '-1', '1.5.', '0.0000000001', '1/0', '1/3', '1e3', '.'])('rejects %j', (input) => {
    expect(errorOf(() => parseCpus(input)).code).toBe('INVALID_CPUS')
  })

  it('converts to a CFS quota for the 100 ms period', () => {
    expect(nanoCpusToQuota(1_500_000_000)).toBe(150_000)
    expect(nanoCpusToQuota(10_000_000)).toBe(1000)
  })
})

describe('parseUlimit', () => {
  it.each([
    ['nofile=1024:2048', { name: 'nofile', resource: 7, soft: 1024, hard: 2048 }],
    ['nproc=512', { name: 'nproc', resource: 6, soft: 512, hard: 512 }],
    ['core=-1', { name: 'core', resource: 4, soft: -1, hard: -1 }],
    ['memlock=1024:-1', { name: 'memlock', resource: 8, soft: 1024, hard: -1 }],
    ['NOFILE=1:1', { name: 'nofile', resource: 7, soft: 1, hard: 1 }],
    ['stack=0', { name: 'stack', resource: 3, soft: 0, hard: 0 }],
  ] as const)('%s', (input, want) => {
    expect(parseUlimit(input)).toEqual(want)
  })

  it.each([
    ['nofile', 'expected <type>=<soft limit>[:<hard limit>]'],
    ['foo=1', 'unknown type "foo"'],
    ['nofile=a', 'integers'],
    ['nofile=1:2:3', 'integers'],
    ['nofile=2048:1024', 'soft limit 2048 is greater than hard limit 1024'],
    ['nofile=-1:1024', 'soft limit -1 is greater than hard limit 1024'],
    ['nofile=-5', 'out of range'],
    ['nofile=', 'integers'],
  ])('rejects %s', (input, why) => {
    const e = errorOf(() => parseUlimit(input))
    expect(e.code).toBe('INVALID_ULIMIT')
    expect(e.message).toContain(`"${input}"`)
    expect(e.message).toContain(why)
  })
})

describe('signals', () => {
  it.each([
    ['SIGTERM', 15, 'SIGTERM'],
    ['TERM', 15, 'SIGTERM'],
    ['term', 15, 'SIGTERM'],
    ['sigkill', 9, 'SIGKILL'],
    ['15', 15, 'SIGTERM'],
    [9, 9, 'SIGKILL'],
    ['HUP', 1, 'SIGHUP'],
    ['IOT', 6, 'SIGABRT'],
    ['SIGCLD', 17, 'SIGCHLD'],
    ['WINCH', 28, 'SIGWINCH'],
    ['SIGRTMIN', 34, 'SIGRTMIN'],
    ['RTMIN+3', 37, 'SIGRTMIN+3'],
    ['SIGRTMAX-1', 63, 'SIGRTMIN+29'],
    ['RTMAX', 64, 'SIGRTMAX'],
    ['40', 40, 'SIGRTMIN+6'],
  ] as const)('%j → %d', (input, n, name) => {
    expect(parseSignal(input)).toEqual({ number: n, name })
  })

  it.each(['0', '65', 'FOO', 'SIG', '', '-9', 'RTMIN+40', 'RTMAX+1', '9x'])('rejects %j', (input) => {
    const e = errorOf(() => parseSignal(input))
    expect(e.code).toBe('INVALID_SIGNAL')
    expect(e.message).toContain(`"${input}"`)
  })

  it('names numbers', () => {
    expect(signalName(2)).toBe('SIGINT')
    expect(signalName(19)).toBe('SIGSTOP')
  })
})
