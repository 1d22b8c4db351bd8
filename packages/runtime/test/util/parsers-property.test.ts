import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDuration, parseBytes, parseCpus, parseDuration, parseSignal, signalName } from '../../src/util/index.js'

describe('parser properties', () => {
  it('parseBytes: n<unit> is n × 1024^k for every unit spelling', () => {
    const units = [
      ['', 1],
      ['b', 1],
      ['k', 1024],
      ['KiB', 1024],
      ['m', 1024 ** 2],
      ['MB', 1024 ** 2],
      ['g', 1024 ** 3],
      ['Gi', 1024 ** 3],
    ] as const
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4096 }), fc.constantFrom(...units), (n, [u, mult]) => {
        expect(parseBytes(`${n}${u}`)).toBe(n * mult)
      }),
    )
  })

  it('parseCpus is exact for every nano-CPU count written in decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 512 * 1e9 }), (nanos) => {
        const whole = Math.floor(nanos / 1e9)
        const frac = String(nanos % 1e9).padStart(9, '0').replace(/0+$/, '')
        expect(parseCpus(frac ? `${whole}.${frac}` : String(whole))).toBe(nanos)
      }),
    )
  })

  it('formatDuration/parseDuration round-trip whole milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 * 3_600_000 }), (ms) => {
        expect(parseDuration(formatDuration(ms))).toBe(ms)
      }),
    )
  })

  it('signal names and numbers round-trip for 1-64', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), (n) => {
        expect(parseSignal(signalName(n)).number).toBe(n)
        expect(parseSignal(String(n)).number).toBe(n)
      }),
    )
  })
})
